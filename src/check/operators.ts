/**
 * Operators and conversions on user types through their std trait impls (exec code):
 * `a + b` / `a - b` / `a * b` call the `Add`/`Sub`/`Mul` impl's member, `a == b` / `a != b`
 * the `PartialEq` impl's `eq`, `T::from(x)` and `x.into()` the `From` impl's `from`.
 * Several impls of one trait for a type (`From<u64>`, `From<usize>`) are told apart by
 * the type of the argument. Callers know the impl fn's `ensures` only.
 */
import type { BinaryExpr, CallExpr, Expr, MethodCallExpr, PathExpr, TypeExpr } from '../syntax/ast.js';
import type { BodyChecker, Cx } from './context.js';
import { checkExpr } from './expr.js';
import { checkCalleeVerified, checkCallMode } from './modes.js';
import { walkPath, type ItemScope } from './paths.js';
import { BOUND_MEMBER_SUFFIX, type Resolution } from './resolution.js';
import type { Def, FnEntry, ModuleScope, TraitEntry, TraitImplEntry } from './scopes.js';
import { isPrimOwnerKey, primOwnerKey, RESULT_QNAME } from './prelude.js';
import { lowerType } from './lower-type.js';
import { typeExprText } from '../syntax/type-text.js';
import { OPERATOR_TRAITS, stdImplsOf } from './std-traits.js';
import { resolveTrait } from './traits.js';
import { pickMember, type GenericFit } from './generic-impl.js';
import { typeToString, type Type } from './types.js';

const ERR: Type = { k: 'error' };

/** The member of the impl whose parameter `index` takes `arg` (an integer literal fits the one integer candidate). */
function pick(bc: BodyChecker, impls: TraitImplEntry[], member: string, index: number, arg: Type): FnEntry | 'none' | 'ambiguous' {
  const a = bc.infer.shallow(bc.derefAll(arg));
  const fits: FnEntry[] = [];
  for (const ti of impls) {
    const f = ti.fns.get(member);
    const p = f ? bc.sigs.sigs.get(f.decl)?.paramTys[index] : undefined;
    if (!f || !p) continue;
    const pt = bc.derefAll(p);
    if (typeToString(pt) === typeToString(a) || (bc.infer.isIntVar(a) && pt.k === 'int')) fits.push(f);
  }
  if (fits.length === 0) return 'none';
  if (fits.length > 1) return 'ambiguous';
  return fits[0]!;
}

function resolve(bc: BodyChecker, f: FnEntry, cx: Cx, span: Expr['span'], typeArgs: Type[] = []): Resolution {
  checkCallMode(bc, cx, f.decl.mode, f.qname, span);
  checkCalleeVerified(bc, f, span);
  return { kind: 'fn', qname: f.qname, decl: f.decl, typeArgs };
}

function generic(impls: TraitImplEntry[]): boolean {
  return impls.some((ti) => ti.ctx.generics.length > 0);
}

/**
 * `a op b` in exec code with `a` of a user type that has an impl of op's trait: the call's
 * result type; undefined when the type has no such impl (the built-in meaning stays).
 */
export function operatorCall(bc: BodyChecker, e: BinaryExpr, cx: Cx, left: Type): Type | undefined {
  const trait = OPERATOR_TRAITS[e.op];
  const l = bc.derefAll(left);
  if (!trait || cx.mode !== 'exec') return undefined;
  const ownImpl = l.k === 'adt' && stdImplsOf(bc.tables, l.name, trait).length > 0;
  if (trait === 'PartialEq' && !ownImpl && !structuralEq(bc, l, new Set())) {
    // `eq` of a type parameter (or of a type holding one) may be anything: the result is unknown
    const r = checkExpr(bc, e.right, cx, undefined, 'place');
    if (!bc.infer.unify(bc.derefAll(r), l) && !bc.isErrorLike(r)) bc.diags.mismatch(bc.show(l), bc.show(bc.derefAll(r)), e.right.span);
    // (of a type parameter: its `eq`'s ensures are known, src/ir/lower-op-bound.ts)
    e.res = { kind: 'builtin', name: OPAQUE_EQ, typeArgs: l.k === 'param' ? [l] : [] };
    return { k: 'bool' };
  }
  if (l.k !== 'adt') return undefined;
  const impls = stdImplsOf(bc.tables, l.name, trait);
  if (impls.length === 0) return undefined;
  const r = checkExpr(bc, e.right, cx, undefined, 'place');
  if (generic(impls)) {
    bc.diags.error('unsupported', `not supported: \`${e.op}\` through a generic impl of \`${trait}\``, e.opSpan);
    return ERR;
  }
  const f = pick(bc, impls, trait === 'PartialEq' ? 'eq' : MEMBER[trait]!, 1, r);
  if (f === 'none' || f === 'ambiguous') {
    if (bc.isErrorLike(r)) return ERR; // the operand's own error is reported
    bc.diags.error('type', `cannot apply binary operator \`${e.op}\` to \`${bc.show(l)}\` and \`${bc.show(bc.derefAll(r))}\`${f === 'ambiguous' ? ' (more than one impl applies)' : ''}`, e.span);
    return ERR;
  }
  const p = bc.sigs.sigs.get(f.decl)?.paramTys[1];
  if (p) bc.coerce(bc.derefAll(r), bc.derefAll(p), e.right.span, cx);
  e.res = resolve(bc, f, cx, e.span);
  return bc.sigs.sigs.get(f.decl)?.retTy ?? ERR;
}

const MEMBER: Record<string, string> = { Add: 'add', Sub: 'sub', Mul: 'mul', From: 'from' };

/** `T::from(x)` for a user type T with `From` impls; undefined when it is not that. */
export function fromCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  const segs = callee.segments;
  if (segs.length < 2 || segs[segs.length - 1] !== 'from' || e.args.length !== 1) return undefined;
  const name = ownerKeyOf(bc, walkPath(bc.scope, segs.slice(0, -1)).def);
  if (!name) return undefined;
  const impls = stdImplsOf(bc.tables, name, 'From');
  if (impls.length === 0) return undefined;
  // an inherent `from` takes precedence
  const own = bc.tables.assoc.get(name)?.get('from');
  if (own?.kind === 'fn' && !impls.some((ti) => ti.fns.get('from') === own.fn)) return undefined;
  return conversion(bc, impls, e.args[0]!, cx, e.span, (res) => { callee.res = res; });
}

/** `T::try_from(x)` for a user type T with `TryFrom` impls; undefined when it is not that. */
export function tryFromCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  const segs = callee.segments;
  if (segs.length < 2 || segs[segs.length - 1] !== 'try_from' || e.args.length !== 1) return undefined;
  const name = ownerKeyOf(bc, walkPath(bc.scope, segs.slice(0, -1)).def);
  if (!name || isPrimOwnerKey(name)) return undefined;
  const impls = stdImplsOf(bc.tables, name, 'TryFrom');
  if (impls.length === 0) return undefined;
  // an inherent `try_from` takes precedence
  const own = bc.tables.assoc.get(name)?.get('try_from');
  if (own?.kind === 'fn' && !impls.some((ti) => ti.fns.get('try_from') === own.fn)) return undefined;
  return conversion(bc, impls, e.args[0]!, cx, e.span, (res) => { callee.res = res; }, 'TryFrom');
}

/** `x.try_into()` where the expected type is `Result<T, _>` of a user type T with a `TryFrom` impl for x's type. */
export function tryIntoCall(bc: BodyChecker, e: MethodCallExpr, cx: Cx, expected: Type | undefined): Type | undefined {
  if (e.method !== 'try_into' || e.args.length !== 0 || !expected) return undefined;
  const r = bc.infer.shallow(expected);
  const x = r.k === 'adt' && r.name === RESULT_QNAME ? bc.infer.shallow(r.args[0]!) : undefined;
  if (x?.k !== 'adt') return undefined;
  const impls = stdImplsOf(bc.tables, x.name, 'TryFrom');
  if (impls.length === 0) return undefined;
  return conversion(bc, impls, e.receiver, cx, e.span, (res) => { e.res = res; }, 'TryFrom');
}

/** `x.into()` where the expected type is a user type with a `From` impl for x's type. */
export function intoCall(bc: BodyChecker, e: MethodCallExpr, cx: Cx, expected: Type | undefined): Type | undefined {
  if (e.method !== 'into' || e.args.length !== 0 || !expected) return undefined;
  const x = bc.infer.shallow(expected);
  if (x.k !== 'adt') return undefined;
  const impls = stdImplsOf(bc.tables, x.name, 'From');
  if (impls.length === 0) return undefined;
  return conversion(bc, impls, e.receiver, cx, e.span, (res) => { e.res = res; });
}

/**
 * `x.into()` to a primitive with x of a user type (`let n: usize = addr.into()`), through the
 * crate's `impl From<X> for usize`; the receiver is already checked. Undefined when no
 * such impl takes x's type (std's own `Into`s to primitives are not modelled).
 */
export function intoPrimCall(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx, expected: Type | undefined): Type | undefined {
  if (e.method !== 'into' || e.args.length !== 0 || !expected || recv.k !== 'adt') return undefined;
  const x = bc.infer.shallow(expected);
  if (x.k !== 'int') return undefined;
  const impls = stdImplsOf(bc.tables, primOwnerKey(x), 'From');
  if (impls.length === 0 || generic(impls)) return undefined;
  const f = pick(bc, impls, 'from', 0, recv);
  if (f === 'none' || f === 'ambiguous') return undefined;
  e.res = resolve(bc, f, cx, e.span);
  return bc.sigs.sigs.get(f.decl)?.retTy ?? ERR;
}

/** The assoc-table key of the type a path names: a struct, an enum, a primitive (through aliases). */
export function ownerKeyOf(bc: BodyChecker, d: Def | undefined): string | undefined {
  for (let i = 0; i < 8 && d?.kind === 'alias'; i++) {
    const t = d.decl.ty;
    if (t.kind !== 'path' || t.args.length > 0) return undefined;
    d = walkPath({ tables: bc.tables, module: d.module }, t.segments).def;
  }
  if (d?.kind === 'struct') return d.s.qname;
  if (d?.kind === 'enum') return d.e.qname;
  if (d?.kind === 'prim') return primOwnerKey(d.ty);
  return undefined;
}

function conversion(bc: BodyChecker, all: TraitImplEntry[], arg: Expr, cx: Cx, span: Expr['span'], set: (r: Resolution) => void, trait: 'From' | 'TryFrom' = 'From'): Type {
  const member = trait === 'From' ? 'from' : 'try_from';
  const a = checkExpr(bc, arg, cx);
  // an impl whose parameter type is outside the subset (`From<*const T>`, reported there) takes no argument typed here
  const impls = all.filter((ti) => {
    const f = ti.fns.get(member);
    const p = f ? bc.sigs.sigs.get(f.decl)?.paramTys[0] : undefined;
    return !p || !bc.isErrorLike(p);
  });
  if (bc.isErrorLike(bc.derefAll(a))) return ERR; // reported where it arose
  if (impls.length === 0) {
    bc.diags.unsupported(`a conversion through \`${trait}\` impls whose parameter types are outside the subset`, span);
    return ERR;
  }
  // (a generic impl applies when its parameter type, its type parameters as holes, is a's)
  const fit = pickMember(bc, impls, member, 0, a);
  const f = typeof fit === 'string' ? fit : fit.f;
  if ((f === 'none' || f === 'ambiguous') && isPrimOwnerKey(impls[0]!.ctx.ownerKey)) {
    // std converts to a primitive from many types (`usize::from(1u8)`): those are not modelled
    bc.diags.unsupported(`\`${bc.show(bc.derefAll(a))}\` to a primitive type through std's \`From\` (only the crate's impls)`, span);
    return ERR;
  }
  if (f === 'none' || f === 'ambiguous') {
    bc.diags.error('type', `the trait bound \`${trait}<${bc.show(bc.derefAll(a))}>\` is not satisfied${f === 'ambiguous' ? ' by exactly one impl' : ''}`, span);
    return ERR;
  }
  const g = fit as GenericFit;
  const p = g.paramTys[0];
  if (p) bc.coerce(a, p, arg.span, cx);
  set(resolve(bc, f, cx, span, g.typeArgs));
  return g.retTy;
}

/** The resolution of an exec `==` whose meaning is not structural equality (the IR lowers it to a call of the verified `eq`). */
export const OPAQUE_EQ = 'PartialEq::eq#unknown';

/**
 * Whether exec `==` on `t` is structural equality: primitives, and compounds and
 * derived-PartialEq types of such. A type with a hand-written impl is called at the top
 * (operatorCall) and not structural inside another; a type parameter's `eq` is unknown.
 */
function structuralEq(bc: BodyChecker, t: Type, seen: Set<string>): boolean {
  const s = bc.infer.shallow(t);
  switch (s.k) {
    case 'param': return false;
    case 'ref': return structuralEq(bc, s.inner, seen);
    case 'tuple': return s.elems.every((x) => structuralEq(bc, x, seen));
    case 'array': case 'slice': return structuralEq(bc, s.elem, seen);
    case 'builtin': return s.args.every((x) => structuralEq(bc, x, seen));
    case 'adt': {
      if (!s.args.every((x) => structuralEq(bc, x, seen))) return false;
      if (stdImplsOf(bc.tables, s.name, 'PartialEq').length > 0) return false; // a derived `==` around it calls it
      if (seen.has(s.name)) return true;
      seen.add(s.name);
      const st = bc.tables.structByName.get(s.name)?.info.fields.map((f) => f.ty);
      const en = bc.tables.enumByName.get(s.name)?.info.variants.flatMap((v) => v.fields.map((f) => f.ty));
      // a field of a parameter type is covered by the argument checked above
      return (st ?? en ?? []).every((f) => f.k === 'param' || structuralEq(bc, f, seen));
    }
    default: return true;
  }
}

// ---------------------------------------------------------------------------
// std traits as bounds of a type parameter: `T: Clone`, `T: From<X>`, `T: Into<U>`


/** The std-trait bounds (`Clone`, `From<X>`, ...) of `param`, with a trait's supertraits for `Self`. */
export function stdBounds(bc: BodyChecker, param: string): StdBound[] {
  const bounds: { t: TypeExpr; scope: ItemScope; viaTrait?: true }[] = [...(bc.fn?.bounds ?? []), ...(bc.scope.impl?.bounds ?? [])]
    .filter((b) => b.param.kind === 'path' && b.param.segments.length === 1 && b.param.segments[0] === param)
    .map((b) => ({ t: b.trait, scope: bc.scope }));
  const tr = bc.scope.impl?.trait;
  if (param === 'Self' && tr) bounds.push(...tr.decl.supertraits.map((t) => ({ t, scope: { tables: bc.tables, module: tr.module }, viaTrait: true as const })));
  const out: StdBound[] = [];
  const seen = new Set<TraitEntry>(param === 'Self' && tr ? [tr] : []);
  for (let i = 0; i < bounds.length; i++) {
    const { t, scope, viaTrait } = bounds[i]!;
    if (t.kind !== 'path') continue;
    const own = resolveTrait(scope, t);
    if (own) {
      // `A: AddressSpec` with `trait AddressSpec: From<usize> + ..`: A has the std supertraits
      // (their arguments are written in the trait's module; a generic trait's are not substituted)
      if (!seen.has(own) && own.decl.generics.length === 0) {
        seen.add(own);
        // (one whose arguments name the trait's `Self` is left out: they would need substituting)
        // (`Sub<Output = Self>`: an associated-type binding naming `Self` is kept, op-specs.ts reads it)
        const plain = own.decl.supertraits.filter((st) => !JSON.stringify(st.kind === 'path' ? { ...st, bindings: undefined } : st).includes('"Self"'));
        bounds.push(...plain.map((st) => ({ t: st, scope: { tables: bc.tables, module: own.module }, viaTrait: true as const })));
      }
      continue;
    }
    const b: StdBound = { name: t.segments[t.segments.length - 1]!, args: t.args, module: scope.module, ...(t.bindings ? { bindings: t.bindings } : {}), ...(viaTrait ? { viaTrait } : {}) };
    // the same bound reached twice (directly and through a trait's supertraits) is one
    if (!out.some((o) => o.name === b.name && o.module === b.module && o.args.map(typeExprText).join() === b.args.map(typeExprText).join())) out.push(b);
  }
  return out;
}

/** A std trait a type parameter is bounded by; `module` is where its arguments are written. */
/** `bindings`: its associated-type bindings; `viaTrait`: written as a trait's supertrait (its `Self` is the bounded type). */
export interface StdBound { name: string; args: TypeExpr[]; module: ModuleScope; bindings?: { name: string; ty: TypeExpr }[]; viaTrait?: true }

/** A std bound's (first) argument as a type: `X` of `From<X>`. */
export function boundArg(bc: BodyChecker, b: StdBound): Type {
  return lowerType(b.args[0]!, { ...bc.scope, module: b.module }, bc.diags);
}

function boundRes(name: string, typeArgs: Type[] = []): Resolution {
  return { kind: 'builtin', name: `${name}${BOUND_MEMBER_SUFFIX}`, typeArgs };
}

/** `x.clone()` / `x.into()` with x of a type parameter bounded by Clone / Into<U>. */
export function boundStdMethod(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx): Type | undefined {
  if (recv.k !== 'param' || e.args.length !== 0) return undefined;
  const bounds = stdBounds(bc, recv.name);
  if (e.method === 'clone' && bounds.some((b) => b.name === 'Clone' || b.name === 'Copy')) {
    e.res = boundRes('Clone::clone');
    checkCallMode(bc, cx, 'exec', 'Clone::clone', e.span);
    return recv;
  }
  if (e.method === 'into') {
    const into = bounds.filter((b) => b.name === 'Into' && b.args.length === 1);
    if (into.length !== 1) return undefined;
    const u = boundArg(bc, into[0]!);
    e.res = boundRes('Into::into', [recv, u]);
    checkCallMode(bc, cx, 'exec', 'Into::into', e.span);
    return u;
  }
  return undefined;
}

/** `T::from(x)` with T a type parameter bounded by From<X>. */
export function boundFromCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  const [param, name] = callee.segments;
  if (callee.segments.length !== 2 || name !== 'from' || !param || !bc.scope.generics.has(param) || e.args.length !== 1) return undefined;
  const from = stdBounds(bc, param).filter((b) => b.name === 'From' && b.args.length === 1);
  if (from.length !== 1) return undefined;
  const x = boundArg(bc, from[0]!);
  checkExpr(bc, e.args[0]!, cx, x);
  callee.res = boundRes('From::from', [x, { k: 'param', name: param }]);
  checkCallMode(bc, cx, 'exec', 'From::from', e.span);
  return { k: 'param', name: param };
}
