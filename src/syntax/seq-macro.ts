/**
 * `seq_macro::seq!(N in a..b { body })`: the body's `#( .. )*` sections repeated for N = a..b
 * (or the whole body when it has none), with the ident N replaced by the integer literal
 * (suffixed as the range's bounds are), and `x~N` pasted into one identifier.
 */
import { MacroError } from './macro-rules.js';
import { firstToken, type TokenTree } from './token-tree.js';
import type { Token } from './tokens.js';

/** More repetitions than this are refused (a typo'd bound should not exhaust memory). */
const MAX_COUNT = 4096;

function isPunct(t: TokenTree | undefined, s: string): t is { kind: 'tok'; tok: Token } {
  return t !== undefined && t.kind === 'tok' && t.tok.kind === 'punct' && t.tok.text === s;
}

function intOf(t: TokenTree | undefined): { value: bigint; suffix: string | undefined } | undefined {
  if (t?.kind !== 'tok' || t.tok.kind !== 'int' || typeof t.tok.value !== 'bigint') return undefined;
  return { value: t.tok.value, suffix: t.tok.suffix };
}

export function expandSeq(input: TokenTree[], at: Token): TokenTree[] {
  const v = input[0];
  if (v?.kind !== 'tok' || v.tok.kind !== 'ident') throw new MacroError('expected an identifier for the sequence variable', v ? firstToken(v) : at);
  const inKw = input[1];
  if (inKw?.kind !== 'tok' || inKw.tok.text !== 'in') throw new MacroError('expected `in`', inKw ? firstToken(inKw) : at);
  const lo = intOf(input[2]);
  const dots = input[3];
  const inclusive = isPunct(dots, '..=');
  if (!lo || !(isPunct(dots, '..') || inclusive)) throw new MacroError('expected an integer range `a..b` or `a..=b`', input[2] ? firstToken(input[2]) : at);
  const hi = intOf(input[4]);
  const body = input[5];
  if (!hi) throw new MacroError('expected an integer literal', input[4] ? firstToken(input[4]) : at);
  if (body?.kind !== 'group' || body.delim !== '{' || input.length !== 6) throw new MacroError('expected a braced body', input[5] ? firstToken(input[5]) : at);
  const end = inclusive ? hi.value + 1n : hi.value;
  if (end - lo.value > BigInt(MAX_COUNT)) throw new MacroError(`not supported: \`seq!\` with more than ${MAX_COUNT} repetitions`, at);
  const values: bigint[] = [];
  for (let n = lo.value; n < end; n++) values.push(n);
  const suffix = lo.suffix ?? hi.suffix;
  const name = v.tok.text;
  const subst = (trees: TokenTree[], n: bigint): TokenTree[] => substitute(trees, name, n, suffix);
  if (hasSections(body.inner)) return expandSections(body.inner, values, subst);
  return values.flatMap((n) => subst(body.inner, n));
}

function isSection(trees: TokenTree[], i: number): boolean {
  const g = trees[i + 1];
  return isPunct(trees[i], '#') && g?.kind === 'group' && g.delim === '(' && isPunct(trees[i + 2], '*');
}

function hasSections(trees: TokenTree[]): boolean {
  return trees.some((t, i) => isSection(trees, i) || (t.kind === 'group' && hasSections(t.inner)));
}

/** The trees with each `#( .. )*` section repeated once per value (and N substituted in it). */
function expandSections(trees: TokenTree[], values: bigint[], subst: (t: TokenTree[], n: bigint) => TokenTree[]): TokenTree[] {
  const out: TokenTree[] = [];
  for (let i = 0; i < trees.length; i++) {
    const t = trees[i]!;
    if (isSection(trees, i)) {
      const inner = (trees[i + 1] as Extract<TokenTree, { kind: 'group' }>).inner;
      for (const n of values) out.push(...subst(inner, n));
      i += 2;
    } else if (t.kind === 'group') out.push({ ...t, inner: expandSections(t.inner, values, subst) });
    else out.push(t);
  }
  return out;
}

function substitute(trees: TokenTree[], name: string, n: bigint, suffix: string | undefined): TokenTree[] {
  const out: TokenTree[] = [];
  for (let i = 0; i < trees.length; i++) {
    const t = trees[i]!;
    if (t.kind === 'group') { out.push({ ...t, inner: substitute(t.inner, name, n, suffix) }); continue; }
    const tok = t.tok;
    // `f~N`: one identifier (`f3`)
    const next = trees[i + 2];
    if (tok.kind === 'ident' && isPunct(trees[i + 1], '~') && next?.kind === 'tok' && next.tok.kind === 'ident' && next.tok.text === name) {
      out.push({ kind: 'tok', tok: { ...tok, text: tok.text + n.toString(), end: next.tok.end, endLine: next.tok.endLine, endCol: next.tok.endCol } });
      i += 2;
      continue;
    }
    if (tok.kind === 'ident' && tok.text === name) {
      const text = n.toString() + (suffix ?? '');
      out.push({ kind: 'tok', tok: { ...tok, kind: 'int', text, value: n, suffix } });
      continue;
    }
    out.push(t);
  }
  return out;
}
