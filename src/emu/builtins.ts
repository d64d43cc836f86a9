/**
 * Methods of the built-in types (Vec, arrays, Option, Seq, Set, Map, machine integers),
 * dispatched on the receiver's run-time value.
 */
import type { Span } from '../syntax/span.js';
import { intMethod } from './arith.js';
import { NotEvaluable, RuntimeError, forbidSpecMutation } from './errors.js';
import {
  bool, copyValue, deref, heap, int, none, some, unit, valueEquals, SlotPlace,
  type Place, type Value,
} from './value.js';

export interface BuiltinCall {
  /** Method name without the type prefix ('push', not 'Vec::push'). */
  name: string;
  /** Place of the receiver after auto-deref (mutating methods write through it). */
  recv: Place;
  args: Value[];
  span: Span;
  spec: boolean;
  /** Applies a spec closure (for `map`, `filter`, `fold_left`, ...). */
  apply?: (f: Value, args: Value[], span: Span) => Value;
}

/** `f(args)` for a closure argument of a built-in method. */
function applyArg(c: BuiltinCall, i: number, args: Value[]): Value {
  if (!c.apply) throw new NotEvaluable('a spec closure here');
  return deref(c.apply(c.args[i]!, args, c.span));
}

function truthyArg(c: BuiltinCall, i: number, args: Value[]): boolean {
  const v = applyArg(c, i, args);
  if (v.t !== 'bool') throw new NotEvaluable('a predicate without a boolean value');
  return v.v;
}

/** Runs a built-in method; undefined when the receiver has no such method. */
export function callBuiltinMethod(c: BuiltinCall): Value | undefined {
  const r = c.recv.get();
  if (c.name === 'clone' || c.name === 'to_owned') return copyValue(r);
  switch (r.t) {
    case 'vec': case 'array': return vecMethod(c, r.elems, r.t === 'vec');
    case 'seq': return seqMethod(c, r.elems);
    case 'set': return setMethod(c, r.elems);
    case 'map': return mapMethod(c, r.entries);
    case 'enum': return r.name === 'Option' ? optionMethod(c, r.variant === 'Some' ? r.fields['0']! : undefined) : undefined;
    case 'int': {
      if (c.name === 'view') return r;
      const out = intMethod(c.name, r, c.args.map(deref).filter((a) => a.t === 'int'));
      if (!out) return undefined;
      if (out.bool !== undefined) return bool(out.bool);
      if (out.option !== undefined) return out.option === null ? none() : some(int(out.option, r.kind));
      return int(out.value!, r.kind);
    }
    case 'bool': case 'char': return c.name === 'view' ? r : undefined;
    case 'erased':
      if (c.spec) throw new NotEvaluable('ghost value');
      return r;
    default: return undefined;
  }
}

/** Methods of Vec that change it (the others in vecMethod only read). */
const VEC_MUTATORS = new Set(['push', 'pop', 'clear', 'truncate', 'insert', 'remove', 'extend_from_slice', 'append']);

/** An element handed out: a copy in exec code, shared in specifications (they never mutate). */
function own(c: BuiltinCall, v: Value): Value {
  return c.spec ? v : copyValue(v);
}

function argInt(c: BuiltinCall, i: number): bigint {
  const a = deref(c.args[i] ?? unit());
  if (a.t !== 'int') {
    if (a.t === 'erased') throw new NotEvaluable('ghost value');
    throw new RuntimeError(`internal emulator error: expected an integer argument to ${c.name}`, c.span);
  }
  return a.v;
}

function outOfBounds(len: number, i: bigint, span: Span): RuntimeError {
  return new RuntimeError(`index out of bounds: the len is ${len} but the index is ${i}`, span);
}

function checkIndex(c: BuiltinCall, len: number, i: bigint): number {
  if (i < 0n || i >= BigInt(len)) {
    if (c.spec) throw new NotEvaluable('index out of range in a specification');
    throw outOfBounds(len, i, c.span);
  }
  return Number(i);
}

function vecMethod(c: BuiltinCall, elems: Value[], growable: boolean): Value | undefined {
  const len = elems.length;
  switch (c.name) {
    case 'len': return int(BigInt(len), 'usize');
    case 'is_empty': return bool(len === 0);
    case 'view': case 'deep_view': return { t: 'seq', elems: c.spec ? elems : elems.slice() };
    case 'index': case 'spec_index': return own(c, elems[checkIndex(c, len, argInt(c, 0))]!);
    case 'get': {
      const i = argInt(c, 0);
      return i >= 0n && i < BigInt(len) ? some(own(c, elems[Number(i)]!)) : none();
    }
    case 'first': return len ? some(own(c, elems[0]!)) : none();
    case 'last': return len ? some(own(c, elems[len - 1]!)) : none();
    case 'contains': return bool(elems.some((x) => valueEquals(x, c.args[0]!)));
    case 'set': {
      forbidSpecMutation(c.spec);
      heap.epoch++;
      elems[checkIndex(c, len, argInt(c, 0))] = copyValue(deref(c.args[1]!));
      return unit();
    }
    case 'swap': {
      forbidSpecMutation(c.spec);
      heap.epoch++;
      const i = checkIndex(c, len, argInt(c, 0));
      const j = checkIndex(c, len, argInt(c, 1));
      [elems[i], elems[j]] = [elems[j]!, elems[i]!];
      return unit();
    }
    case 'as_slice': case 'as_mut_slice': return { t: 'ref', mut: c.name === 'as_mut_slice', place: c.recv };
    case 'capacity': return int(BigInt(len), 'usize');
  }
  if (!growable) return undefined;
  if (VEC_MUTATORS.has(c.name)) {
    forbidSpecMutation(c.spec);
    heap.epoch++;
  }
  switch (c.name) {
    case 'push': elems.push(copyValue(c.args[0]!)); return unit();
    case 'pop': return len ? some(elems.pop()!) : none();
    case 'clear': elems.length = 0; return unit();
    case 'truncate': { const n = argInt(c, 0); if (n < BigInt(len)) elems.length = Number(n); return unit(); }
    case 'reserve': return unit();
    case 'insert': {
      const i = argInt(c, 0);
      if (i < 0n || i > BigInt(len)) throw new RuntimeError(`insertion index (is ${i}) should be <= len (is ${len})`, c.span);
      elems.splice(Number(i), 0, copyValue(c.args[1]!));
      return unit();
    }
    case 'remove': {
      const i = argInt(c, 0);
      if (i < 0n || i >= BigInt(len)) throw new RuntimeError(`removal index (is ${i}) should be < len (is ${len})`, c.span);
      return elems.splice(Number(i), 1)[0]!;
    }
    case 'extend_from_slice': case 'append': {
      const other = deref(c.args[0]!);
      if (other.t !== 'vec' && other.t !== 'array') return undefined;
      elems.push(...other.elems.map(copyValue));
      if (c.name === 'append') other.elems.length = 0;
      return unit();
    }
  }
  return undefined;
}

/** Spec sequences: immutable, every operation builds a new one. */
function seqMethod(c: BuiltinCall, elems: Value[]): Value | undefined {
  const len = BigInt(elems.length);
  const range = (lo: bigint, hi: bigint): Value => {
    if (lo < 0n || lo > hi || hi > len) throw new NotEvaluable('subrange out of bounds');
    return { t: 'seq', elems: elems.slice(Number(lo), Number(hi)) };
  };
  switch (c.name) {
    case 'len': return int(len, 'nat');
    case 'index': case 'spec_index': return elems[checkIndex({ ...c, spec: true }, elems.length, argInt(c, 0))]!;
    case 'push': return { t: 'seq', elems: [...elems, deref(c.args[0]!)] };
    case 'update': {
      const i = checkIndex({ ...c, spec: true }, elems.length, argInt(c, 0));
      const out = elems.slice();
      out[i] = deref(c.args[1]!);
      return { t: 'seq', elems: out };
    }
    case 'subrange': return range(argInt(c, 0), argInt(c, 1));
    case 'take': return range(0n, argInt(c, 0));
    case 'skip': return range(argInt(c, 0), len);
    case 'drop_last': return range(0n, len - 1n);
    case 'first': if (!elems.length) throw new NotEvaluable('first of an empty seq'); return elems[0]!;
    case 'last': if (!elems.length) throw new NotEvaluable('last of an empty seq'); return elems[elems.length - 1]!;
    case 'add': case 'spec_add': {
      const o = deref(c.args[0]!);
      if (o.t !== 'seq') return undefined;
      return { t: 'seq', elems: [...elems, ...o.elems] };
    }
    case 'contains': return bool(elems.some((x) => valueEquals(x, c.args[0]!)));
    case 'ext_equal': return bool(valueEquals({ t: 'seq', elems }, c.args[0]!));
    case 'to_set': return { t: 'set', elems: dedupe(elems) };
    case 'view': return { t: 'seq', elems };
    case 'map': return { t: 'seq', elems: elems.map((x, i) => applyArg(c, 0, [int(BigInt(i)), x])) };
    case 'map_values': return { t: 'seq', elems: elems.map((x) => applyArg(c, 0, [x])) };
    case 'filter': return { t: 'seq', elems: elems.filter((x) => truthyArg(c, 0, [x])) };
    case 'fold_left': return elems.reduce((acc, x) => applyArg(c, 1, [acc, x]), deref(c.args[0]!));
    case 'fold_right': return elems.reduceRight((acc, x) => applyArg(c, 0, [x, acc]), deref(c.args[1]!));
  }
  return undefined;
}

function dedupe(xs: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of xs) if (!out.some((y) => valueEquals(x, y))) out.push(x);
  return out;
}

function setMethod(c: BuiltinCall, elems: Value[]): Value | undefined {
  const a0 = c.args[0] && deref(c.args[0]);
  const other = (): Value[] => {
    if (a0?.t !== 'set') throw new NotEvaluable('set operation on a non-set');
    return a0.elems;
  };
  switch (c.name) {
    case 'contains': return bool(elems.some((x) => valueEquals(x, a0!)));
    case 'insert': return { t: 'set', elems: dedupe([...elems, a0!]) };
    case 'remove': return { t: 'set', elems: elems.filter((x) => !valueEquals(x, a0!)) };
    case 'len': return int(BigInt(elems.length), 'nat');
    case 'union': return { t: 'set', elems: dedupe([...elems, ...other()]) };
    case 'intersect': { const o = other(); return { t: 'set', elems: elems.filter((x) => o.some((y) => valueEquals(x, y))) }; }
    case 'difference': { const o = other(); return { t: 'set', elems: elems.filter((x) => !o.some((y) => valueEquals(x, y))) }; }
    case 'subset_of': { const o = other(); return bool(elems.every((x) => o.some((y) => valueEquals(x, y)))); }
    case 'ext_equal': return bool(valueEquals({ t: 'set', elems }, a0!));
    case 'finite': return bool(true);
    case 'view': return { t: 'set', elems };
    case 'filter': return { t: 'set', elems: elems.filter((x) => truthyArg(c, 0, [x])) };
    case 'map': return { t: 'set', elems: dedupe(elems.map((x) => applyArg(c, 0, [x]))) };
  }
  return undefined;
}

function mapMethod(c: BuiltinCall, entries: [Value, Value][]): Value | undefined {
  const k = c.args[0] && deref(c.args[0]);
  const find = () => entries.find(([x]) => valueEquals(x, k!));
  switch (c.name) {
    case 'contains_key': return bool(find() !== undefined);
    case 'index': case 'spec_index': {
      const hit = find();
      if (!hit) throw new NotEvaluable('map index outside its domain');
      return hit[1];
    }
    case 'insert': return { t: 'map', entries: [...entries.filter(([x]) => !valueEquals(x, k!)), [k!, deref(c.args[1]!)]] };
    case 'remove': return { t: 'map', entries: entries.filter(([x]) => !valueEquals(x, k!)) };
    case 'dom': return { t: 'set', elems: entries.map(([x]) => x) };
    case 'len': return int(BigInt(entries.length), 'nat');
    case 'ext_equal': return bool(valueEquals({ t: 'map', entries }, k!));
    case 'view': return { t: 'map', entries };
    case 'map_values': return { t: 'map', entries: entries.map(([x, v]) => [x, applyArg(c, 0, [v])]) };
    case 'restrict': case 'remove_keys': {
      if (k?.t !== 'set') throw new NotEvaluable(`${c.name} with a non-set`);
      const keep = c.name === 'restrict';
      return { t: 'map', entries: entries.filter(([x]) => k.elems.some((y) => valueEquals(x, y)) === keep) };
    }
    case 'union_prefer_right': {
      if (k?.t !== 'map') throw new NotEvaluable('union_prefer_right with a non-map');
      return { t: 'map', entries: [...entries.filter(([x]) => !k.entries.some(([y]) => valueEquals(x, y))), ...k.entries] };
    }
  }
  return undefined;
}

function optionMethod(c: BuiltinCall, inner: Value | undefined): Value | undefined {
  switch (c.name) {
    case 'is_some': return bool(inner !== undefined);
    case 'is_none': return bool(inner === undefined);
    case 'unwrap': case 'get_Some_0': case 'expect': {
      if (inner !== undefined) return own(c, inner);
      if (c.spec) throw new NotEvaluable('unwrap of None in a specification');
      if (c.name === 'expect') {
        const m = deref(c.args[0] ?? unit());
        throw new RuntimeError(m.t === 'str' ? m.v : 'called `Option::expect()` on a `None` value', c.span);
      }
      throw new RuntimeError('called `Option::unwrap()` on a `None` value', c.span);
    }
    case 'unwrap_or': return inner !== undefined ? own(c, inner) : own(c, deref(c.args[0]!));
    case 'take': {
      forbidSpecMutation(c.spec);
      const old = c.recv.get();
      c.recv.set(none());
      return old;
    }
    case 'replace': {
      forbidSpecMutation(c.spec);
      const old = c.recv.get();
      c.recv.set(some(copyValue(deref(c.args[0]!))));
      return old;
    }
    case 'as_ref': case 'as_mut': {
      const r = c.recv.get();
      if (inner === undefined || r.t !== 'enum') return none();
      return some({ t: 'ref', mut: c.name === 'as_mut', place: new SlotPlace(r.fields, '0') });
    }
  }
  return undefined;
}

/** Spec `a + b`, `a - b`, `a * b` on sets: vstd's union, difference, intersection. */
export function setOperator(op: '+' | '-' | '*', a: Value[], b: Value[]): Value {
  const inB = (x: Value) => b.some((y) => valueEquals(x, y));
  if (op === '+') return { t: 'set', elems: dedupe([...a, ...b]) };
  return { t: 'set', elems: a.filter((x) => (op === '*') === inB(x)) };
}
