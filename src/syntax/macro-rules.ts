/**
 * `macro_rules!`: a definition's arms, matching an invocation's token trees against them
 * (first arm that matches, as rustc), and transcription of the matched arm. Fragments the
 * grammar decides (expr, ty, pat, path, item, stmt, meta) are measured by a callback that
 * runs the parser on the input (macro-expand.ts), so this file knows no grammar.
 */
import { firstToken, lastToken, type TokenTree } from './token-tree.js';
import type { Token } from './tokens.js';

type Matcher =
  | { kind: 'tok'; tok: Token }
  | { kind: 'group'; delim: string; inner: Matcher[] }
  | { kind: 'frag'; name: string; frag: string }
  | { kind: 'rep'; inner: Matcher[]; sep: Token | undefined; op: string };

type Transcriber =
  | { kind: 'tok'; tok: Token }
  | { kind: 'group'; open: Token; close: Token; delim: '(' | '[' | '{'; inner: Transcriber[] }
  | { kind: 'var'; name: string; dollar: Token; tok: Token }
  | { kind: 'rep'; inner: Transcriber[]; sep: Token | undefined; op: string; tok: Token };

export interface MacroArm {
  matcher: Matcher[];
  body: Transcriber[];
}

export interface MacroDef {
  name: string;
  /** The file the definition is in: its tokens keep their positions only there. */
  file: string;
  arms: MacroArm[];
}

type Binding = { kind: 'one'; frag: string; trees: TokenTree[] } | { kind: 'many'; items: Binding[] };
export type Bindings = Map<string, Binding>;

/** A definition rustc would reject; the message says why. */
export class MacroError extends Error {
  constructor(message: string, readonly at: Token | undefined) {
    super(message);
  }
}

const FRAGMENTS = new Set(['ident', 'ty', 'expr', 'expr_2021', 'literal', 'tt', 'pat', 'pat_param', 'path', 'block', 'item', 'stmt', 'lifetime', 'vis', 'meta']);

function isPunct(t: TokenTree | undefined, s: string): boolean {
  return t !== undefined && t.kind === 'tok' && t.tok.kind === 'punct' && t.tok.text === s;
}

/** The arms of `macro_rules! name { (..) => {..}; .. }` (`trees` is the body group's inside). */
export function parseMacroDef(name: string, file: string, trees: TokenTree[]): MacroDef {
  const arms: MacroArm[] = [];
  let i = 0;
  while (i < trees.length) {
    const lhs = trees[i];
    if (!lhs || lhs.kind !== 'group') throw new MacroError('expected macro matcher', lhs && firstToken(lhs));
    if (!isPunct(trees[i + 1], '=>')) throw new MacroError('expected `=>`', trees[i + 1] && firstToken(trees[i + 1]!));
    const rhs = trees[i + 2];
    if (!rhs || rhs.kind !== 'group') throw new MacroError('expected macro transcriber', rhs && firstToken(rhs));
    arms.push({ matcher: parseMatcher(lhs.inner), body: parseTranscriber(rhs.inner) });
    i += 3;
    if (i < trees.length) {
      if (!isPunct(trees[i], ';')) throw new MacroError('expected `;`', firstToken(trees[i]!));
      i++;
    }
  }
  if (arms.length === 0) throw new MacroError('macros must contain at least one rule', undefined);
  return { name, file, arms };
}

/** `$(..) sep? op` after the group at `i`: the separator and operator, and where they end. */
function repetitionTail(trees: TokenTree[], i: number): { sep: Token | undefined; op: string; next: number } {
  const a = trees[i];
  if (a?.kind === 'tok' && a.tok.kind === 'punct' && (a.tok.text === '*' || a.tok.text === '+' || a.tok.text === '?')) return { sep: undefined, op: a.tok.text, next: i + 1 };
  const b = trees[i + 1];
  if (a?.kind === 'tok' && b?.kind === 'tok' && b.tok.kind === 'punct' && (b.tok.text === '*' || b.tok.text === '+')) return { sep: a.tok, op: b.tok.text, next: i + 2 };
  throw new MacroError('expected one of: `*`, `+`, or `?`', a && firstToken(a));
}

function parseMatcher(trees: TokenTree[]): Matcher[] {
  const out: Matcher[] = [];
  for (let i = 0; i < trees.length; i++) {
    const t = trees[i]!;
    if (t.kind === 'group') { out.push({ kind: 'group', delim: t.delim, inner: parseMatcher(t.inner) }); continue; }
    if (!isPunct(t, '$')) { out.push({ kind: 'tok', tok: t.tok }); continue; }
    const next = trees[i + 1];
    if (next?.kind === 'group' && next.delim === '(') {
      const tail = repetitionTail(trees, i + 2);
      out.push({ kind: 'rep', inner: parseMatcher(next.inner), sep: tail.sep, op: tail.op });
      i = tail.next - 1;
      continue;
    }
    if (next?.kind === 'tok' && next.tok.kind === 'ident' && isPunct(trees[i + 2], ':')) {
      const f = trees[i + 3];
      if (f?.kind !== 'tok' || f.tok.kind !== 'ident') throw new MacroError('missing fragment specifier', next.tok);
      if (!FRAGMENTS.has(f.tok.text)) throw new MacroError(`invalid fragment specifier \`${f.tok.text}\``, f.tok);
      out.push({ kind: 'frag', name: next.tok.text, frag: f.tok.text });
      i += 3;
      continue;
    }
    throw new MacroError('missing fragment specifier', next ? firstToken(next) : t.tok);
  }
  return out;
}

function parseTranscriber(trees: TokenTree[]): Transcriber[] {
  const out: Transcriber[] = [];
  for (let i = 0; i < trees.length; i++) {
    const t = trees[i]!;
    if (t.kind === 'group') { out.push({ kind: 'group', open: t.open, close: t.close, delim: t.delim, inner: parseTranscriber(t.inner) }); continue; }
    const next = trees[i + 1];
    if (!isPunct(t, '$') || next === undefined) { out.push({ kind: 'tok', tok: t.tok }); continue; }
    if (next.kind === 'group' && next.delim === '(') {
      const tail = repetitionTail(trees, i + 2);
      out.push({ kind: 'rep', inner: parseTranscriber(next.inner), sep: tail.sep, op: tail.op, tok: t.tok });
      i = tail.next - 1;
      continue;
    }
    if (next.kind === 'tok' && next.tok.kind === 'ident') {
      // `$crate` names the defining crate: `crate` (a macro of another crate is not resolved by path here)
      if (next.tok.text === 'crate') out.push({ kind: 'tok', tok: next.tok });
      else out.push({ kind: 'var', name: next.tok.text, dollar: t.tok, tok: next.tok });
      i++;
      continue;
    }
    out.push({ kind: 'tok', tok: t.tok });
  }
  return out;
}

/** How many of `input`'s trees from `at` a fragment takes, or undefined when none fits. */
export type FragmentMeasure = (frag: string, input: TokenTree[], at: number) => number | undefined;

interface MatchCtx {
  measure: FragmentMeasure;
  /** The input token furthest into the invocation where an arm failed (rustc reports it). */
  failTok: Token | undefined;
  failAtEnd: boolean;
}

function noteFailure(ctx: MatchCtx, tok: Token, atEnd: boolean): void {
  if (ctx.failTok === undefined || tok.start > ctx.failTok.start) {
    ctx.failTok = tok;
    ctx.failAtEnd = atEnd;
  }
}

function sameToken(t: TokenTree, m: Token): boolean {
  if (t.kind !== 'tok') return false;
  const a = t.tok;
  if (a.kind !== m.kind) return false;
  return a.text === m.text;
}

function varNames(ms: Matcher[], out: string[] = []): string[] {
  for (const m of ms) {
    if (m.kind === 'frag') out.push(m.name);
    else if (m.kind === 'group' || m.kind === 'rep') varNames(m.inner, out);
  }
  return out;
}

interface Matched {
  end: number;
  b: Bindings;
}

/** Matches ms[mi..] against input[ii..] (all of it when `mustEnd`); `endTok` closes this level. */
function matchFrom(ms: Matcher[], mi: number, input: TokenTree[], ii: number, mustEnd: boolean, ctx: MatchCtx, endTok: Token): Matched | undefined {
  if (mi === ms.length) {
    if (!mustEnd || ii === input.length) return { end: ii, b: new Map() };
    noteFailure(ctx, firstToken(input[ii]!), false);
    return undefined;
  }
  const m = ms[mi]!;
  const cur = input[ii];
  if (m.kind !== 'rep' && !(m.kind === 'frag' && m.frag === 'vis') && cur === undefined) {
    noteFailure(ctx, endTok, true);
    return undefined;
  }
  switch (m.kind) {
    case 'tok': {
      if (!sameToken(cur!, m.tok)) { noteFailure(ctx, firstToken(cur!), false); return undefined; }
      return matchFrom(ms, mi + 1, input, ii + 1, mustEnd, ctx, endTok);
    }
    case 'group': {
      if (cur!.kind !== 'group' || cur!.delim !== m.delim) { noteFailure(ctx, firstToken(cur!), false); return undefined; }
      const inner = matchFrom(m.inner, 0, cur!.inner, 0, true, ctx, cur!.close);
      if (!inner) return undefined;
      const rest = matchFrom(ms, mi + 1, input, ii + 1, mustEnd, ctx, endTok);
      if (!rest) return undefined;
      for (const [k, v] of inner.b) rest.b.set(k, v);
      return rest;
    }
    case 'frag': {
      const n = ctx.measure(m.frag, input, ii);
      // (only `vis` may match nothing)
      if (n === undefined || (n === 0 && m.frag !== 'vis')) { noteFailure(ctx, cur ? firstToken(cur) : endTok, cur === undefined); return undefined; }
      const rest = matchFrom(ms, mi + 1, input, ii + n, mustEnd, ctx, endTok);
      if (!rest) return undefined;
      rest.b.set(m.name, { kind: 'one', frag: m.frag, trees: input.slice(ii, ii + n) });
      return rest;
    }
    case 'rep': {
      // Greedy, then fewer iterations if what follows does not match.
      const iterations: Matched[] = [];
      let pos = ii;
      for (;;) {
        if (m.op === '?' && iterations.length === 1) break;
        let q = pos;
        if (iterations.length > 0 && m.sep) {
          if (q < input.length && sameToken(input[q]!, m.sep)) q++;
          else break;
        }
        const it = matchFrom(m.inner, 0, input, q, false, ctx, endTok);
        if (!it || it.end === q) break;
        iterations.push(it);
        pos = it.end;
      }
      const names = varNames(m.inner);
      for (let k = iterations.length; k >= (m.op === '+' ? 1 : 0); k--) {
        const at = k === 0 ? ii : iterations[k - 1]!.end;
        const rest = matchFrom(ms, mi + 1, input, at, mustEnd, ctx, endTok);
        if (!rest) continue;
        for (const name of names) rest.b.set(name, { kind: 'many', items: iterations.slice(0, k).map((it) => it.b.get(name)!) });
        return rest;
      }
      return undefined;
    }
  }
}

export type MatchResult =
  | { ok: true; arm: MacroArm; bindings: Bindings }
  | { ok: false; failTok: Token | undefined; atEnd: boolean };

/** The first arm matching all of `input` (the invocation's inside; `close` is its closing delimiter). */
export function matchArms(def: MacroDef, input: TokenTree[], close: Token, measure: FragmentMeasure): MatchResult {
  const ctx: MatchCtx = { measure, failTok: undefined, failAtEnd: false };
  for (const arm of def.arms) {
    const r = matchFrom(arm.matcher, 0, input, 0, true, ctx, close);
    if (r) return { ok: true, arm, bindings: r.b };
  }
  return { ok: false, failTok: ctx.failTok, atEnd: ctx.failAtEnd };
}

function lookup(b: Bindings, name: string, idx: number[]): Binding | undefined {
  let v = b.get(name);
  for (const k of idx) {
    if (v === undefined || v.kind !== 'many') break;
    v = v.items[k];
  }
  return v;
}

/** How many times a repetition runs: its variables still repeating at this depth must agree. */
function repeatCount(rep: Transcriber[], b: Bindings, idx: number[]): number {
  let count: number | undefined;
  let first = '';
  const visit = (ts: Transcriber[]): void => {
    for (const t of ts) {
      if (t.kind === 'var') {
        const v = lookup(b, t.name, idx);
        if (v?.kind !== 'many') continue;
        if (count === undefined) { count = v.items.length; first = t.name; } else if (count !== v.items.length) {
          throw new MacroError(`meta-variable \`${first}\` repeats ${count} times, but \`${t.name}\` repeats ${v.items.length} times`, t.tok);
        }
      } else if (t.kind === 'group' || t.kind === 'rep') visit(t.inner);
    }
  };
  visit(rep);
  if (count === undefined) throw new MacroError('attempted to repeat an expression containing no syntax variables matched as repeating at this depth', (rep[0] && rep[0].kind !== 'group' ? rep[0].tok : undefined));
  return count;
}

function isPathSep(t: Transcriber | undefined): boolean {
  return t?.kind === 'tok' && t.tok.kind === 'punct' && t.tok.text === '::';
}

/** Fragments that are one operand whatever surrounds them (rustc keeps them in an invisible group). */
function needsParens(v: { frag: string; trees: TokenTree[] }): boolean {
  return (v.frag === 'expr' || v.frag === 'expr_2021') && v.trees.length > 1;
}

/** The arm's body with the bindings substituted; `place` gives a body token its position. */
export function transcribe(body: Transcriber[], b: Bindings, place: (t: Token) => Token, idx: number[] = []): TokenTree[] {
  const out: TokenTree[] = [];
  for (let i = 0; i < body.length; i++) {
    const t = body[i]!;
    switch (t.kind) {
      case 'tok':
        out.push({ kind: 'tok', tok: place(t.tok) });
        break;
      case 'group':
        out.push({ kind: 'group', delim: t.delim, open: place(t.open), close: place(t.close), inner: transcribe(t.inner, b, place, idx) });
        break;
      case 'var': {
        const v = lookup(b, t.name, idx);
        if (v === undefined) {
          // not a metavariable: `$x` stays as written (rustc does the same)
          out.push({ kind: 'tok', tok: place(t.dollar) }, { kind: 'tok', tok: place(t.tok) });
        } else if (v.kind === 'many') {
          throw new MacroError(`variable \`${t.name}\` is still repeating at this depth`, t.tok);
        } else if (needsParens(v)) {
          const a = firstToken(v.trees[0]!);
          const z = lastToken(v.trees[v.trees.length - 1]!);
          const open: Token = { ...a, kind: 'punct', text: '(', value: undefined, suffix: undefined };
          const close: Token = { ...z, kind: 'punct', text: ')', value: undefined, suffix: undefined };
          out.push({ kind: 'group', delim: '(', open, close, inner: v.trees });
        } else if (v.frag === 'ty' && v.trees.length > 1 && isPathSep(body[i + 1])) {
          // `$t::new()` with `$t` = `Vec<u8>`: the type as one segment, `<Vec<u8>>::new()`
          const a = firstToken(v.trees[0]!);
          const z = lastToken(v.trees[v.trees.length - 1]!);
          out.push({ kind: 'tok', tok: { ...a, kind: 'punct', text: '<', value: undefined, suffix: undefined } }, ...v.trees, { kind: 'tok', tok: { ...z, kind: 'punct', text: '>', value: undefined, suffix: undefined } });
        } else out.push(...v.trees);
        break;
      }
      case 'rep': {
        const n = repeatCount(t.inner, b, idx);
        if (t.op === '?' && n > 1) throw new MacroError('this must repeat at most once', t.tok);
        for (let k = 0; k < n; k++) {
          if (k > 0 && t.sep) out.push({ kind: 'tok', tok: place(t.sep) });
          out.push(...transcribe(t.inner, b, place, [...idx, k]));
        }
        break;
      }
    }
  }
  return out;
}
