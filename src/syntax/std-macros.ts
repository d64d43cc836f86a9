/**
 * std's declarative macros the expander provides itself (a crate's own definition of the same
 * name shadows them): each written here as the `macro_rules!` it is in meaning.
 */
import { lexTable } from './lexer.js';
import { matchDelimiters } from './delimiters.js';
import { parseMacroDef, type MacroDef } from './macro-rules.js';
import { treesOf } from './token-tree.js';
import { TokenTable } from './tokens.js';

/** `matches!(e, pat)` / `matches!(e, pat if guard)`: whether `e` matches the pattern. */
const SOURCES: Record<string, string> = {
  matches: `{
    ($e:expr, $p:pat $(if $g:expr)? $(,)?) => {
        match $e { $p $(if $g)? => true, _ => false }
    };
  }`,
};

/** The file name their tokens are in (never a crate's file: expansions take the invocation's position). */
const STD_FILE = '<std macros>';

const parsed = new Map<string, MacroDef>();

export function stdMacro(name: string): MacroDef | undefined {
  const known = parsed.get(name);
  if (known) return known;
  const src = Object.hasOwn(SOURCES, name) ? SOURCES[name] : undefined;
  if (src === undefined) return undefined;
  const table = new TokenTable(64);
  const { tokens } = lexTable(STD_FILE, src, table);
  const { match } = matchDelimiters(STD_FILE, tokens);
  // the outer `{ .. }` is the definition's body
  const def = parseMacroDef(name, STD_FILE, treesOf(tokens, match, 1, tokens.count - 2));
  parsed.set(name, def);
  return def;
}
