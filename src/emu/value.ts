/**
 * Run-time values of the emulator.
 *
 * Compound values are mutable JS objects; Rust's value semantics are kept by copying
 * whenever a value is read out of a place (see Interpreter.readPlace), so two variables
 * never share a compound value. References are pointers to places, so `&mut` arguments
 * mutate the caller's variable, field or element.
 */
import type { IntKind } from '../check/types.js';
import type { Expr } from '../syntax/ast.js';
import { NotEvaluable } from './errors.js';

export type Value =
  | IntValue
  | { t: 'bool'; v: boolean }
  | { t: 'char'; v: string }
  | { t: 'str'; v: string }
  /** Tuples; the unit value is a tuple with no elements. */
  | { t: 'tuple'; elems: Value[] }
  /** Named, tuple ('0', '1', ...) and unit structs; `name` is the qualified name. */
  | { t: 'struct'; name: string; fields: Record<string, Value> }
  /** Enum variants, Option included (name 'Option', variants 'Some'/'None'). */
  | EnumValue
  | { t: 'vec'; elems: Value[] }
  | { t: 'array'; elems: Value[] }
  /** Spec-only collections, built while evaluating specifications. */
  | { t: 'seq'; elems: Value[] }
  | { t: 'set'; elems: Value[] }
  | { t: 'map'; entries: [Value, Value][] }
  | RefValue
  /** Ghost and tracked values: erased, as compiled Verus code erases them. */
  | { t: 'erased' }
  /** A spec closure (specifications only): its parameters, body and where it was made. */
  | ClosureValue
  /** A `let x;` not yet assigned. */
  | { t: 'uninit' };

export interface ClosureValue { t: 'closure'; params: string[]; body: Expr; env: unknown }
export interface IntValue { t: 'int'; kind: IntKind; v: bigint }
export interface EnumValue { t: 'enum'; name: string; variant: string; fields: Record<string, Value> }
export interface RefValue { t: 'ref'; mut: boolean; place: Place }

/** A storage location: a variable's cell, a struct/tuple field or a Vec/array element. */
export interface Place {
  get(): Value;
  set(v: Value): void;
}

/**
 * Counts writes to storage (cells, fields, elements, Vec contents). A result computed
 * from values while the epoch stays the same is still valid (see spec-memo.ts).
 */
export const heap = { epoch: 0 };

/** A variable's storage. */
export class Cell implements Place {
  constructor(public value: Value) {}
  get(): Value { return this.value; }
  set(v: Value): void {
    heap.epoch++;
    this.value = v;
  }
}

/** A slot of a JS container: a field record or an element array. */
export class SlotPlace implements Place {
  constructor(private readonly container: Record<string, Value> | Value[], private readonly key: string | number) {}
  get(): Value {
    return (this.container as Record<string | number, Value>)[this.key]!;
  }
  set(v: Value): void {
    heap.epoch++;
    (this.container as Record<string | number, Value>)[this.key] = v;
  }
}

export const UNIT_VALUE: Value = { t: 'tuple', elems: [] };
export const ERASED: Value = { t: 'erased' };

export const int = (v: bigint, kind: IntKind = 'int'): IntValue => ({ t: 'int', kind, v });
export const bool = (v: boolean): Value => ({ t: 'bool', v });
export const unit = (): Value => ({ t: 'tuple', elems: [] });
export const some = (v: Value): EnumValue => ({ t: 'enum', name: 'Option', variant: 'Some', fields: { '0': v } });
export const none = (): EnumValue => ({ t: 'enum', name: 'Option', variant: 'None', fields: {} });
export const vec = (elems: Value[]): Value => ({ t: 'vec', elems });
/** A reference to a fresh cell holding v (for harnesses passing `&mut` arguments). */
export const refTo = (place: Place, mut = true): RefValue => ({ t: 'ref', mut, place });

/** Follows references to the referenced value. */
export function deref(v: Value): Value {
  while (v.t === 'ref') v = v.place.get();
  return v;
}

/**
 * A copy that shares nothing mutable with the original (references are copied as
 * pointers, as Rust copies `&T`).
 */
export function copyValue(v: Value): Value {
  switch (v.t) {
    case 'tuple': return v.elems.length === 0 ? v : { t: 'tuple', elems: v.elems.map(copyValue) };
    case 'struct': return { t: 'struct', name: v.name, fields: copyRecord(v.fields) };
    case 'enum': return { t: 'enum', name: v.name, variant: v.variant, fields: copyRecord(v.fields) };
    case 'vec': return { t: 'vec', elems: v.elems.map(copyValue) };
    case 'array': return { t: 'array', elems: v.elems.map(copyValue) };
    default: return v; // scalars, spec collections (never mutated in place), refs, erased
  }
}

function copyRecord(r: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of Object.keys(r)) out[k] = copyValue(r[k]!);
  return out;
}

/** Structural equality (Rust's derived PartialEq; spec `==` and `=~=`). */
export function valueEquals(a: Value, b: Value): boolean {
  a = deref(a);
  b = deref(b);
  switch (a.t) {
    case 'int': return b.t === 'int' && a.v === b.v;
    case 'bool': case 'char': case 'str': return b.t === a.t && a.v === b.v;
    case 'tuple': return b.t === 'tuple' && elemsEqual(a.elems, b.elems);
    case 'vec': case 'array': case 'seq':
      return (b.t === 'vec' || b.t === 'array' || b.t === 'seq') && elemsEqual(a.elems, b.elems);
    case 'struct': return b.t === 'struct' && a.name === b.name && recordsEqual(a.fields, b.fields);
    case 'enum': return b.t === 'enum' && a.variant === b.variant && recordsEqual(a.fields, b.fields);
    case 'set':
      return b.t === 'set' && a.elems.length === b.elems.length && a.elems.every((x) => b.elems.some((y) => valueEquals(x, y)));
    case 'map':
      return b.t === 'map' && a.entries.length === b.entries.length
        && a.entries.every(([k, v]) => b.entries.some(([k2, v2]) => valueEquals(k, k2) && valueEquals(v, v2)));
    case 'erased': case 'uninit': case 'ref': return false;
    // (whether two closures are equal is no computation)
    case 'closure': throw new NotEvaluable('`==` on spec closures');
  }
}

function elemsEqual(a: Value[], b: Value[]): boolean {
  return a.length === b.length && a.every((x, i) => valueEquals(x, b[i]!));
}

function recordsEqual(a: Record<string, Value>, b: Record<string, Value>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b && valueEquals(a[k]!, b[k]!));
}

/** Rust-ish text of a value, for messages and counterexample-style output. */
export function showValue(v: Value, depth = 0): string {
  if (depth > 6) return '..';
  const s = (x: Value) => showValue(x, depth + 1);
  switch (v.t) {
    case 'int': return v.v.toString();
    case 'bool': return String(v.v);
    case 'char': return `'${v.v}'`;
    case 'str': return JSON.stringify(v.v);
    case 'tuple': return `(${v.elems.map(s).join(', ')}${v.elems.length === 1 ? ',' : ''})`;
    case 'struct': return `${v.name.split('::').pop()} ${showFields(v.fields, s)}`.trimEnd();
    case 'enum': return `${v.name === 'Option' ? '' : v.name.split('::').pop() + '::'}${v.variant}${showFields(v.fields, s)}`;
    case 'vec': return `[${v.elems.map(s).join(', ')}]`;
    case 'array': return `[${v.elems.map(s).join(', ')}]`;
    case 'seq': return `seq![${v.elems.map(s).join(', ')}]`;
    case 'set': return `set{${v.elems.map(s).join(', ')}}`;
    case 'map': return `map{${v.entries.map(([k, x]) => `${s(k)} => ${s(x)}`).join(', ')}}`;
    case 'ref': return `&${v.mut ? 'mut ' : ''}${s(v.place.get())}`;
    case 'erased': return '<ghost>';
    case 'uninit': return '<uninit>';
    case 'closure': return `|${v.params.join(', ')}| ..`;
  }
}

function showFields(fields: Record<string, Value>, s: (v: Value) => string): string {
  const keys = Object.keys(fields);
  if (keys.length === 0) return '';
  if (keys.every((k, i) => k === String(i))) return `(${keys.map((k) => s(fields[k]!)).join(', ')})`;
  return `{ ${keys.map((k) => `${k}: ${s(fields[k]!)}`).join(', ')} }`;
}
