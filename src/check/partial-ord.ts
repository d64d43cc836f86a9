/**
 * Exec `a < b` (and `<=`, `>`, `>=`) on a type of the crate with an impl of vstd's
 * `PartialOrdSpecImpl` (its `PartialOrd` is derived, outside what the checker reads): the
 * result is what vstd's spec of `PartialOrd::lt` and friends says, under the impl's
 * `obeys_partial_cmp_spec()`: `lt` is `partial_cmp_spec(a, b) == Some(Less)`, `le` is
 * `Some(Less)` or `Some(Equal)`, and so on. The lowering (src/ir/lower-partial-ord.ts) gives
 * the comparison an unknown result tied to the spec by that fact.
 */
import type { BinaryExpr } from '../syntax/ast.js';
import type { BodyChecker, Cx } from './context.js';
import { ghostCode } from './context.js';
import { stdImplsOf, traitArgKey } from './std-traits.js';
import type { Type } from './types.js';

/** Whether the comparison is through a `PartialOrdSpecImpl` (then `e.ordSpec` is set); false leaves it to the built-in rules. */
export function partialOrdCompare(bc: BodyChecker, e: BinaryExpr, l: Type, r: Type, cx: Cx): boolean {
  if (ghostCode(cx)) return false;
  const s = bc.stripRefs(l);
  if (s.k !== 'adt') return false;
  const impl = stdImplsOf(bc.tables, s.name, 'PartialOrdSpecImpl').find((ti) => ti.ctx.generics.length === 0 && traitArgKey(bc.tables, ti) === s.name);
  const obeys = impl?.fns.get('obeys_partial_cmp_spec');
  const spec = impl?.fns.get('partial_cmp_spec');
  if (!obeys || !spec) return false;
  const b = bc.stripRefs(r);
  if (!bc.infer.unify(s, b) && !bc.isErrorLike(b)) bc.diags.mismatch(bc.show(s), bc.show(b), e.right.span);
  e.ordSpec = { obeys: obeys.qname, spec: spec.qname };
  return true;
}
