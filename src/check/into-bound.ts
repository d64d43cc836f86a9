/**
 * `x.into()` where the expected type is a type parameter `P` bounded by `From<X>` and x is
 * an `X` (svsm: `self.bits().checked_add(off).map(|a| a.into())` in a default method of
 * `trait Address: From<usize>`): std's blanket `impl<T, U: From<T>> Into<U> for T` makes it
 * `P::from(x)`, whose result meets `call_ensures(P::from, (x,), r)` (vstd's `into` ensures
 * exactly that), as a call through the bound does (operators.ts, boundFromCall).
 */
import type { MethodCallExpr } from '../syntax/ast.js';
import type { BodyChecker, Cx } from './context.js';
import { checkCallMode } from './modes.js';
import { boundArg, stdBounds } from './operators.js';
import { BOUND_MEMBER_SUFFIX } from './resolution.js';
import { typeToString, type Type } from './types.js';

export function intoBoundParam(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx, expected: Type | undefined): Type | undefined {
  if (e.method !== 'into' || e.args.length !== 0 || !expected) return undefined;
  const p = bc.infer.shallow(expected);
  if (p.k !== 'param') return undefined;
  const x = bc.infer.shallow(recv);
  const from = stdBounds(bc, p.name).filter((b) => b.name === 'From' && b.args.length === 1).map((b) => boundArg(bc, b));
  const fits = from.filter((t) => typeToString(t) === typeToString(x));
  if (fits.length !== 1) return undefined;
  e.res = { kind: 'builtin', name: `From::from${BOUND_MEMBER_SUFFIX}`, typeArgs: [fits[0]!, p] };
  checkCallMode(bc, cx, 'exec', 'From::from', e.span);
  return p;
}
