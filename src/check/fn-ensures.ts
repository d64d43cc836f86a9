/**
 * `T::from.ensures((x,), r)` and `call_ensures(T::from, (x,), r)` (also `T::into`) for a
 * type parameter T whose bound is std's `From<X>` (`Into<U>`): the ensures of the member
 * reached through the bound, which is lib/vstd's predicate BOUND_ENSURES names. The
 * expression becomes a call of that spec fn on the tuple's elements and the result (the
 * node is rewritten in place, so later stages see an ordinary spec call). Other functions'
 * `.ensures` / `.requires` stay `not supported`.
 */
import type { CallExpr, Expr, MethodCallExpr, PathExpr } from '../syntax/ast.js';
import { VSTD_CRATE } from '../syntax/vstd-lib.js';
import type { BodyChecker, Cx } from './context.js';
import { checkExpr } from './expr.js';
import { checkCallMode } from './modes.js';
import { boundArg, stdBounds } from './operators.js';
import { walkPath } from './paths.js';
import { BOUND_ENSURES, type Resolution } from './resolution.js';
import type { Type } from './types.js';

const BOOL: Type = { k: 'bool' };

/** `P::m.ensures(args, ret)`; undefined when the receiver is not a bound's std member. */
export function boundEnsuresMethod(bc: BodyChecker, e: MethodCallExpr, cx: Cx): Type | undefined {
  if (e.method !== 'ensures' || e.args.length !== 2 || e.receiver.kind !== 'path') return undefined;
  return rewrite(bc, e, e.receiver, e.args[0]!, e.args[1]!, cx);
}

/** `call_ensures(P::m, args, ret)`. */
export function boundEnsuresCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  if (callee.segments.length !== 1 || callee.segments[0] !== 'call_ensures' || e.args.length !== 3 || e.args[0]!.kind !== 'path') return undefined;
  if (walkPath(bc.scope, ['call_ensures']).def?.kind === 'fn') return undefined; // the crate's own fn of that name
  return rewrite(bc, e, e.args[0] as PathExpr, e.args[1]!, e.args[2]!, cx);
}

function rewrite(bc: BodyChecker, e: Expr, target: PathExpr, args: Expr, ret: Expr, cx: Cx): Type | undefined {
  const [param, member] = target.segments;
  if (target.segments.length !== 2 || !param || !bc.scope.generics.has(param)) return undefined;
  const member2 = member === 'from' ? 'From' : member === 'into' ? 'Into' : undefined;
  if (!member2) return undefined;
  const bound = stdBounds(bc, param).filter((b) => b.name === member2 && b.args.length === 1);
  if (bound.length !== 1) return undefined;
  const other = boundArg(bc, bound[0]!);
  const p: Type = { k: 'param', name: param };
  // From<X> for P: from(X) -> P; Into<U> for P: into(P) -> U
  const [argTy, retTy] = member2 === 'From' ? [other, p] : [p, other];
  const qname = BOUND_ENSURES[`${member2}::${member}`]!;
  const fn = vstdFn(bc, qname);
  if (!fn) {
    bc.diags.unsupported(`\`${param}::${member}\` as a value (lib/vstd's \`${qname}\` is not loaded)`, target.span);
    return undefined;
  }
  if (args.kind !== 'tuple' || args.elems.length !== 1) {
    bc.diags.unsupported(`the arguments of \`${param}::${member}\` given other than as a tuple expression \`(x,)\``, args.span);
    return { k: 'error' };
  }
  checkCallMode(bc, cx, 'spec', qname, e.span);
  const res: Resolution = { kind: 'fn', qname, decl: fn, typeArgs: member2 === 'From' ? [other, p] : [p, other] };
  const callee: PathExpr = { kind: 'path', segments: qname.split('::'), generics: [], span: target.span, res };
  const x = args.elems[0]!;
  checkExpr(bc, x, { mode: 'spec' }, argTy);
  checkExpr(bc, ret, { mode: 'spec' }, retTy);
  // the node becomes the spec call `ensures_from::<X, P>(x, ret)`
  const node = e as unknown as Record<string, unknown>;
  for (const k of Object.keys(node)) if (k !== 'span' && k !== 'ty') delete node[k];
  Object.assign(node, { kind: 'call', callee, args: [x, ret] } satisfies Omit<CallExpr, 'span'>);
  bc.record(callee, BOOL);
  return BOOL;
}

function vstdFn(bc: BodyChecker, qname: string): Extract<Resolution, { kind: 'fn' }>['decl'] | undefined {
  const root = bc.tables.name === VSTD_CRATE ? bc.tables.root : bc.tables.externCrates.get(VSTD_CRATE);
  if (!root) return undefined;
  const d = walkPath({ tables: bc.tables, module: root }, qname.split('::').slice(1)).def;
  return d?.kind === 'fn' ? d.fn.decl : undefined;
}
