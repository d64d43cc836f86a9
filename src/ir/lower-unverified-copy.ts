/**
 * A call of a fn with `with` ghost parameters made without `proof_with!`: in Verus it calls the
 * fn's unverified copy (the `with` parameters left out, `requires false`, no `ensures`), so the
 * call's precondition fails. After the failed check the path is dead; the result is arbitrary.
 */
import type { FnInfo } from '../check/program.js';
import type { Type } from '../check/types.js';
import type { Expr } from '../syntax/ast.js';
import { boolLit, type Cx } from './lower-context.js';
import type { IrExpr, IrSpan } from './types.js';

export function unverifiedCopyCall(cx: Cx, info: FnInfo, argExprs: Expr[], ty: Type, span: IrSpan): IrExpr | undefined {
  const nWith = info.decl.params.reduce((n, p) => n + (p.viaWith ? 1 : 0), 0);
  if (nWith === 0 || argExprs.length !== info.decl.params.length - nWith) return undefined;
  cx.check({ k: 'holds', cond: boolLit(false, span) }, {
    kind: 'precondition', message: 'precondition not satisfied',
    primaryLabel: 'without `proof_with!`, the unverified copy, which requires `false`', labels: [],
  }, span);
  return { k: 'arbitrary', ty, span };
}
