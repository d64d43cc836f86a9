/**
 * Exec operators through a type parameter's operator-trait bound (src/check/op-specs.ts):
 * `a - b` checks the member's `requires` (`a.sub_req(b)`, lib/vstd's `OpSpecs`) and gives a
 * value `r` of the type with `OpSpecs::ensures_sub(a, b, r)` (what `call_ensures(T::sub,
 * (a, b), r)` means); `!a` likewise with `not`. An `==` whose `eq` is a type parameter's
 * gives a bool meeting `OpSpecs::ensures_eq`.
 */
import { OP_SPECS } from '../check/op-specs.js';
import { OP_BOUND } from '../check/resolution.js';
import type { Type } from '../check/types.js';
import { Cx, IrUnsupported, varOf } from './lower-context.js';
import type { IrExpr, IrSpan } from './types.js';

const BOOL: Type = { k: 'bool' };

/** The member an operator's resolution names (`sub` of `sub#opbound`), if it is one. */
export function boundOpMember(name: string | undefined): string | undefined {
  return name?.endsWith(OP_BOUND) ? name.slice(0, -OP_BOUND.length) : undefined;
}

export function lowerBoundOp(cx: Cx, member: string, self: Type, args: IrExpr[], span: IrSpan): IrExpr {
  const req = `${OP_SPECS}::${member}_req`;
  const ens = `${OP_SPECS}::ensures_${member}`;
  if (!cx.crate.fns.some((f) => f.qname === ens)) throw new IrUnsupported(`\`${member}\` through a bound (lib/vstd's \`${OP_SPECS}\` is not loaded)`, span);
  cx.check({ k: 'holds', cond: { k: 'spec_call', fn: req, typeArgs: [self], args, ty: BOOL, span } }, { kind: 'precondition', message: 'precondition not satisfied', labels: [] }, span);
  return result(cx, ens, self, args, self, span);
}

/** `a == b` of a type parameter: any bool that meets `ensures_eq(a, b, r)`. */
export function lowerBoundEq(cx: Cx, self: Type, args: IrExpr[], span: IrSpan): IrExpr | undefined {
  const ens = `${OP_SPECS}::ensures_eq`;
  if (cx.pure || !cx.crate.fns.some((f) => f.qname === ens)) return undefined;
  return result(cx, ens, self, args, BOOL, span);
}

function result(cx: Cx, ens: string, self: Type, args: IrExpr[], ty: Type, span: IrSpan): IrExpr {
  const t = cx.temp('bound', ty);
  cx.emit({ k: 'let', local: t, init: { k: 'arbitrary', of: 'bound', ...(cx.ghost ? {} : { execValue: true }), ty, span }, span });
  const r = varOf(t, span);
  cx.emit({ k: 'assume', cond: { k: 'spec_call', fn: ens, typeArgs: [self], args: [...args, r], ty: BOOL, span }, span });
  return r;
}
