/**
 * Typed input generators: for a parameter type, the boundary values first (every integer
 * width's extremes and their neighbours, 0, ±1, the literals the function mentions ±1,
 * empty and one-element collections, every enum variant), then random values built from
 * the same pools and uniform draws.
 */
import type { CheckedCrate } from '../check/program.js';
import { intRange, type IntKind, type Type } from '../check/types.js';
import { Cell, type Value } from '../emu/value.js';
import type { Rng } from './rng.js';

/** A type the generators cannot make values of (a trait object, `str`, an erroneous type...). */
export class NoGenerator extends Error {}

export interface GenContext {
  crate: CheckedCrate;
  rng: Rng;
  /** Integer literals from the function's text: `x == 200` is met only when 199..201 are tried. */
  literals: bigint[];
}

const MAX_DEPTH = 8;
const MAX_LEN = 4;

/** What a generic type parameter is tried as: a claim for every T holds for u8 in particular. */
const GENERIC_STANDIN: Type = { k: 'int', kind: 'u8' };

export function intPool(kind: IntKind, literals: bigint[]): bigint[] {
  const r = intRange(kind);
  const base = [0n, 1n, 2n, -1n, -2n, 3n, 7n, 10n, 100n, 255n, 256n, 65535n, 65536n, -128n, -129n];
  const near = literals.flatMap((v) => [v - 1n, v, v + 1n]);
  let pool: bigint[];
  if (r) pool = [r.min, r.min + 1n, r.max, r.max - 1n, r.max / 2n, r.max / 2n + 1n, ...base, ...near].filter((v) => v >= r.min && v <= r.max);
  else pool = [...base, ...near, 1n << 64n, -(1n << 64n)].filter((v) => kind !== 'nat' || v >= 0n);
  return [...new Set(pool)];
}

function substitute(t: Type, m: Map<string, Type>): Type {
  switch (t.k) {
    case 'param': return m.get(t.name) ?? GENERIC_STANDIN;
    case 'tuple': return { k: 'tuple', elems: t.elems.map((e) => substitute(e, m)) };
    case 'ref': return { k: 'ref', mut: t.mut, inner: substitute(t.inner, m) };
    case 'array': return { k: 'array', elem: substitute(t.elem, m), len: t.len };
    case 'slice': return { k: 'slice', elem: substitute(t.elem, m) };
    case 'builtin': return { k: 'builtin', name: t.name, args: t.args.map((a) => substitute(a, m)) };
    case 'adt': return { k: 'adt', name: t.name, args: t.args.map((a) => substitute(a, m)) };
    default: return t;
  }
}

function bindings(generics: string[], args: Type[]): Map<string, Type> {
  return new Map(generics.map((g, i) => [g, args[i] ?? GENERIC_STANDIN]));
}

/**
 * One value of type t. `boundary` (an index) picks the i-th boundary combination where
 * there is one (scalars cycle through their pool), undefined draws at random.
 */
export function valueOf(t: Type, g: GenContext, boundary: number | undefined, depth = 0): Value {
  const pick = <T>(xs: readonly T[], salt: number): T => (boundary === undefined ? g.rng.pick(xs) : xs[(boundary + salt) % xs.length]!);
  if (depth > MAX_DEPTH) throw new NoGenerator('value nested too deeply');
  switch (t.k) {
    case 'int': {
      const pool = intPool(t.kind, g.literals);
      if (boundary !== undefined || g.rng.next() < 0.6) return { t: 'int', kind: t.kind, v: pick(pool, depth) };
      const r = intRange(t.kind);
      if (r) return { t: 'int', kind: t.kind, v: g.rng.next() < 0.5 ? g.rng.bigintIn(r.min, r.max) : g.rng.bigintIn(r.min < -20n ? -20n : r.min, 20n) };
      const lo = t.kind === 'nat' ? 0n : -1000n;
      return { t: 'int', kind: t.kind, v: g.rng.bigintIn(lo, 1000n) };
    }
    case 'bool': return { t: 'bool', v: pick([false, true], depth) };
    case 'char': return { t: 'char', v: pick(['a', '0', 'z', '\0', ' ', '\u{10ffff}'], depth) };
    case 'tuple': return t.elems.length === 0 ? { t: 'tuple', elems: [] } : { t: 'tuple', elems: t.elems.map((e, i) => valueOf(e, g, shift(boundary, i), depth + 1)) };
    case 'ref': return { t: 'ref', mut: t.mut, place: new Cell(valueOf(t.inner, g, boundary, depth + 1)) };
    case 'array': return { t: 'array', elems: Array.from({ length: Number(t.len) }, (_, i) => valueOf(t.elem, g, shift(boundary, i), depth + 1)) };
    case 'slice': return { t: 'array', elems: elemsOf(t.elem, g, boundary, depth) };
    case 'builtin': return builtinValue(t, g, boundary, depth, pick);
    case 'adt': return adtValue(t, g, boundary, depth, pick);
    case 'param': return valueOf(GENERIC_STANDIN, g, boundary, depth);
    default: throw new NoGenerator(`no values of type ${t.k}`);
  }
}

function shift(boundary: number | undefined, by: number): number | undefined {
  return boundary === undefined ? undefined : boundary + by;
}

function elemsOf(elem: Type, g: GenContext, boundary: number | undefined, depth: number): Value[] {
  // Boundary lengths 0, 1, 2; random ones up to MAX_LEN.
  const len = boundary === undefined ? g.rng.below(MAX_LEN + 1) : boundary % 3;
  return Array.from({ length: len }, (_, i) => valueOf(elem, g, shift(boundary, i + 1), depth + 1));
}

function builtinValue(t: Type & { k: 'builtin' }, g: GenContext, boundary: number | undefined, depth: number,
  pick: <T>(xs: readonly T[], salt: number) => T): Value {
  const a0 = t.args[0] ?? GENERIC_STANDIN;
  switch (t.name) {
    case 'Vec': return { t: 'vec', elems: elemsOf(a0, g, boundary, depth) };
    case 'Seq': return { t: 'seq', elems: elemsOf(a0, g, boundary, depth) };
    case 'Set': case 'ISet': return { t: 'set', elems: dedupe(elemsOf(a0, g, boundary, depth)) };
    case 'Map': case 'IMap': {
      const keys = dedupe(elemsOf(a0, g, boundary, depth));
      return { t: 'map', entries: keys.map((k, i) => [k, valueOf(t.args[1] ?? GENERIC_STANDIN, g, shift(boundary, i + 5), depth + 1)]) };
    }
    case 'Option':
      return pick([false, true], depth + 1)
        ? { t: 'enum', name: 'Option', variant: 'Some', fields: { '0': valueOf(a0, g, shift(boundary, 1), depth + 1) } }
        : { t: 'enum', name: 'Option', variant: 'None', fields: {} };
    case 'Box': return valueOf(a0, g, boundary, depth + 1);
    case 'Ghost': case 'Tracked': return { t: 'erased' };
    case 'FnSpec': throw new NoGenerator('no values of type spec_fn');
    case 'Closure': case 'Range': case 'RangeInclusive': case 'Rev': case 'ForIter': throw new NoGenerator(`no values of type ${t.name}`);
  }
}

function adtValue(t: Type & { k: 'adt' }, g: GenContext, boundary: number | undefined, depth: number,
  pick: <T>(xs: readonly T[], salt: number) => T): Value {
  const s = g.crate.structs.get(t.name);
  if (s) {
    const m = bindings(s.generics, t.args);
    const fields: Record<string, Value> = {};
    s.fields.forEach((f, i) => { fields[f.name] = valueOf(substitute(f.ty, m), g, shift(boundary, i), depth + 1); });
    return { t: 'struct', name: s.qname, fields };
  }
  const e = g.crate.enums.get(t.name);
  if (e && e.variants.length > 0) {
    const m = bindings(e.generics, t.args);
    const variant = pick(e.variants, depth);
    const fields: Record<string, Value> = {};
    variant.fields.forEach((f, i) => { fields[f.name] = valueOf(substitute(f.ty, m), g, shift(boundary, i + 1), depth + 1); });
    return { t: 'enum', name: e.qname, variant: variant.name, fields };
  }
  throw new NoGenerator(`no values of type ${t.name}`);
}

function dedupe(xs: Value[]): Value[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
