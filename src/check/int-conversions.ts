/**
 * std's lossless `From` impls between integer types (`impl From<u8> for usize`), as vstd
 * specifies them: the result is the same integer. `call_ensures(usize::from, (x,), r)` and a
 * generic `T::from.ensures((x,), r)` instantiated at such a pair mean lib/vstd's
 * `ensures_from_int` (src/check/op-specs.ts, src/vc/spec-fns.ts).
 */
import type { IntKind, Type } from './types.js';

export const ENSURES_FROM_INT = 'vstd::std_specs::convert::ensures_from_int';

const LOSSLESS: Partial<Record<IntKind, readonly IntKind[]>> = {
  u8: ['u16', 'u32', 'u64', 'usize', 'u128'], u16: ['u32', 'u64', 'usize', 'u128'], u32: ['u64', 'u128'], u64: ['u128'],
  i8: ['i16', 'i32', 'i64', 'isize', 'i128'], i16: ['i32', 'i64', 'isize', 'i128'], i32: ['i64', 'i128'], i64: ['i128'],
};

/** Whether std converts `from` to `to` with a lossless `From` impl. */
export function losslessFrom(from: Type, to: Type): boolean {
  return from.k === 'int' && to.k === 'int' && (LOSSLESS[from.kind]?.includes(to.kind) ?? false);
}
