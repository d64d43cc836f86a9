/**
 * `e as T` with `e` of a field-less enum (the checker allows only those whose discriminants
 * it evaluated, src/check/enum-cast.ts): the discriminant of e's variant as an `int`, which
 * the ordinary integer cast then takes to T (a discriminant fits the enum's repr type, so
 * Rust's `as` is that value wrapped to T).
 */
import type { CheckedCrate } from '../check/program.js';
import { INT, type Type } from '../check/types.js';
import { IrUnsupported } from './lower-context.js';
import type { IrExpr, IrSpan } from './types.js';

export function enumDiscriminant(crate: CheckedCrate, x: IrExpr, enumTy: Type & { k: 'adt' }, span: IrSpan): IrExpr {
  const info = crate.enums.get(enumTy.name);
  const vs = info?.variants ?? [];
  if (vs.length === 0 || vs.some((v) => v.discriminant === undefined || v.fields.length > 0)) {
    throw new IrUnsupported(`casting enum \`${enumTy.name}\` to an integer`, span);
  }
  // the last variant is the `else`: a value of the enum is one of its variants
  let out: IrExpr = { k: 'int', value: vs[vs.length - 1]!.discriminant!, ty: INT, span };
  for (let i = vs.length - 2; i >= 0; i--) {
    const v = vs[i]!;
    out = { k: 'ite', cond: { k: 'is_variant', arg: x, variant: v.name, ty: { k: 'bool' }, span }, then: { k: 'int', value: v.discriminant!, ty: INT, span }, else: out, ty: INT, span };
  }
  return out;
}
