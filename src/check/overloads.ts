/**
 * Calls of a member that several impls of one generic std trait define on one type
 * (`VirtAddr::from_spec(v)` with `FromSpecImpl<usize>` and `FromSpecImpl<u64>`,
 * `a.sub_spec(b)` with `SubSpecImpl<VirtAddr>` and `SubSpecImpl<usize>`): as rustc does,
 * the impl is the one whose parameter types the arguments have. The arguments are checked
 * first, without an expected type; a call no impl (or more than one) answers is refused.
 */
import type { CallExpr, Expr, MethodCallExpr, PathExpr } from '../syntax/ast.js';
import type { BodyChecker, Cx } from './context.js';
import { checkExpr } from './expr.js';
import { checkCalleeVerified, checkCallMode } from './modes.js';
import { ownerKeyOf } from './operators.js';
import { walkPath } from './paths.js';
import { primOwnerKey, typeOwnerKey } from './prelude.js';
import type { Resolution } from './resolution.js';
import type { FnEntry } from './scopes.js';
import { overloadsOf } from './traits.js';
import { fitGeneric, type GenericFit } from './generic-impl.js';
import { typeToString, type Type } from './types.js';

const ERR: Type = { k: 'error' };

/** `Owner::name(args)` where several impls give Owner a member `name`; undefined when not that. */
export function overloadedCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  const segs = callee.segments;
  if (segs.length < 2) return undefined;
  const owner = ownerKeyOf(bc, walkPath(bc.scope, segs.slice(0, -1)).def);
  const name = segs[segs.length - 1]!;
  const cands = owner ? overloadsOf(bc.tables, owner, name) : undefined;
  if (!cands) return undefined;
  return resolveOverload(bc, cands, [], e.args, cx, e.span, `${segs.slice(0, -1).join('::')}::${name}`, (res) => { callee.res = res; });
}

/** `recv.name(args)` with recv of a type on which several impls define `name`. */
export function overloadedMethod(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx): Type | undefined {
  const owner = recv.k === 'adt' || recv.k === 'tuple' || recv.k === 'array' || recv.k === 'slice' ? typeOwnerKey(recv) : recv.k === 'int' ? primOwnerKey(recv) : undefined;
  const cands = owner ? overloadsOf(bc.tables, owner, e.method) : undefined;
  if (!cands) return undefined;
  return resolveOverload(bc, cands, [recv], e.args, cx, e.methodSpan, `${bc.show(recv)}::${e.method}`, (res) => { e.res = res; });
}

function resolveOverload(bc: BodyChecker, cands: FnEntry[], given: Type[], args: Expr[], cx: Cx, span: Expr['span'], what: string, set: (r: Resolution) => void): Type {
  const spec = cands.every((f) => f.decl.mode === 'spec');
  const argCx: Cx = spec ? { mode: 'spec' } : cx;
  const argTys = [...given, ...args.map((a) => checkExpr(bc, a, argCx))];
  if (argTys.some((t) => bc.isErrorLike(bc.derefAll(t)))) return ERR; // reported where it arose
  const fits: GenericFit[] = [];
  for (const f of cands) {
    const sig = bc.sigs.sigs.get(f.decl);
    // an impl whose signature did not lower (a type outside the subset) is reported there
    if (!sig || sig.paramTys.length !== argTys.length || sig.paramTys.some((p) => bc.isErrorLike(p))) continue;
    if (sig.generics.length > 0) {
      // a generic impl answers when its parameter types, its type parameters as holes, are the arguments'
      const g = fitGeneric(bc, f, argTys);
      if (g) fits.push(g);
      else if (!(f.impl?.generics.length)) fits.push({ f, typeArgs: [], paramTys: sig.paramTys, retTy: sig.retTy }); // not told apart: ambiguous below
      continue;
    }
    if (sig.paramTys.every((p, i) => fitsType(bc, p, argTys[i]!))) fits.push({ f, typeArgs: [], paramTys: sig.paramTys, retTy: sig.retTy });
  }
  if (fits.length !== 1) {
    const why = fits.length === 0 ? 'no impl whose parameter types the arguments have' : 'more than one impl that could answer it';
    bc.diags.unsupported(`\`${what}\` (${why})`, span);
    return ERR;
  }
  const { f, typeArgs, paramTys, retTy } = fits[0]!;
  paramTys.forEach((p, i) => {
    if (i >= given.length) bc.coerce(argTys[i]!, p, args[i - given.length]!.span, argCx);
  });
  checkCallMode(bc, cx, f.decl.mode, f.qname, span, f.decl);
  checkCalleeVerified(bc, f, span);
  set({ kind: 'fn', qname: f.qname, decl: f.decl, typeArgs });
  return retTy;
}

/** Whether an argument of type `arg` is for a parameter of type `param` (references aside; an integer literal fits any integer). */
function fitsType(bc: BodyChecker, param: Type, arg: Type): boolean {
  const p = bc.derefAll(param);
  const a = bc.infer.shallow(bc.derefAll(arg));
  if (bc.infer.isIntVar(a)) return p.k === 'int';
  return typeToString(p) === typeToString(bc.infer.zonk(a));
}
