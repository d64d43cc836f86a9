/**
 * `e as u64` with `e` of a field-less enum: its variant's discriminant (Rust's values: the
 * explicit `A = 3`, else one more than the previous variant's, from 0), then converted to the
 * target as integer casts are. An enum with fields, or a discriminant the checker could not
 * evaluate, stays `not supported`.
 */
import type { EnumInfo } from './program.js';

/** Why `as` on this enum is not supported, or undefined when every variant's discriminant is known. */
export function enumCastBlocker(info: EnumInfo): string | undefined {
  if (info.generics.length > 0) return 'a generic enum';
  if (info.variants.length === 0) return 'an enum without variants';
  if (info.variants.some((v) => v.fields.length > 0)) return 'an enum with fields';
  if (info.variants.some((v) => v.discriminant === undefined)) return 'a discriminant that could not be evaluated';
  return undefined;
}
