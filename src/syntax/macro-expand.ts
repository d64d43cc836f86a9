/**
 * Macro expansion in the parser: `macro_rules!` definitions in textual scope (as rustc: usable
 * after the definition, in the same module and its children, until the enclosing block or
 * module ends; `#[macro_export]` ones crate-wide), and invocations of them and of
 * `seq_macro::seq!` replaced by their expansion, parsed where the invocation stands (items,
 * statements, an expression). Expanded tokens keep the positions they are written at (in the
 * macro's body or in the arguments), so diagnostics point at real text; a body in another
 * file takes the invocation's position. Unknown macros are left to the parser as before.
 */
import { diag } from '../report/diagnostic.js';
import type { Expr, Item, Stmt } from './ast.js';
import { parseMacroDef, matchArms, MacroError, transcribe, type MacroDef } from './macro-rules.js';
import { parseAttrs, type ParsedAttr } from './parser-attrs.js';
import { ParseFail, Parser } from './parser-core.js';
import { parseExpr } from './parser-exprs.js';
import { parseItemAfterAttrs, parseItems } from './parser-items.js';
import { parsePattern, parsePatternNoAlt } from './parser-patterns.js';
import { parseStmt, parseStmtsUntil } from './parser-stmts.js';
import { parseType } from './parser-types.js';
import type { MacroEnv } from './macro-env.js';
import { freeBodyName, hygieneConflict, renameBodyLocals } from './macro-hygiene.js';
import { expandSeq } from './seq-macro.js';
import { stdMacro } from './std-macros.js';
import type { Span } from './span.js';
import { flatSize, tableOf, treesOf, type TokenTree } from './token-tree.js';
import { IDENT_CODE, type Token } from './tokens.js';

/** Expansions nested deeper than this are refused (rustc's limit is 128; the parser's stack is smaller). */
export const MAX_EXPANSION_DEPTH = 64;

type Known = MacroDef | 'seq';

function lookup(env: MacroEnv, segments: string[]): Known | undefined {
  if (segments.length === 2 && segments[0] === 'seq_macro' && segments[1] === 'seq') return 'seq';
  if (segments.length === 1) {
    const name = segments[0]!;
    for (let s = env.scope; s; s = s.prev) if (s.name === name) return s.def;
    const exported = env.crate.exported.get(name);
    if (exported) return exported;
    if (name === 'seq' && env.seqImported) return 'seq';
    return stdMacro(name);
  }
  if (segments.length === 2 && segments[0] === 'crate') return env.crate.exported.get(segments[1]!);
  if (segments.length === 2) return env.crate.deps.get(segments[0]!)?.get(segments[1]!);
  return undefined;
}

/** Whether `segments!` names a macro this parser expands (for callers deciding on their own forms). */
export function isKnownMacro(p: Parser, segments: string[]): boolean {
  return lookup(p.macros, segments) !== undefined;
}

/** `macro_rules! name { .. }` at the cursor (after its attributes): the definition enters the scope. */
export function defineMacro(p: Parser, attrs: ParsedAttr[]): string {
  p.expect('macro_rules');
  p.expect('!');
  const nameTok = p.expectIdent();
  const open = p.pos;
  const close = p.match[open] ?? -1;
  if (!(p.is('{') || p.is('(') || p.is('[')) || close < open) { p.hint('{', '(', '['); p.failExpected(); }
  const trees = treesOf(p.tokens, p.match, open + 1, close);
  p.pos = close;
  p.advance();
  p.eat(';');
  let def: MacroDef;
  try {
    def = parseMacroDef(nameTok.text, p.file, trees);
  } catch (e) {
    if (!(e instanceof MacroError)) throw e;
    // rustc rejects the definition; its invocations stay unknown macros
    if (p.verified) p.diagnostics.push(diag('unsupported', `not supported: this \`macro_rules!\` definition (${e.message})`, e.at ? p.spanOf(e.at) : p.spanOf(nameTok)));
    return nameTok.text;
  }
  p.macros.scope = { name: def.name, def, prev: p.macros.scope };
  p.macros.crate.defined.add(def.name);
  if (attrs.some((a) => a.attr.name === 'macro_export')) p.macros.crate.exported.set(def.name, def);
  return def.name;
}

interface Invocation {
  segments: string[];
  start: number;
  open: number;
  close: number;
}

/** `a::b! (..)` at the cursor, without moving it. */
function invocationAt(p: Parser): Invocation | undefined {
  const start = p.pos;
  let k = 0;
  const segments: string[] = [];
  for (;;) {
    if (p.nthKind(k) !== IDENT_CODE) return undefined;
    segments.push(p.nthText(k));
    if (p.is('::', k + 1)) { k += 2; continue; }
    break;
  }
  if (!p.is('!', k + 1)) return undefined;
  const open = start + k + 2;
  const delim = p.nthText(k + 2);
  if (!(p.is('(', k + 2) || p.is('[', k + 2) || p.is('{', k + 2)) || delim === undefined) return undefined;
  const close = p.match[open] ?? -1;
  if (close < open || close >= p.limit) return undefined;
  return { segments, start, open, close };
}

function invocationSpan(p: Parser, inv: Invocation): Span {
  return p.spanToToken(p.spanAt(inv.start), inv.close);
}

/** The expansion's token trees; a failed match is rustc's error at the token that failed. */
/** One expansion, and all of a crate's together, are refused beyond these many tokens (a macro doubling its input). */
const MAX_EXPANSION_TOKENS = 200_000;
const MAX_CRATE_EXPANSION_TOKENS = 5_000_000;

/** `local`: the expansion stands in a function body, where the caller's locals are in scope. */
function expand(p: Parser, inv: Invocation, known: Known, local: boolean): TokenTree[] {
  const out = expandUnbounded(p, inv, known, local);
  const size = flatSize(out);
  p.macros.crate.expandedTokens += size;
  if (size > MAX_EXPANSION_TOKENS || p.macros.crate.expandedTokens > MAX_CRATE_EXPANSION_TOKENS) {
    const what = size > MAX_EXPANSION_TOKENS ? `an expansion of more than ${MAX_EXPANSION_TOKENS} tokens` : `macro expansions of more than ${MAX_CRATE_EXPANSION_TOKENS} tokens in one crate`;
    throw new ParseFail(diag('unsupported', `not supported: ${what} (expanding \`${inv.segments.join('::')}!\`)`, invocationSpan(p, inv)), p.pos);
  }
  return out;
}

function expandUnbounded(p: Parser, inv: Invocation, known: Known, local: boolean): TokenTree[] {
  const span = invocationSpan(p, inv);
  if (p.macroDepth >= MAX_EXPANSION_DEPTH) {
    throw new ParseFail(diag('unsupported', `not supported: macro expansion nested more than ${MAX_EXPANSION_DEPTH} levels deep (expanding \`${inv.segments.join('::')}!\`)`, span), p.pos);
  }
  const trees = treesOf(p.tokens, p.match, inv.open + 1, inv.close);
  const closeTok = p.token(inv.close);
  try {
    if (known === 'seq') return expandSeq(trees, closeTok);
    const r = matchArms(known, trees, closeTok, (frag, input, at) => measureFragment(p, frag, input, at));
    if (!r.ok) {
      if (!r.failTok || (r.atEnd && r.failTok === closeTok)) {
        throw new ParseFail(diag('syntax', 'unexpected end of macro invocation', p.spanAt(inv.close), { primaryLabel: 'missing tokens in macro arguments' }), p.pos);
      }
      const at = r.failTok;
      throw new ParseFail(diag('syntax', `no rules expected the token \`${at.text}\``, p.spanOf(at), { primaryLabel: 'no rules expected this token in macro call' }), p.pos);
    }
    const sameFile = known.file === p.file;
    const fromBody = new Set<Token>();
    const place = (t: Token): Token => {
      const c = sameFile ? { ...t } : { ...t, start: span.start, end: span.end, line: span.line, col: span.column, endLine: span.endLine, endCol: span.endColumn };
      fromBody.add(c);
      return c;
    };
    const out = transcribe(r.arm.body, r.bindings, place);
    if (!local) return out; // (items have no caller's locals to capture)
    // Rust's hygiene: the body's own locals are renamed apart from the caller's
    const hygienic = renameBodyLocals(out, fromBody, ++p.macros.crate.marks);
    if (!hygienic) {
      // (a `match` in the body: which names it binds is unclear, so a capture is refused)
      const captured = hygieneConflict(out, fromBody);
      if (captured !== undefined) {
        throw new ParseFail(diag('unsupported', `not supported: a macro whose body binds \`${captured}\`, a name its arguments also use (Rust's macro hygiene keeps them apart)`, span), p.pos);
      }
    }
    const free = freeBodyName(out, fromBody, hygienic?.renamed);
    if (free !== undefined) {
      throw new ParseFail(diag('unsupported', `not supported: a macro whose body names \`${free}\` without binding it (Rust resolves it where the macro is defined, not at this use)`, span), p.pos);
    }
    return hygienic ? hygienic.trees : out;
  } catch (e) {
    if (!(e instanceof MacroError)) throw e;
    const at = e.at && e.at.start >= 0 ? p.spanOf(e.at) : span;
    const unsupported = e.message.startsWith('not supported: ');
    throw new ParseFail(diag(unsupported ? 'unsupported' : 'syntax', e.message, unsupported ? span : at), p.pos);
  }
}

/** A parser over `trees` (an expansion or a fragment), in the same file and macro scope. */
function subParser(p: Parser, trees: TokenTree[], end: Token): Parser {
  const { table, match } = tableOf(p.file, trees, end);
  const sub = new Parser(p.file, p.text, table, match);
  sub.macros = p.macros;
  sub.macroDepth = p.macroDepth + 1;
  sub.verified = p.verified;
  return sub;
}

/**
 * Parses an expansion with `parse` on a parser of its own: a syntax failure stops at the
 * invocation, and what the expansion's parser said is kept (naming the invocation).
 */
function parseExpansion<T>(p: Parser, inv: Invocation, trees: TokenTree[], parse: (sub: Parser) => T): T {
  const sub = subParser(p, trees, p.token(inv.close));
  // `verus!` rewrites neither a macro's body nor its arguments: both keep Rust's operators
  sub.plainRust = true;
  try {
    return parse(sub);
  } catch (e) {
    if (e instanceof ParseFail) throw new ParseFail(e.diagnostic, inv.start);
    throw e;
  } finally {
    mergeDiagnostics(p, sub, inv);
  }
}

/** Syntax errors inside an expansion also name the invocation. */
function mergeDiagnostics(p: Parser, sub: Parser, inv: Invocation): void {
  if (sub.diagnostics.length === 0) return;
  const span = invocationSpan(p, inv);
  for (const d of sub.diagnostics) {
    if (d.kind === 'syntax' && !d.labels.some((l) => l.message === 'in this macro invocation')) d.labels = [...d.labels, { message: 'in this macro invocation', span }];
    p.diagnostics.push(d);
  }
}

/** How many trees from `at` the fragment takes: the grammar's own parser decides. */
function measureFragment(p: Parser, frag: string, input: TokenTree[], at: number): number | undefined {
  const cur = input[at];
  switch (frag) {
    case 'tt': return cur ? 1 : undefined;
    case 'ident': return cur?.kind === 'tok' && cur.tok.kind === 'ident' && cur.tok.text !== '_' ? 1 : undefined;
    case 'lifetime': return cur?.kind === 'tok' && cur.tok.kind === 'lifetime' ? 1 : undefined;
    case 'block': return cur?.kind === 'group' && cur.delim === '{' ? 1 : undefined;
    case 'literal': {
      if (cur?.kind !== 'tok') return undefined;
      const t = cur.tok;
      if (t.kind === 'int' || t.kind === 'float' || t.kind === 'str' || t.kind === 'char') return 1;
      if (t.kind === 'ident' && (t.text === 'true' || t.text === 'false')) return 1;
      const next = input[at + 1];
      if (t.kind === 'punct' && t.text === '-' && next?.kind === 'tok' && (next.tok.kind === 'int' || next.tok.kind === 'float')) return 2;
      return undefined;
    }
    case 'vis': {
      if (cur?.kind !== 'tok' || cur.tok.text !== 'pub' || cur.tok.kind !== 'ident') return 0;
      const next = input[at + 1];
      return next?.kind === 'group' && next.delim === '(' ? 2 : 1;
    }
    case 'meta': {
      // a path, then nothing, a delimited group, or `= expr`
      let i = at;
      if (input[i]?.kind !== 'tok') return undefined;
      for (;;) {
        const t = input[i];
        if (t?.kind !== 'tok' || t.tok.kind !== 'ident') return undefined;
        i++;
        const sep = input[i];
        if (sep?.kind === 'tok' && sep.tok.text === '::') { i++; continue; }
        break;
      }
      const after = input[i];
      if (after?.kind === 'group') return i + 1 - at;
      if (after?.kind === 'tok' && after.tok.text === '=' && after.tok.kind === 'punct') {
        const e = measureFragment(p, 'expr', input, i + 1);
        return e === undefined ? undefined : i + 1 + e - at;
      }
      return i - at;
    }
    default:
      break;
  }
  if (!cur) return undefined;
  const rest = input.slice(at);
  const last = rest[rest.length - 1]!;
  const end = last.kind === 'tok' ? last.tok : last.close;
  const sub = subParser(p, rest, end);
  sub.verified = true; // unsupported constructs parse (their diagnostics are dropped)
  try {
    switch (frag) {
      case 'expr': case 'expr_2021': parseExpr(sub); break;
      case 'ty': case 'path': parseType(sub); break;
      case 'pat': parsePattern(sub); break;
      case 'pat_param': parsePatternNoAlt(sub); break;
      case 'stmt': parseStmt(sub, sub.tokens.count - 1); break;
      case 'item': {
        const s = sub.pos;
        parseItemAfterAttrs(sub, s, parseAttrs(sub, false), false);
        break;
      }
      default: return undefined;
    }
  } catch (e) {
    if (e instanceof ParseFail) return undefined;
    throw e;
  }
  return treesCovering(rest, sub.pos);
}

/** How many of `trees` make exactly `tokens` tokens (undefined when that ends inside a group). */
function treesCovering(trees: TokenTree[], tokens: number): number | undefined {
  let n = 0;
  for (let i = 0; i < trees.length; i++) {
    if (n === tokens) return i;
    n += flatSize([trees[i]!]);
    if (n > tokens) return undefined;
  }
  return n === tokens ? trees.length : undefined;
}

/**
 * The items a built-in procedural macro made (`tokenized_state_machine!`, src/syntax/state-machine.ts),
 * parsed as Verus code: one item, the invocation ending at token `close`.
 */
export function parseGeneratedItem(p: Parser, trees: TokenTree[], close: number): Item {
  const sub = subParser(p, trees, p.token(close));
  sub.verified = true;
  sub.plainRust = false;
  try {
    const items = parseItems(sub, sub.tokens.count - 1, true);
    // (user code that does not parse can break the expansion's shape: its errors are reported)
    if (items.length !== 1) throw new ParseFail(sub.diagnostics[0] ?? diag('syntax', 'this macro invocation does not expand to one item', p.spanAt(close)), close);
    return items[0]!;
  } finally {
    // a user expression the expansion uses several times is reported once
    const seen = new Set<string>();
    for (const d of sub.diagnostics) {
      const key = `${d.message}@${d.span.file}:${d.span.start}`;
      if (!seen.has(key)) p.diagnostics.push(d);
      seen.add(key);
    }
  }
}

/** At an item-position invocation of a known macro: its expansion as items (the cursor moves past it). */
export function expandItemMacro(p: Parser, verifiedCtx: boolean): Item[] | undefined {
  const inv = invocationAt(p);
  if (!inv) return undefined;
  const known = lookup(p.macros, inv.segments);
  if (!known) return undefined;
  const trees = expand(p, inv, known, false);
  const items: Item[] = parseExpansion(p, inv, trees, (sub) => parseItems(sub, sub.tokens.count - 1, verifiedCtx));
  p.pos = inv.close;
  p.advance();
  p.eat(';');
  return items;
}

/**
 * At a statement-position invocation of a known macro (braced, or followed by `;` or the
 * block's end): its expansion as statements, the last one taking the invocation's `;`.
 */
export function expandStmtMacro(p: Parser, close: number): Stmt[] | undefined {
  const inv = invocationAt(p);
  if (!inv) return undefined;
  const braced = p.tokens.texts[inv.open] === '{';
  const after = inv.close + 1;
  if (!braced && !(after === close || (p.tokens.texts[after] === ';' && after < p.limit))) return undefined;
  const known = lookup(p.macros, inv.segments);
  if (!known) return undefined;
  const trees = expand(p, inv, known, true);
  const stmts: Stmt[] = parseExpansion(p, inv, trees, (sub) => parseStmtsUntil(sub, sub.tokens.count - 1));
  p.pos = inv.close;
  p.advance();
  if (p.eat(';')) {
    const last = stmts[stmts.length - 1];
    if (last && last.kind === 'expr' && !last.semi) stmts[stmts.length - 1] = { ...last, semi: true };
  }
  return stmts;
}

/** An expression-position invocation `segments! (..)` of a known macro, the cursor at `start` (the path). */
export function expandExprMacro(p: Parser, start: number, segments: string[], open: number, close: number): Expr | undefined {
  const known = lookup(p.macros, segments);
  if (!known) return undefined;
  const inv: Invocation = { segments, start, open, close };
  const trees = expand(p, inv, known, true);
  const expr = parseExpansion(p, inv, trees, (sub) => {
    const e = parseExpr(sub);
    sub.eat(';'); // rustc allows (with a lint) a trailing `;` in an expression macro's body
    if (!sub.atEnd()) sub.failExpected();
    return e;
  });
  p.pos = close;
  p.advance();
  return expr;
}

/** `use dep::name;` (or `as alias`, or `use dep::*;`) of a dependency's exported macro: it enters the scope. */
export function importMacros(p: Parser, trees: { path: string[]; glob: boolean; alias?: string }[]): void {
  for (const t of trees) {
    const exported = t.path.length >= 1 ? p.macros.crate.deps.get(t.path[0]!) : undefined;
    if (!exported) continue;
    if (t.glob && t.path.length === 1) {
      for (const [name, def] of exported) p.macros.scope = { name, def, prev: p.macros.scope };
    } else if (!t.glob && t.path.length === 2) {
      const def = exported.get(t.path[1]!);
      if (def && t.alias !== '_') p.macros.scope = { name: t.alias ?? def.name, def, prev: p.macros.scope };
    }
  }
}
