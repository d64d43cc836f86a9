/**
 * Token trees, as macro expansion sees its input: a token, or a delimited group of trees.
 * Built from a range of the parser's token table, and flattened back into a table of their
 * own (with its delimiter matches) for a parser to read an expansion.
 */
import { matchDelimiters } from './delimiters.js';
import { TokenTable, type Token } from './tokens.js';

export type TokenTree =
  | { kind: 'tok'; tok: Token }
  | { kind: 'group'; delim: '(' | '[' | '{'; open: Token; close: Token; inner: TokenTree[] };

/** The trees of the table's tokens [from, to), with `match` pairing the delimiters. */
export function treesOf(tokens: TokenTable, match: Int32Array, from: number, to: number): TokenTree[] {
  const out: TokenTree[] = [];
  let i = from;
  while (i < to) {
    const m = match[i]!;
    const t = tokens.token(i);
    if (m > i && t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
      out.push({ kind: 'group', delim: t.text, open: t, close: tokens.token(m), inner: treesOf(tokens, match, i + 1, m) });
      i = m + 1;
    } else {
      out.push({ kind: 'tok', tok: t });
      i++;
    }
  }
  return out;
}

/** How many tokens the trees flatten to. */
export function flatSize(trees: readonly TokenTree[]): number {
  let n = 0;
  for (const t of trees) n += t.kind === 'tok' ? 1 : 2 + flatSize(t.inner);
  return n;
}

export function firstToken(t: TokenTree): Token {
  return t.kind === 'tok' ? t.tok : t.open;
}
export function lastToken(t: TokenTree): Token {
  return t.kind === 'tok' ? t.tok : t.close;
}

/** The trees as a token table ending in an eof token at `end`, with its delimiter matches. */
export function tableOf(file: string, trees: readonly TokenTree[], end: Token): { table: TokenTable; match: Int32Array } {
  const table = new TokenTable(flatSize(trees) + 1);
  const add = (t: Token): void => {
    const i = table.add(t.kind, t.text, t.start, t.end, t.line, t.col, t.endLine, t.endCol);
    if (t.value !== undefined || t.suffix !== undefined) table.setLiteral(i, t.value, t.suffix);
  };
  const walk = (list: readonly TokenTree[]): void => {
    for (const t of list) {
      if (t.kind === 'tok') add(t.tok);
      else {
        add(t.open);
        walk(t.inner);
        add(t.close);
      }
    }
  };
  walk(trees);
  table.add('eof', '', end.end, end.end, end.endLine, end.endCol, end.endLine, end.endCol);
  // The trees are balanced by construction: no diagnostics can come of this.
  const { match } = matchDelimiters(file, table);
  return { table, match };
}

/** Source-like text of trees, for messages (`no rules expected the token ...`). */
export function treeText(t: TokenTree): string {
  if (t.kind === 'tok') return t.tok.text;
  return t.open.text + t.inner.map(treeText).join(' ') + t.close.text;
}
