/**
 * `e as u64` for an enum whose variants are all units (as rustc allows): the variant's
 * discriminant (`Free = 0`, or one more than the previous), converted as an `isize` constant
 * is (src/ir/lower-enum-cast.ts). Undefined when castable, else what is not modelled.
 */
import type { EnumInfo } from './program.js';
import type { Type } from './types.js';

export function enumCastProblem(info: EnumInfo | undefined, to: Type): string | undefined {
  if (!info || info.generics.length > 0 || info.variants.length === 0) return 'an enum that is generic or has no variants';
  if (info.variants.some((v) => v.shape !== 'unit')) return 'an enum with fields';
  if (info.variants.some((v) => v.discriminant === undefined)) return 'a discriminant that is not a constant';
  if (to.k !== 'int' || to.kind === 'nat') return 'a cast to `nat`';
  return undefined;
}
