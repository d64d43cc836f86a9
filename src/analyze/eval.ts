/**
 * Expressions in a state: the interval of an integer (or boolean, as 0/1) expression, the
 * length of a sequence, and the refinement of a state by a condition.
 */
import { intRange, type Type } from '../check/types.js';
import { substitute } from '../ir/rewrite.js';
import type { IrExpr } from '../ir/types.js';
import {
  add, contains, div, isEmpty, iv, join, meet, mul, neg, point, rem, sub, TOP, within, type Interval,
} from './interval.js';
import { joinAll, type State } from './state.js';

const BOOL01: Interval = { lo: 0n, hi: 1n };

/** The definitions of open spec fns, which conditions and values are read through. */
export interface SpecDefs { get(fn: string): { params: number[]; body: IrExpr } | undefined }

let specDefs: SpecDefs | undefined;
let unfolding = 0;
const MAX_UNFOLD = 4;

/** Runs `f` with spec fn definitions available for unfolding (set for one crate's analysis). */
export function withSpecDefs<T>(defs: SpecDefs, f: () => T): T {
  const saved = specDefs;
  specDefs = defs;
  try { return f(); } finally { specDefs = saved; }
}

/** A spec fn application with its definition's body, arguments substituted (bounded depth). */
function unfold<T>(e: IrExpr & { k: 'spec_call' }, f: (body: IrExpr) => T, otherwise: () => T): T {
  const d = specDefs?.get(e.fn);
  if (!d || unfolding >= MAX_UNFOLD || d.params.length !== e.args.length) return otherwise();
  const m = new Map(d.params.map((id, i) => [id, e.args[i]!]));
  unfolding++;
  try { return f(substitute(d.body, m)); } finally { unfolding--; }
}

function stripTy(t: Type): Type {
  let cur = t;
  for (;;) {
    if (cur.k === 'ref') cur = cur.inner;
    else if (cur.k === 'builtin' && (cur.name === 'Box' || cur.name === 'Ghost' || cur.name === 'Tracked') && cur.args[0]) cur = cur.args[0];
    else return cur;
  }
}

/** Every value of a type, as an interval (TOP when not a number). */
export function rangeOf(t: Type): Interval {
  const s = stripTy(t);
  if (s.k === 'bool') return BOOL01;
  if (s.k === 'char') return { lo: 0n, hi: 0x10ffffn };
  if (s.k !== 'int') return TOP;
  if (s.kind === 'nat') return { lo: 0n };
  const r = intRange(s.kind);
  return r ? { lo: r.min, hi: r.max } : TOP;
}

export function isNumeric(t: Type): boolean {
  const s = stripTy(t);
  return s.k === 'int' || s.k === 'bool' || s.k === 'char';
}

export function isSeq(t: Type): boolean {
  const s = stripTy(t);
  return s.k === 'array' || s.k === 'slice' || (s.k === 'builtin' && (s.name === 'Vec' || s.name === 'Seq'));
}

/** The location an expression reads, if it is a tracked path (`x`, `x.f`, `*x`, `old(x).f`). */
export function keyOf(e: IrExpr): string | undefined {
  switch (e.k) {
    case 'var': return e.at === 'old' ? `${e.id}@old` : String(e.id);
    case 'deref': return keyOf(e.arg);
    case 'field': {
      const b = keyOf(e.base);
      return b === undefined ? undefined : `${b}.${e.variant ? `${e.variant}.` : ''}${e.name}`;
    }
    case 'cast': return e.how === 'widen' ? keyOf(e.arg) : undefined;
    default: return undefined;
  }
}

/** The mathematical value, not limited to the expression's machine type (for overflow checks). */
export function evalMath(s: State, e: IrExpr): Interval {
  return evalRaw(s, e);
}

export function evalInt(s: State, e: IrExpr): Interval {
  const r = evalRaw(s, e);
  return isNumeric(e.ty) ? meet(r, rangeOf(e.ty)) : r;
}

function evalRaw(s: State, e: IrExpr): Interval {
  switch (e.k) {
    case 'int': return point(e.value);
    case 'bool': return point(e.value ? 1n : 0n);
    case 'var': case 'deref': case 'field': {
      const k = keyOf(e);
      return (k !== undefined ? s.get(k) : undefined) ?? rangeOf(e.ty);
    }
    case 'arith': return arith(s, e);
    case 'neg': return neg(evalInt(s, e.arg));
    case 'cast': {
      const a = evalInt(s, e.arg);
      const target = rangeOf(e.ty);
      if (e.how === 'clamp_nat') return a.hi !== undefined && a.hi < 0n ? point(0n) : iv(a.lo !== undefined && a.lo >= 0n ? a.lo : 0n, a.hi);
      return within(a, target) ? a : target;
    }
    case 'builtin': return e.name === 'len' && e.args[0] ? evalLen(s, e.args[0]) : rangeOf(e.ty);
    case 'spec_call': return isNumeric(e.ty) ? unfold(e, (b) => evalInt(s, b), () => rangeOf(e.ty)) : rangeOf(e.ty);
    case 'ite': {
      const ts = refine(s, e.cond, true).map((x) => evalInt(x, e.then));
      const fs = refine(s, e.cond, false).map((x) => evalInt(x, e.else));
      const all = [...ts, ...fs];
      return all.length ? all.reduce(join) : { lo: 1n, hi: 0n };
    }
    case 'cmp': case 'logic': case 'not': {
      const t = refine(s, e, true).length > 0;
      const f = refine(s, e, false).length > 0;
      return t && f ? BOOL01 : t ? point(1n) : f ? point(0n) : BOOL01;
    }
    case 'let': {
      const inner = s.copy();
      writeValue(inner, String(e.binder.id), e.value, s);
      return evalInt(inner, e.body);
    }
    default: return rangeOf(e.ty);
  }
}

function pow2(n: bigint): bigint { return 1n << n; }

function bitsFor(hi: bigint): bigint {
  let b = 0n;
  while (pow2(b) <= hi) b++;
  return b;
}

function arith(s: State, e: IrExpr & { k: 'arith' }): Interval {
  const a = evalInt(s, e.left);
  const b = evalInt(s, e.right);
  const nonneg = (x: Interval) => x.lo !== undefined && x.lo >= 0n;
  switch (e.op) {
    case 'add': return add(a, b);
    case 'sub': {
      // x - y with y <= x known (or y = x % m, x >= 0) is never negative
      const r = sub(a, b);
      const ka = keyOf(e.left);
      const kb = keyOf(e.right);
      const remOfLeft = e.right.k === 'arith' && e.right.op === 'rem' && ka !== undefined && keyOf(e.right.left) === ka && nonneg(a);
      if (remOfLeft || (ka !== undefined && kb !== undefined && s.knows(kb, '<=', ka))) return meet(r, { lo: 0n });
      return r;
    }
    case 'mul': return mul(a, b);
    case 'div': return div(a, b, e.rounding ?? 'euclid');
    case 'rem': return rem(a, b, e.rounding ?? 'euclid');
    case 'bitand':
      if (nonneg(a) && nonneg(b)) return iv(0n, a.hi === undefined ? b.hi : b.hi === undefined ? a.hi : a.hi < b.hi ? a.hi : b.hi);
      if (nonneg(a)) return iv(0n, a.hi);
      if (nonneg(b)) return iv(0n, b.hi);
      return rangeOf(e.ty);
    case 'bitor': case 'bitxor':
      if (nonneg(a) && nonneg(b) && a.hi !== undefined && b.hi !== undefined) {
        const m = a.hi > b.hi ? a.hi : b.hi;
        return iv(e.op === 'bitor' ? (a.lo! > b.lo! ? a.lo! : b.lo!) : 0n, pow2(bitsFor(m)) - 1n);
      }
      return rangeOf(e.ty);
    case 'shl': {
      // a machine `<<` drops the bits shifted out: exact only while the result fits
      if (b.lo === undefined || b.hi === undefined || b.lo < 0n || b.hi > 200n || a.lo === undefined || a.hi === undefined) return rangeOf(e.ty);
      const r = mul(a, iv(pow2(b.lo), pow2(b.hi)));
      return within(r, rangeOf(e.ty)) ? r : rangeOf(e.ty);
    }
    case 'shr':
      if (nonneg(a) && b.lo !== undefined && b.lo >= 0n && b.lo <= 200n) return iv(b.hi !== undefined && b.hi <= 200n && a.lo !== undefined ? a.lo >> b.hi : 0n, a.hi === undefined ? undefined : a.hi >> b.lo);
      return rangeOf(e.ty);
  }
}

/** The length of a sequence value. */
export function evalLen(s: State, e: IrExpr): Interval {
  const t = stripTy(e.ty);
  if (t.k === 'array') return point(t.len);
  const any = rangeOf({ k: 'int', kind: 'usize' });
  switch (e.k) {
    case 'seq_lit': return point(BigInt(e.elems.length));
    case 'var': case 'field': case 'deref': {
      const k = keyOf(e);
      return (k !== undefined ? s.get(`${k}#len`) : undefined) ?? any;
    }
    case 'builtin': {
      const [a, b, c] = e.args;
      switch (e.name) {
        case 'Seq::push': return a ? add(evalLen(s, a), point(1n)) : any;
        case 'Seq::update': return a ? evalLen(s, a) : any;
        case 'Seq::add': return a && b ? add(evalLen(s, a), evalLen(s, b)) : any;
        case 'Seq::subrange': return b && c ? meet(sub(evalInt(s, c), evalInt(s, b)), { lo: 0n }) : any;
      }
      return any;
    }
    case 'ite': return join(evalLen(s, e.then), evalLen(s, e.else));
    default: return any;
  }
}

/** Writes the value of `e` (read in `src`) to location `key`: its interval, length and fields. */
export function writeValue(s: State, key: string, e: IrExpr, source: State): void {
  const src = source === s ? s.copy() : source;
  const v = isNumeric(e.ty) ? evalInt(src, e) : undefined;
  const len = isSeq(e.ty) ? evalLen(src, e) : undefined;
  const from = keyOf(e);
  const fields = e.k === 'ctor' ? e.fields : undefined;
  const fieldVals = fields?.map((f) => ({ f, len: isSeq(f.value.ty) ? evalLen(src, f.value) : undefined }));
  const shifted = shiftedFacts(src, key, e);
  s.clear(key);
  for (const f of shifted) s.relate(f.a, f.rel, f.b);
  if (from !== undefined && from !== key) s.copyTree(src, from, key);
  if (v) s.set(key, v);
  if (len) s.set(`${key}#len`, len);
  // y = x % m with x >= 0: y <= x
  if (e.k === 'arith' && e.op === 'rem') {
    const kx = keyOf(e.left);
    const x = evalInt(src, e.left);
    if (kx !== undefined && x.lo !== undefined && x.lo >= 0n) s.relate(key, '<=', kx);
  }
  if (fields && fieldVals) {
    const prefix = e.k === 'ctor' && e.variant ? `${key}.${e.variant}` : key;
    for (const f of fields) writeValue(s, `${prefix}.${f.name}`, f.value, src);
  }
}

/**
 * `x = x + c`: the relations of x that still hold, shifted by c (`x < n` before `x += 1` is
 * `x <= n` after), so a counter keeps its order with the loop bound.
 */
function shiftedFacts(src: State, key: string, e: IrExpr): { a: string; rel: '<' | '<='; b: string }[] {
  const l = linear(e);
  if (!l || l.key !== key || e.k === 'var') return [];
  const c = l.offset;
  const out: { a: string; rel: '<' | '<='; b: string }[] = [];
  for (const f of src.facts) {
    const m = /^(.*?)(<=|<)(.*)$/.exec(f);
    if (!m) continue;
    const [, a, rel, b] = m as unknown as [string, string, '<' | '<=', string];
    // as a strict bound: a < b + d, d = 0 for '<', 1 for '<='
    const d = rel === '<' ? 0n : 1n;
    if (a === key && b !== key) {
      // x' = x + c < b + d + c
      const dd = d + c;
      if (dd <= 0n) out.push({ a: key, rel: '<', b });
      else if (dd === 1n) out.push({ a: key, rel: '<=', b });
    } else if (b === key && a !== key) {
      // a < x + d = x' + d - c
      const dd = d - c;
      if (dd <= 0n) out.push({ a, rel: '<', b: key });
      else if (dd === 1n) out.push({ a, rel: '<=', b: key });
    }
  }
  return out;
}

/** `e` as a tracked location plus a constant (`x`, `x + 1`, `len(v) - 1`), to refine through. */
function linear(e: IrExpr): { key: string; offset: bigint } | undefined {
  if (e.k === 'builtin' && e.name === 'len' && e.args[0]) {
    const k = keyOf(e.args[0]);
    return k === undefined ? undefined : { key: `${k}#len`, offset: 0n };
  }
  const k = keyOf(e);
  if (k !== undefined) return { key: k, offset: 0n };
  if (e.k === 'cast' && e.how === 'widen') return linear(e.arg);
  if (e.k === 'arith' && (e.op === 'add' || e.op === 'sub') && e.right.k === 'int') {
    const l = linear(e.left);
    return l && { key: l.key, offset: l.offset + (e.op === 'add' ? e.right.value : -e.right.value) };
  }
  return undefined;
}

type Rel = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
const FLIP: Record<Rel, Rel> = { eq: 'ne', ne: 'eq', lt: 'ge', le: 'gt', gt: 'le', ge: 'lt' };
const SWAP: Record<Rel, Rel> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

/** The values x may take when `x rel other` holds for some value of `other`. */
function allowed(rel: Rel, other: Interval): Interval {
  switch (rel) {
    case 'eq': return other;
    case 'lt': return iv(undefined, other.hi === undefined ? undefined : other.hi - 1n);
    case 'le': return iv(undefined, other.hi);
    case 'gt': return iv(other.lo === undefined ? undefined : other.lo + 1n, undefined);
    case 'ge': return iv(other.lo, undefined);
    case 'ne': return TOP;
  }
}

function refineSide(s: State, side: IrExpr, rel: Rel, other: Interval, typeRange: Interval): boolean {
  const cur = evalInt(s, side);
  let next = meet(cur, allowed(rel, other));
  if (rel === 'ne' && other.lo !== undefined && other.lo === other.hi) {
    if (next.lo === other.lo) next = iv(next.lo! + 1n, next.hi);
    if (next.hi === other.lo) next = iv(next.lo, next.hi! - 1n);
  }
  if (isEmpty(next)) return false;
  const l = linear(side);
  if (l) s.set(l.key, meet(sub(next, point(l.offset)), typeRange));
  return true;
}

/** Disjunctions inside one condition split a state at most this many ways (then they are joined). */
const MAX_SPLIT = 4;

/** The states in which `cond` has the given truth value (empty: it cannot). */
export function refine(s: State, cond: IrExpr, truth: boolean): State[] {
  const out = refineRaw(s, cond, truth);
  if (out.length <= MAX_SPLIT) return out;
  return [joinAll(out)!];
}

function refineRaw(s: State, cond: IrExpr, truth: boolean): State[] {
  switch (cond.k) {
    case 'bool': return cond.value === truth ? [s] : [];
    case 'not': return refine(s, cond.arg, !truth);
    case 'spec_call': return unfold(cond, (b) => refine(s, b, truth), () => [s]);
    case 'let': return refine(s, substitute(cond.body, new Map([[cond.binder.id, cond.value]])), truth);
    case 'logic': {
      const { op, left, right } = cond;
      const both = (a: boolean, b: boolean) => refine(s, left, a).flatMap((x) => refine(x, right, b));
      if (op === 'and') return truth ? both(true, true) : [...refine(s, left, false), ...both(true, false)];
      if (op === 'or') return truth ? [...refine(s, left, true), ...both(false, true)] : both(false, false);
      if (op === 'implies') return truth ? [...refine(s, left, false), ...both(true, true)] : both(true, false);
      if (op === 'iff') return truth ? [...both(true, true), ...both(false, false)] : [...both(true, false), ...both(false, true)];
      return [s];
    }
    case 'cmp': {
      if (cond.op === 'ext_eq' || !isNumeric(cond.left.ty) || !isNumeric(cond.right.ty)) return [s];
      const rel: Rel = truth ? cond.op : FLIP[cond.op];
      if (rel === 'ne') {
        // x != c with c strictly inside x's interval: two states, x < c and x > c
        const other = evalInt(s, cond.right);
        const self = evalInt(s, cond.left);
        if (other.lo !== undefined && other.lo === other.hi && linear(cond.left) && (self.lo === undefined || self.lo < other.lo) && (self.hi === undefined || self.hi > other.lo)) {
          return [...refineRaw(s, { ...cond, op: 'lt' }, true), ...refineRaw(s, { ...cond, op: 'gt' }, true)];
        }
      }
      const out = s.copy();
      addFact(out, cond.left, rel, cond.right);
      const a = evalInt(out, cond.left);
      const b = evalInt(out, cond.right);
      if (!refineSide(out, cond.left, rel, b, rangeOfKeyed(cond.left))) return [];
      const a2 = evalInt(out, cond.left);
      if (!refineSide(out, cond.right, SWAP[rel], a2.lo === undefined && a2.hi === undefined ? a : a2, rangeOfKeyed(cond.right))) return [];
      return [out];
    }
    case 'var': case 'field': case 'deref': {
      const k = keyOf(cond);
      const cur = evalInt(s, cond);
      if (!contains(cur, truth ? 1n : 0n)) return [];
      if (k === undefined) return [s];
      const out = s.copy();
      out.set(k, point(truth ? 1n : 0n));
      return [out];
    }
    default: return [s];
  }
}

/** Records `left rel right` between two locations (offsets folded in where they keep it exact). */
function addFact(s: State, left: IrExpr, rel: Rel, right: IrExpr): void {
  const a = linear(left);
  const b = linear(right);
  if (!a || !b) return;
  // a.key + a.offset REL b.key + b.offset
  const d = b.offset - a.offset; // a.key REL b.key + d
  const lt = (x: string, y: string, dd: bigint) => {
    // x < y + dd: x < y when dd <= 0, x <= y when dd == 1
    if (dd <= 0n) s.relate(x, '<', y);
    else if (dd === 1n) s.relate(x, '<=', y);
  };
  switch (rel) {
    case 'lt': lt(a.key, b.key, d); break;
    case 'le': lt(a.key, b.key, d + 1n); break;
    case 'gt': lt(b.key, a.key, -d); break;
    case 'ge': lt(b.key, a.key, -d + 1n); break;
    case 'eq': lt(a.key, b.key, d + 1n); lt(b.key, a.key, -d + 1n); break;
    // x != y with x <= y known: x < y (a counter that stops at its bound)
    case 'ne':
      if (d === 0n && s.knows(a.key, '<=', b.key)) s.relate(a.key, '<', b.key);
      if (d === 0n && s.knows(b.key, '<=', a.key)) s.relate(b.key, '<', a.key);
      break;
  }
}

/** The range of the location under a linear expression (its own type's range). */
function rangeOfKeyed(e: IrExpr): Interval {
  if (e.k === 'cast' && e.how === 'widen') return rangeOfKeyed(e.arg);
  if (e.k === 'arith') return rangeOfKeyed(e.left);
  if (e.k === 'builtin' && e.name === 'len') return rangeOf({ k: 'int', kind: 'usize' });
  return rangeOf(e.ty);
}
