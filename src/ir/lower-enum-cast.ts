/**
 * `e as T` of a unit-only enum (checked by src/check/enum-cast.ts): the discriminant of e's
 * variant, `if e is V0 { d0 } else if .. else { dn }`, each a constant converted as Rust
 * converts an `isize` discriminant to T (wrapped into T's range).
 */
import type { CheckedCrate } from '../check/program.js';
import { BOOL, intRange, type Type } from '../check/types.js';
import type { IrExpr, IrSpan } from './types.js';

/** The IR of the cast, or undefined when `x` is not of an enum of the crate. */
export function enumCast(crate: CheckedCrate, x: IrExpr, to: Type, span: IrSpan): IrExpr | undefined {
  const source = x.ty.k === 'ref' ? x.ty.inner : x.ty;
  if (source.k !== 'adt' || to.k !== 'int') return undefined;
  const info = crate.enums.get(source.name);
  if (!info) return undefined;
  const range = intRange(to.kind);
  const value = (d: bigint): IrExpr => ({ k: 'int', value: range ? wrapInto(d, range.min, range.max) : d, ty: to, span });
  const variants = info.variants;
  let out = value(variants[variants.length - 1]!.discriminant!);
  for (let i = variants.length - 2; i >= 0; i--) {
    const v = variants[i]!;
    out = { k: 'ite', cond: { k: 'is_variant', arg: x, variant: v.name, ty: BOOL, span }, then: value(v.discriminant!), else: out, ty: to, span };
  }
  return out;
}

function wrapInto(d: bigint, min: bigint, max: bigint): bigint {
  const size = max - min + 1n;
  return ((((d - min) % size) + size) % size) + min;
}
