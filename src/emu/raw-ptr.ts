/**
 * Casts of raw pointers at run time (src/check/raw-ptr.ts): a pointer value is the struct of
 * lib/vstd/raw_ptr.rs, its address a field and its provenance erased ghost state. `ptr as
 * usize` reads the address (truncated to a narrower integer type); a cast to the other
 * mutability keeps the value.
 */
import { isRawPtr } from '../check/raw-ptr.js';
import type { Type } from '../check/types.js';
import { wrap } from './arith.js';
import type { Value } from './value.js';

/** The value of `v as ty` when `v` is a raw pointer; undefined for other values. */
export function ptrCastValue(v: Value, ty: Type | undefined): Value | undefined {
  if (v.t !== 'struct' || !isRawPtr({ k: 'adt', name: v.name, args: [] }) || !ty) return undefined;
  let to = ty;
  while (to.k === 'ref') to = to.inner;
  const addr = v.fields.addr;
  if (to.k === 'int' && addr?.t === 'int' && to.kind !== 'int' && to.kind !== 'nat') return { t: 'int', kind: to.kind, v: wrap(addr.v, to.kind) };
  if (isRawPtr(to)) return { t: 'struct', name: to.name, fields: { ...v.fields } };
  return undefined;
}
