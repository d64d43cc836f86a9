/**
 * Inner attributes that apply to a whole crate or module file (`#![verifier::...]` before
 * the first item). The parser skips them, so they are read here from the file's tokens.
 * The crate root's apply crate-wide; another file's apply to the items written in it.
 */
import type { CheckedCrate, FnInfo } from './program.js';
import type { SourceFile } from '../syntax/ast.js';
import { lex } from '../syntax/lexer.js';

/** A leading inner attribute: its path and the text inside its parentheses ('' when none). */
export interface InnerAttr { name: string; args: string }

const cache = new WeakMap<SourceFile, InnerAttr[]>();

/** The leading inner attributes of a file, e.g. `verifier::rlimit` with args `4`. */
export function leadingInnerAttrList(file: SourceFile): InnerAttr[] {
  const known = cache.get(file);
  if (known) return known;
  const out: InnerAttr[] = [];
  const toks = lex(file.path, file.text).tokens;
  let i = 0;
  while (toks[i]?.text === '#' && toks[i + 1]?.text === '!' && toks[i + 2]?.text === '[') {
    // path of the attribute: idents joined by `::`, then skip to the matching `]`
    let j = i + 3;
    let name = '';
    while (toks[j]?.kind === 'ident' || toks[j]?.text === '::') name += toks[j++]!.text;
    const open = toks[j]?.text === '(' ? toks[j]!.end : undefined;
    let close: number | undefined;
    let depth = 1;
    for (; j < toks.length && toks[j]!.kind !== 'eof'; j++) {
      const t = toks[j]!;
      if (t.kind !== 'punct') continue;
      if (t.text === '[' || t.text === '(' || t.text === '{') depth++;
      if ((t.text === ']' || t.text === ')' || t.text === '}') && --depth === 0) break;
      if (t.text === ')' && depth === 1 && close === undefined) close = t.start;
    }
    if (depth !== 0) break;
    out.push({ name, args: open !== undefined && close !== undefined ? file.text.slice(open, close).trim() : '' });
    i = j + 1;
  }
  cache.set(file, out);
  return out;
}

/** Names of the leading inner attributes of a file, e.g. `verifier::exec_allows_no_decreases_clause`. */
export function leadingInnerAttrs(file: SourceFile): string[] {
  return leadingInnerAttrList(file).map((a) => a.name);
}

/** Whether `fn` is under an inner attribute `name` of its crate root or of its own file. */
export function hasEnclosingInnerAttr(crate: CheckedCrate, fn: FnInfo, name: string): boolean {
  const root = crate.files[0];
  if (root && leadingInnerAttrs(root).includes(name)) return true;
  return leadingInnerAttrs(fn.file).includes(name);
}
