/**
 * Inner attributes that apply to a whole crate or module file (`#![verifier::...]` before
 * the first item). The parser skips them, so they are read here from the file's tokens.
 * The crate root's apply crate-wide; another file's apply to the items written in it.
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import type { SourceFile } from '../syntax/ast.js';
import { lex } from '../syntax/lexer.js';

const cache = new WeakMap<SourceFile, string[]>();

/** Names of the leading inner attributes of a file, e.g. `verifier::exec_allows_no_decreases_clause`. */
export function leadingInnerAttrs(file: SourceFile): string[] {
  const known = cache.get(file);
  if (known) return known;
  const names: string[] = [];
  const toks = lex(file.path, file.text).tokens;
  let i = 0;
  while (toks[i]?.text === '#' && toks[i + 1]?.text === '!' && toks[i + 2]?.text === '[') {
    // path of the attribute: idents joined by `::`, then skip to the matching `]`
    let j = i + 3;
    let name = '';
    while (toks[j]?.kind === 'ident' || toks[j]?.text === '::') name += toks[j++]!.text;
    let depth = 1;
    for (; j < toks.length && toks[j]!.kind !== 'eof'; j++) {
      const t = toks[j]!;
      if (t.kind !== 'punct') continue;
      if (t.text === '[' || t.text === '(' || t.text === '{') depth++;
      if ((t.text === ']' || t.text === ')' || t.text === '}') && --depth === 0) break;
    }
    if (depth !== 0) break;
    names.push(name);
    i = j + 1;
  }
  cache.set(file, names);
  return names;
}

/** Whether `fn` is under an inner attribute `name` of its crate root or of its own file. */
export function hasEnclosingInnerAttr(crate: CheckedCrate, fn: FnInfo, name: string): boolean {
  const root = crate.files[0];
  if (root && leadingInnerAttrs(root).includes(name)) return true;
  return leadingInnerAttrs(fn.file).includes(name);
}
