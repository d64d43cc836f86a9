/**
 * `opt.map(|x| body)` in exec code with a closure literal (as svsm's `checked_add(..).map(|a|
 * a.into())`): the closure runs on the value of a `Some`, once, so the call means
 * `match opt { Some(x) => Some(body), None => None }`, which is how the IR (src/ir/lower-call.ts)
 * and the emulator run it. Verus knows the result only through the closure's `ensures`;
 * knowing the body's value is more, and sound. A `return` or `?` inside the closure would
 * leave the closure, not the fn: not supported (closures with `requires`/`ensures` are
 * refused by the parser).
 */
import type { ClosureExpr, Expr, MethodCallExpr } from '../syntax/ast.js';
import type { BodyChecker, Cx } from './context.js';
import { checkExpr } from './expr.js';
import { lowerType } from './lower-type.js';
import { BOOL_THEN, OPTION_MAP } from './resolution.js';
import { closureType, type Type } from './types.js';


export function optionMapCall(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx, expected?: Type): Type | undefined {
  const s = bc.infer.shallow(recv);
  const c = e.args[0];
  if (e.method !== 'map' || e.args.length !== 1 || cx.mode !== 'exec' || s.k !== 'builtin' || s.name !== 'Option' || c?.kind !== 'closure' || c.params.length !== 1) return undefined;
  const elem = s.args[0]!;
  if (leavesClosure(c.body)) {
    bc.diags.unsupported('`return` or `?` inside a closure passed to `Option::map`', c.span);
    return { k: 'error' };
  }
  const ret = bc.withScope(() => {
    const p = c.params[0]!;
    const pt = p.ty ? lowerType(p.ty, bc.scope, bc.diags) : elem;
    if (!bc.infer.unify(pt, elem) && !bc.isErrorLike(pt)) bc.diags.mismatch(bc.show(elem), bc.show(pt), p.span);
    p.id = bc.declare(p.name, elem, 'exec', false).id;
    // the body's expected type: the closure's annotation, else what the call's context wants inside `Option`
    const want = expected ? bc.infer.shallow(expected) : undefined;
    const inner = want?.k === 'builtin' && want.name === 'Option' ? want.args[0] : undefined;
    return checkExpr(bc, c.body, cx, c.ret ? lowerType(c.ret, bc.scope, bc.diags) : inner);
  });
  e.res = { kind: 'builtin', name: OPTION_MAP, typeArgs: [elem, ret] };
  return { k: 'builtin', name: 'Option', args: [ret] };
}

/**
 * `cond.then(|| body)` in exec code with a closure literal (svsm's `(a <= v).then(|| v - a)`):
 * std's `bool::then` runs the closure when `cond` holds, so the call means
 * `if cond { Some(body) } else { None }` (the IR: src/ir/lower-option-map.ts; the emulator the same).
 */
export function boolThenCall(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx, expected?: Type): Type | undefined {
  const s = bc.infer.shallow(recv);
  const c = e.args[0];
  if (e.method !== 'then' || e.args.length !== 1 || cx.mode !== 'exec' || s.k !== 'bool' || c?.kind !== 'closure' || c.params.length !== 0) return undefined;
  if (leavesClosure(c.body)) {
    bc.diags.unsupported('`return` or `?` inside a closure passed to `bool::then`', c.span);
    return { k: 'error' };
  }
  const want = expected ? bc.infer.shallow(expected) : undefined;
  const inner = want?.k === 'builtin' && want.name === 'Option' ? want.args[0] : undefined;
  const ret = bc.withScope(() => checkExpr(bc, c.body, cx, c.ret ? lowerType(c.ret, bc.scope, bc.diags) : inner));
  e.res = { kind: 'builtin', name: BOOL_THEN, typeArgs: [ret] };
  c.ty = closureType([], ret);
  bc.later(() => { c.ty = bc.infer.zonk(c.ty!); });
  return { k: 'builtin', name: 'Option', args: [ret] };
}

/** Whether `return` or `?` occurs in a closure body outside nested closures. */
function leavesClosure(body: Expr): boolean {
  let found = false;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const o = node as { kind?: unknown };
    if (o.kind === 'return' || o.kind === 'try') {
      found = true;
      return;
    }
    if (o.kind === 'closure') return;
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && k !== 'ty' && k !== 'res' && typeof v === 'object') visit(v);
  };
  visit(body);
  return found;
}

/** The closure argument of a `bool::then` call the checker resolved so. */
export function thenClosure(e: MethodCallExpr): ClosureExpr | undefined {
  const c = e.args[0];
  return e.res?.kind === 'builtin' && e.res.name === BOOL_THEN && c?.kind === 'closure' ? c : undefined;
}

/** The closure argument of an `Option::map` call the checker resolved so. */
export function mapClosure(e: MethodCallExpr): ClosureExpr | undefined {
  const c = e.args[0];
  return e.res?.kind === 'builtin' && e.res.name === OPTION_MAP && c?.kind === 'closure' ? c : undefined;
}
