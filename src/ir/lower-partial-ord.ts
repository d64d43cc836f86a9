/**
 * Exec `a < b` through a `PartialOrdSpecImpl` (src/check/partial-ord.ts): the comparison's
 * result is an unknown bool `r`, known by vstd's spec of `PartialOrd::lt` (`le`, `gt`, `ge`):
 * `obeys_partial_cmp_spec() ==> (r <==> partial_cmp_spec(a, b)` is one of the op's orderings`)`.
 */
import { BOOL, type Type } from '../check/types.js';
import type { BinaryExpr } from '../syntax/ast.js';
import { IrUnsupported, varOf, type Cx } from './lower-context.js';
import type { IrExpr, IrSpan } from './types.js';

/** The orderings for which each comparison is true. */
const ORDERINGS: Record<string, string[]> = { '<': ['Less'], '<=': ['Less', 'Equal'], '>': ['Greater'], '>=': ['Greater', 'Equal'] };

export function partialOrdCompare(cx: Cx, e: BinaryExpr & { ordSpec: { obeys: string; spec: string } }, a: IrExpr, b: IrExpr, span: IrSpan): IrExpr {
  const orderings = ORDERINGS[e.op];
  const spec = cx.crate.fns.find((f) => f.qname === e.ordSpec.spec);
  const cmpTy = spec?.retTy;
  const ordTy = cmpTy?.k === 'builtin' && cmpTy.name === 'Option' ? cmpTy.args[0] : undefined;
  if (!orderings || !cmpTy || ordTy?.k !== 'adt') throw new IrUnsupported(`\`${e.op}\` through \`${e.ordSpec.spec}\``, span);
  const cmp: IrExpr = { k: 'spec_call', fn: e.ordSpec.spec, typeArgs: [], args: [a, b], ty: cmpTy, span };
  const some = (variant: string): IrExpr => ({
    k: 'ctor', adt: 'Option', variant: 'Some', ty: cmpTy,
    fields: [{ name: '0', value: { k: 'ctor', adt: (ordTy as Type & { k: 'adt' }).name, variant, fields: [], ty: ordTy, span } }], span,
  });
  const holds = orderings.map((o): IrExpr => ({ k: 'cmp', op: 'eq', left: cmp, right: some(o), ty: BOOL, span }))
    .reduce((x, y) => ({ k: 'logic', op: 'or', left: x, right: y, ty: BOOL, span }));
  const r = cx.temp('cmp', BOOL);
  cx.emit({ k: 'let', local: r, init: { k: 'arbitrary', ty: BOOL, span }, span });
  const obeys: IrExpr = { k: 'spec_call', fn: e.ordSpec.obeys, typeArgs: [], args: [], ty: BOOL, span };
  const fact: IrExpr = { k: 'logic', op: 'implies', left: obeys, right: { k: 'logic', op: 'iff', left: varOf(r, span), right: holds, ty: BOOL, span }, ty: BOOL, span };
  cx.emit({ k: 'assume', cond: fact, span });
  return varOf(r, span);
}
