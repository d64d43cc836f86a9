/**
 * Verus's builtin `Integer` trait as a bound: only the integer types (`u8`..`i128`, `usize`,
 * `isize`, `int`, `nat`) implement it, so `x as int` of a type parameter `T: Integer`
 * (directly, or through a crate trait's supertraits) is the integer the value is; the IR
 * lowers it to a `param_to_int` cast (src/ir/lower-expr.ts), which the SMT encoding makes
 * the value itself once `T` is known and an uninterpreted integer of the value otherwise.
 */
import type { BodyChecker } from './context.js';
import { stdBounds } from './operators.js';

/** Whether type parameter `param` is bounded by the builtin `Integer` (a trait the crate does not declare). */
export function hasIntegerBound(bc: BodyChecker, param: string): boolean {
  return stdBounds(bc, param).some((b) => b.name === 'Integer' && b.args.length === 0);
}
