/**
 * Calls of fns with `with` ghost parameters (`#[verus_spec(with Tracked(p): Tracked<T> ..)]`).
 * Verus makes two fns of one: the verified one, with the `with` parameters after the written
 * ones, reached only through `proof_with!(..)` before the call; and an unverified copy under
 * the fn's name without them, whose precondition is `false` (a call of it fails where
 * verified). The parser appends the
 * `proof_with!` arguments to the call (`withArgs`); this pairs them with the parameters.
 */
import type { FnItem } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { BodyChecker } from './context.js';
import type { Type } from './types.js';

/** The parameter types the call's arguments are checked against (the arity check follows). */
export function withParamTys(bc: BodyChecker, decl: FnItem, call: { withArgs?: number }, paramTys: Type[], name: string, span: Span): Type[] {
  const nWith = decl.params.reduce((n, p) => n + (p.viaWith ? 1 : 0), 0);
  const short = name.split('::').pop() ?? name;
  if (call.withArgs === undefined) {
    if (nWith === 0) return paramTys;
    // the unverified copy (its precondition `false` fails where verified: ir/lower-unverified-copy.ts)
    return paramTys.slice(0, paramTys.length - nWith);
  }
  if (nWith === 0) {
    bc.diags.error('type', `\`${short}\` has no \`with\` ghost parameters for \`proof_with!\` to pass (Verus looks for \`_VERUS_VERIFIED_${short}\`)`, span);
    // (the arguments are still checked, without a second report of their count)
    return [...paramTys, ...Array.from({ length: call.withArgs }, () => bc.infer.fresh())];
  }
  return paramTys;
}
