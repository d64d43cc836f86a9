/**
 * `opt.map(|x| body)` with a closure literal in exec code (src/check/option-map.ts): the
 * receiver once, then `Some(body)` with `x` its value when it is `Some`, else `None`.
 */
import { mapClosure, thenClosure } from '../check/option-map.js';
import type { Type } from '../check/types.js';
import type { MethodCallExpr } from '../syntax/ast.js';
import { lowerExpr, terminates, tyOf } from './lower-expr.js';
import { coerce, Cx, IrUnsupported, varOf } from './lower-context.js';
import type { IrExpr, IrStmt } from './types.js';

const BOOL: Type = { k: 'bool' };

export function lowerOptionMap(cx: Cx, e: MethodCallExpr): IrExpr | undefined {
  const c = mapClosure(e);
  if (!c) return undefined;
  const p = c.params[0]!;
  if (cx.pure || p.id === undefined || e.res?.kind !== 'builtin') throw new IrUnsupported('`Option::map` with a closure here', e.span);
  const [elem, ret] = e.res.typeArgs as [Type, Type];
  const ty = tyOf(e);
  const recvTy = e.receiver.ty ?? { k: 'builtin', name: 'Option', args: [elem] };
  const opt = cx.temp('opt', recvTy);
  cx.emit({ k: 'let', local: opt, init: lowerExpr(cx, e.receiver), span: e.receiver.span });
  const o = varOf(opt, e.span);
  const t = cx.temp('map', ty);
  cx.emit({ k: 'let', local: t, span: e.span });
  const put = (value: IrExpr): IrStmt => ({ k: 'assign', place: { root: t.id, name: t.name, rootTy: ty, proj: [], ty }, value, span: value.span });
  const some = cx.collect(() => {
    const x = cx.local(p.id!, p.name, elem, cx.ghost ? 'ghost' : 'exec', 'let');
    if (!cx.ghost) cx.execValues.add(p.id!);
    cx.emit({ k: 'let', local: x, init: { k: 'field', base: o, name: '0', variant: 'Some', ty: elem, span: p.span }, span: p.span });
    return lowerExpr(cx, c.body);
  });
  const thenStmts = terminates(some.stmts) ? some.stmts
    : [...some.stmts, put({ k: 'ctor', adt: 'Option', variant: 'Some', fields: [{ name: '0', value: coerce(some.value, ret) }], ty, span: c.body.span })];
  const none: IrExpr = { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty, span: e.span };
  cx.emit({ k: 'branch', cond: { k: 'is_variant', arg: o, variant: 'Some', ty: BOOL, span: e.span }, then: thenStmts, else: [put(none)], span: e.span });
  return varOf(t, e.span);
}

/**
 * `cond.then(|| body)` with a closure literal in exec code (src/check/option-map.ts): the
 * condition once, then `Some(body)` when it holds, else `None`.
 */
export function lowerBoolThen(cx: Cx, e: MethodCallExpr): IrExpr | undefined {
  const c = thenClosure(e);
  if (!c) return undefined;
  if (cx.pure || e.res?.kind !== 'builtin') throw new IrUnsupported('`bool::then` with a closure here', e.span);
  const [ret] = e.res.typeArgs as [Type];
  const ty = tyOf(e);
  const cond = cx.temp('cond', BOOL);
  cx.emit({ k: 'let', local: cond, init: lowerExpr(cx, e.receiver), span: e.receiver.span });
  const t = cx.temp('then', ty);
  cx.emit({ k: 'let', local: t, span: e.span });
  const put = (value: IrExpr): IrStmt => ({ k: 'assign', place: { root: t.id, name: t.name, rootTy: ty, proj: [], ty }, value, span: value.span });
  const some = cx.collect(() => lowerExpr(cx, c.body));
  const thenStmts = terminates(some.stmts) ? some.stmts
    : [...some.stmts, put({ k: 'ctor', adt: 'Option', variant: 'Some', fields: [{ name: '0', value: coerce(some.value, ret) }], ty, span: c.body.span })];
  const none: IrExpr = { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty, span: e.span };
  cx.emit({ k: 'branch', cond: varOf(cond, e.span), then: thenStmts, else: [put(none)], span: e.span });
  return varOf(t, e.span);
}
