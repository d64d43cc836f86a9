/**
 * Calls: spec fns are applied (`spec_call`); exec and proof fns are called through their
 * contract (precondition checks, then a `call` whose `ensures` hold after it); recursive
 * calls check termination; prelude operations get their built-in meaning, and Vec's
 * mutating methods become assignments of the receiver place.
 */
import { INTERVAL } from '../check/prelude.js';
import { BOUND_ENSURES, BOUND_MEMBER_SUFFIX } from '../check/resolution.js';
import type { FnInfo } from '../check/program.js';
import { substParams } from '../check/infer.js';
import { fnSpecParts, INT, type Type } from '../check/types.js';
import type { Expr } from '../syntax/ast.js';
import { hasEnclosingInnerAttr } from '../check/crate-attrs.js';
import {
  andAll, boolLit, coerce, containsMutRef, Cx, intKindOf, intLit, IrUnsupported, isMutRef, strip, unitValue, varOf,
} from './lower-context.js';
import { cast, compare, isUnitLike, lowerExpr, lowerPure, tyOf } from './lower-expr.js';
import { dispatchCall, fnGenerics, refusedImplAt } from './lower-dispatch.js';
import { isSpecExpr, requireNotSpec, wrapsGhostOnly } from './lower-modes.js';
import { lowerBoolThen, lowerOptionMap } from './lower-option-map.js';
import { unverifiedCopyCall } from './lower-unverified-copy.js';
import { intMethod } from './lower-int-methods.js';
import { enclosingInvariantChecks, lowerPlace, placeRead, readPlace, typeInvariantOfType } from './lower-stmt.js';
import type { IrExpr, IrSpan, IrStmt, Place } from './types.js';

const BOOL: Type = { k: 'bool' };
const USIZE: Type = { k: 'int', kind: 'usize' };

/** Prelude operations that only change the static type (wrappers, views, clones). */
const TRANSPARENT = new Set(['Ghost', 'Tracked', 'Box::new', 'Ghost::view', 'Tracked::view', 'Tracked::borrow', 'Tracked::borrow_mut', 'Tracked::get', 'Vec::view', 'slice::view', 'Vec::clone']);
const MUTATING = new Set(['Vec::push', 'Vec::pop', 'Vec::set', 'Vec::insert', 'Vec::remove', 'Vec::clear']);

export function lowerCall(cx: Cx, e: Expr & { kind: 'call' }): IrExpr {
  const res = e.callee.kind === 'path' ? e.callee.res : undefined;
  const ty = tyOf(e);
  if (res?.kind === 'fn') {
    const info = cx.crate.fnByDecl.get(res.decl);
    if (!info) throw new IrUnsupported(`calling \`${res.qname}\``, e.span);
    return callFn(cx, info, res.typeArgs, e.args, e.span);
  }
  if (res?.kind === 'struct') {
    const v: IrExpr = { k: 'ctor', adt: res.qname, fields: e.args.map((a, i) => ({ name: String(i), value: lowerExpr(cx, a) })), ty, span: e.span };
    return typeInvariantOfType(cx, v, e.span, e);
  }
  if (res?.kind === 'variant') {
    const info = cx.crate.enums.get(res.qname.split('::').slice(0, -1).join('::'));
    const names = info?.variants.find((v) => v.name === res.variant.name)?.fields.map((f) => f.name) ?? e.args.map((_, i) => String(i));
    const v: IrExpr = { k: 'ctor', adt: info?.qname ?? '', variant: res.variant.name, fields: e.args.map((a, i) => ({ name: names[i] ?? String(i), value: lowerExpr(cx, a) })), ty, span: e.span };
    return typeInvariantOfType(cx, v, e.span, e);
  }
  if (res?.kind === 'builtin') {
    switch (res.name) {
      case 'reveal': {
        const target = e.args[0];
        if (target?.kind === 'path' && target.res?.kind === 'fn') {
          if (!cx.pure) cx.emit({ k: 'reveal', fn: target.res.qname, span: e.span });
          return unitValue(e.span);
        }
        throw new IrUnsupported('this `reveal`', e.span);
      }
      case 'Ghost': return cx.with({ ghost: true }, () => lowerExpr(cx, e.args[0]!));
      case 'Tracked': if (e.args[0]) requireNotSpec(cx, e.args[0], 'the content of `Tracked(..)`'); break;
      case 'use_type_invariant': {
        const a = e.args[0];
        if (a && !cx.pure) {
          // exec and tracked values meet their invariants (every construction or change of one
          // is checked, src/ir/lower-modes.ts); spec ones are never checked
          if (isSpecExpr(cx, a) || wrapsGhostOnly(tyOf(a))) {
            throw new IrUnsupported('`use_type_invariant` on a value that is neither exec nor tracked (spec values are never checked against their type invariant)', a.span);
          }
          const v = cx.with({ ghost: true }, () => lowerExpr(cx, a));
          const inv = invariantApp(cx, v);
          if (inv) cx.emit({ k: 'assume', cond: inv, span: e.span });
        }
        return unitValue(e.span);
      }
      case 'arbitrary': return { k: 'arbitrary', ty, span: e.span };
      case 'admit':
        // the rest of the fn is vacuous: an assumption, reported as trusted where assumes are
        if (!cx.pure) cx.emit({ k: 'assume', cond: { k: 'bool', value: false, ty: BOOL, span: e.span }, span: e.span });
        return unitValue(e.span);
      case INTERVAL: {
        // a harness input: a value of its type, anywhere in `lo..=hi`
        if (cx.pure) throw new IrUnsupported(`\`${INTERVAL}\` in spec code`, e.span);
        const lo = lowerExpr(cx, e.args[0]!);
        const hi = lowerExpr(cx, e.args[1]!);
        const t = cx.temp('interval', ty);
        cx.emit({ k: 'let', local: t, span: e.span });
        const v = varOf(t, e.span);
        cx.emit({ k: 'assume', cond: andAll([compare('le', lo, v, e.span), compare('le', v, hi, e.span)], e.span), span: e.span });
        return v;
      }
      case 'add': case 'sub': case 'mul': {
        // Verus's wrapping spec arithmetic: the exact result cast (truncating) into the arguments' type
        const t = strip(ty);
        if (t.k !== 'int' || t.kind === 'nat') throw new IrUnsupported(`\`${res.name}\` on this type`, e.span);
        const exact: IrExpr = { k: 'arith', op: res.name, left: lowerExpr(cx, e.args[0]!), right: lowerExpr(cx, e.args[1]!), ty: INT, span: e.span };
        return cast(exact, ty, e.span);
      }
      case 'Some': return { k: 'ctor', adt: 'Option', variant: 'Some', fields: [{ name: '0', value: lowerExpr(cx, e.args[0]!) }], ty, span: e.span };
    }
    if (res.name.endsWith(BOUND_MEMBER_SUFFIX) && !cx.pure) {
      return boundCall(cx, res, e.args.map((a) => lowerExpr(cx, a)), ty, e.span);
    }
    const args = e.args.map((a) => lowerExpr(cx, a));
    return builtin(cx, res.name, args, ty, e.span);
  }
  // a `spec_fn` value applied (the checker typed it so: src/check/calls.ts, applySpecFn)
  const parts = fnSpecParts(strip(tyOf(e.callee)));
  if (parts) {
    const fn = lowerPure(cx, e.callee);
    const args = e.args.map((a, i) => coerce(lowerPure(cx, a), parts.params[i] ?? tyOf(a)));
    return { k: 'apply', fn, args, ty, span: e.span };
  }
  throw new IrUnsupported('this call', e.span);
}

export function lowerMethod(cx: Cx, e: Expr & { kind: 'method' }): IrExpr {
  const res = e.res;
  if (res?.kind === 'fn') {
    const info = cx.crate.fnByDecl.get(res.decl);
    if (!info) throw new IrUnsupported(`calling \`${res.qname}\``, e.span);
    return callFn(cx, info, res.typeArgs, [e.receiver, ...e.args], e.span);
  }
  // (a method of a value the checker left untyped, as a range without both ends: the value is what is not supported)
  if (!res && e.receiver.kind === 'unsupported') throw new IrUnsupported(e.receiver.what, e.receiver.span);
  if (res?.kind !== 'builtin') throw new IrUnsupported(`method \`${e.method}\``, e.span);
  if (res.name.endsWith(BOUND_MEMBER_SUFFIX) && !cx.pure) {
    return boundCall(cx, res, [lowerExpr(cx, e.receiver)], tyOf(e), e.span);
  }
  const mapped = lowerOptionMap(cx, e) ?? lowerBoolThen(cx, e);
  if (mapped) return mapped;
  if (MUTATING.has(res.name) && !cx.ghost) return mutatingBuiltin(cx, res.name, e);
  const recv = lowerExpr(cx, e.receiver);
  const args = e.args.map((a) => lowerExpr(cx, a));
  if (res.name === 'Option::unwrap') {
    cx.runtimeCheck({ k: 'is_some', value: recv }, { kind: 'precondition', message: 'precondition not satisfied', labels: [{ message: 'failed precondition', span: e.methodSpan }] }, e.span);
  }
  if (res.name.startsWith('int::')) {
    const k = intKindOf(res.typeArgs[0]);
    const v = k && args[0] ? intMethod(res.name.slice('int::'.length), k, recv, args[0], tyOf(e), e.span) : undefined;
    if (!v) throw new IrUnsupported(`\`${e.method}\``, e.span);
    return v;
  }
  return builtin(cx, res.name, [recv, ...args], tyOf(e), e.span);
}

/** A std trait's member through a bound (src/check/operators.ts): nothing is known of its result but its type. */
function boundValue(cx: Cx, ty: Type, span: IrSpan): IrExpr {
  return { k: 'arbitrary', of: 'bound', ...(cx.ghost ? {} : { execValue: true }), ty, span };
}

/**
 * `T::from(x)` / `x.into()` through a bound: a value of its type that meets the member's
 * ensures, lib/vstd's predicate (BOUND_ENSURES) of the call's type arguments, which is what
 * `T::from.ensures((x,), r)` means in the clauses; other members give just a value.
 */
function boundCall(cx: Cx, res: { name: string; typeArgs: Type[] }, args: IrExpr[], ty: Type, span: IrSpan): IrExpr {
  const v = boundValue(cx, ty, span);
  const pred = BOUND_ENSURES[res.name.slice(0, -BOUND_MEMBER_SUFFIX.length)];
  if (!pred || res.typeArgs.length !== 2 || args.length !== 1 || !cx.crate.fns.some((f) => f.qname === pred)) return v;
  const t = cx.temp('bound', ty);
  cx.emit({ k: 'let', local: t, init: v, span });
  const r = varOf(t, span);
  cx.emit({ k: 'assume', cond: { k: 'spec_call', fn: pred, typeArgs: res.typeArgs, args: [args[0]!, r], ty: BOOL, span }, span });
  return r;
}

function builtin(_cx: Cx, name: string, args: IrExpr[], ty: Type, span: IrSpan): IrExpr {
  if (TRANSPARENT.has(name)) {
    const a = args[0];
    if (!a) throw new IrUnsupported(`\`${name}\` without an argument`, span);
    return a;
  }
  switch (name) {
    case 'Option::unwrap': case 'Option::get_Some_0': return { k: 'field', base: args[0]!, name: '0', variant: 'Some', ty, span };
    case 'Option::is_some': return { k: 'is_variant', arg: args[0]!, variant: 'Some', ty: BOOL, span };
    case 'Option::is_none': return { k: 'is_variant', arg: args[0]!, variant: 'None', ty: BOOL, span };
    case 'Vec::is_empty': return compare('eq', { k: 'builtin', name: 'len', args: [args[0]!], ty: USIZE, span }, intLit(0n, USIZE, span), span);
    case 'Vec::len': case 'slice::len': case 'Seq::len': return { k: 'builtin', name: 'len', args, ty, span };
    case 'Vec::new': case 'Vec::with_capacity': return { k: 'seq_lit', elems: [], ty, span };
    case 'Vec::get': case 'slice::get': {
      // vstd: `Some(&s[i])` for `i < s.len()`, else `None`
      const elemTy = (strip(ty) as { args: Type[] }).args[0]!;
      const some: IrExpr = { k: 'ctor', adt: 'Option', variant: 'Some', fields: [{ name: '0', value: { k: 'index', base: args[0]!, index: args[1]!, ty: elemTy, span } }], ty, span };
      const none: IrExpr = { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty, span };
      return { k: 'ite', cond: compare('lt', args[1]!, len(args[0]!, span), span), then: some, else: none, ty, span };
    }
  }
  return { k: 'builtin', name, args, ty, span };
}

function len(v: IrExpr, span: IrSpan): IrExpr {
  return { k: 'builtin', name: 'len', args: [v], ty: USIZE, span };
}

function inBoundsCheck(cx: Cx, seq: IrExpr, index: IrExpr, e: Expr & { kind: 'method' }, inclusive = false): void {
  const info = { kind: 'precondition' as const, message: 'precondition not satisfied', labels: [{ message: 'failed precondition', span: e.methodSpan }] };
  if (inclusive) cx.check({ k: 'holds', cond: compare('le', index, len(seq, e.span), e.span) }, info, e.span);
  else cx.check({ k: 'in_bounds', seq, index }, info, e.span);
}

/** `v.push(x)` and friends in exec code: the receiver place gets the new vector. */
function mutatingBuiltin(cx: Cx, name: string, e: Expr & { kind: 'method' }): IrExpr {
  const place = lowerPlace(cx, e.receiver);
  if (!place) throw new IrUnsupported(`\`${e.method}\` on this receiver`, e.span);
  const v = readPlace(place, e.receiver.span);
  const args = e.args.map((a) => lowerExpr(cx, a));
  const vty = place.ty;
  const seq = (n: string, xs: IrExpr[]): IrExpr => ({ k: 'builtin', name: n, args: xs, ty: vty, span: e.span });
  const n = len(v, e.span);
  const one = intLit(1n, USIZE, e.span);
  const zero = intLit(0n, USIZE, e.span);
  const lenMinus1: IrExpr = { k: 'arith', op: 'sub', left: n, right: one, ty: { k: 'int', kind: 'int' }, span: e.span };
  let next: IrExpr;
  let result: IrExpr = unitValue(e.span);
  switch (name) {
    case 'Vec::push': next = seq('Seq::push', [v, args[0]!]); break;
    case 'Vec::set':
      inBoundsCheck(cx, v, args[0]!, e);
      next = seq('Seq::update', [v, args[0]!, args[1]!]);
      break;
    case 'Vec::pop': {
      const nonEmpty = compare('gt', n, zero, e.span);
      const ty = tyOf(e);
      const t = cx.temp('popped', ty);
      const some: IrExpr = { k: 'ctor', adt: 'Option', variant: 'Some', fields: [{ name: '0', value: { k: 'index', base: v, index: lenMinus1, ty: (strip(ty) as { args: Type[] }).args[0]!, span: e.span } }], ty, span: e.span };
      cx.emit({ k: 'let', local: t, init: { k: 'ite', cond: nonEmpty, then: some, else: { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty, span: e.span }, ty, span: e.span }, span: e.span });
      result = varOf(t, e.span);
      next = { k: 'ite', cond: nonEmpty, then: seq('Seq::subrange', [v, zero, lenMinus1]), else: v, ty: vty, span: e.span };
      break;
    }
    case 'Vec::clear': next = { k: 'seq_lit', elems: [], ty: vty, span: e.span }; break;
    case 'Vec::insert':
      inBoundsCheck(cx, v, args[0]!, e, true);
      next = seq('Seq::add', [seq('Seq::push', [seq('Seq::subrange', [v, zero, args[0]!]), args[1]!]), seq('Seq::subrange', [v, args[0]!, n])]);
      break;
    case 'Vec::remove': {
      inBoundsCheck(cx, v, args[0]!, e);
      const t = cx.temp('removed', tyOf(e));
      cx.emit({ k: 'let', local: t, init: { k: 'index', base: v, index: args[0]!, ty: tyOf(e), span: e.span }, span: e.span });
      result = varOf(t, e.span);
      const after: IrExpr = { k: 'arith', op: 'add', left: args[0]!, right: one, ty: { k: 'int', kind: 'int' }, span: e.span };
      next = seq('Seq::add', [seq('Seq::subrange', [v, zero, args[0]!]), seq('Seq::subrange', [v, after, n])]);
      break;
    }
    default: throw new IrUnsupported(`\`${name}\``, e.span);
  }
  cx.emit({ k: 'assign', place, value: next, byMethod: true, span: e.span });
  return result;
}

/** Whether an argument must be captured in a temporary before the call (it could change or has effects). */
function stable(x: IrExpr, written: Set<number>): boolean {
  if (x.k === 'int' || x.k === 'bool') return true;
  if (x.k === 'var') return !written.has(x.id);
  return false;
}

export function callFn(cx: Cx, info: FnInfo, typeArgs: Type[], argExprs: Expr[], span: IrSpan): IrExpr {
  // an exec or proof trait member at a known `Self` is the impl's fn, with the impl's contract
  const impl = info.decl.mode !== 'spec' ? dispatchCall(cx.crate, info, typeArgs) : undefined;
  if (impl) return callFn(cx, impl.info, impl.typeArgs, argExprs, span);
  const refused = refusedImplAt(cx.crate, info, typeArgs);
  if (refused) throw new IrUnsupported(`\`${info.decl.name}\` of a trait at a type whose impl is not supported (${refused})`, span);
  const decl = info.decl;
  // the declared result type at the call's type arguments (`Seq<A>` of vstd's `remove` is `Seq<u8>` here;
  // a generic impl's method: its impl's parameters come first)
  const generics = fnGenerics(cx.crate, decl);
  const ty = generics.length > 0 && generics.length === typeArgs.length
    ? substParams(info.retTy, new Map(generics.map((g, i) => [g, typeArgs[i]!])))
    : info.retTy;
  if (decl.mode === 'spec') {
    const args = cx.with({ ghost: true }, () => argExprs.map((a, i) => coerce(lowerExpr(cx, a), info.params[i]?.ty ?? tyOf(a))));
    return { k: 'spec_call', fn: info.qname, typeArgs, args, ty: retTypeAt(ty, span), span };
  }
  if (cx.pure) throw new IrUnsupported(`calling the ${decl.mode} fn \`${info.qname}\` in spec code`, span);
  const copy = unverifiedCopyCall(cx, info, argExprs, ty, span);
  if (copy) return copy;
  // a `&mut` inside a parameter (a tuple, an Option, ...) would be written without the caller seeing it
  if (info.params.some((p) => !isMutRef(p.ty) && containsMutRef(p.ty)) || containsMutRef(info.retTy)) {
    throw new IrUnsupported('a `&mut` reference inside a parameter or return type', span);
  }
  // Arguments, left to right: `&mut` parameters take places, the rest values.
  const places: (Place | undefined)[] = [];
  const values: IrExpr[] = [];
  argExprs.forEach((a, i) => {
    const p = info.params[i];
    const ghostArg = !!p && p.mode !== 'exec';
    // a tracked parameter takes a tracked value; a ghost `&mut` one may write any spec value, so only into a spec place
    if (p?.mode === 'tracked') requireNotSpec(cx, a, 'an argument to a tracked parameter');
    else if (p?.mode === 'ghost' && isMutRef(p.ty) && !isSpecExpr(cx, a)) {
      throw new IrUnsupported('a place that is not spec given to a ghost `&mut` parameter (Verus: expected mode spec)', a.span);
    }
    if (p && isMutRef(p.ty)) {
      const place = cx.with({ ghost: ghostArg }, () => lowerPlace(cx, a));
      if (!place) throw new IrUnsupported('this `&mut` argument', a.span);
      places.push(place);
      values.push(readPlace(place, a.span));
    } else {
      places.push(undefined);
      values.push(cx.with({ ghost: ghostArg }, () => coerce(lowerExpr(cx, a), p?.ty ?? tyOf(a))));
    }
  });
  const written = new Set(places.filter((p): p is Place => !!p).map((p) => p.root));
  const pre = values.map((v, i) => {
    if (stable(v, written) && !places[i]) return v;
    const p = info.params[i];
    const t = cx.with({ ghost: !!p && p.mode !== 'exec' }, () => cx.temp(`${p?.name ?? 'arg'}`, v.ty));
    if (p?.mode === 'tracked') t.mode = 'tracked';
    cx.emit({ k: 'let', local: t, init: v, span: argExprs[i]?.span ?? span });
    return varOf(t, span);
  });
  // The callee's clauses are over its own type parameters (the VC encodes them at the call's
  // type arguments). What the caller puts in for the callee's parameters and result (its
  // arguments, its `&mut` places before and after, its result local) is of the caller's types,
  // over the caller's parameters, which may have the names of the callee's (`T` at
  // `PointsTo<T>`): each stands in a clause at the callee's declared type, so that no part of
  // a clause is over the caller's parameters (a field of `old(self)` is the callee's `Frac<T>`'s,
  // not the caller's `Frac<PointsTo<T>>`'s, substituted again).
  const generic = typeArgs.length > 0;
  const atCallee = (v: IrExpr, ty: Type): IrExpr => (generic && (v.k === 'var' || v.k === 'field' || v.k === 'deref' || v.k === 'index') ? { ...v, ty } : v);
  const before = new Map<number, IrExpr>();
  info.params.forEach((p, i) => before.set(p.id, atCallee(pre[i]!, places[i] ? strip(p.ty) : p.ty)));
  // Termination of a call inside the caller's recursion component. As in Verus, an exec fn
  // allowed to go without `decreases` (and giving none) may recurse without a termination proof.
  const unchecked = cx.fn.decl.mode === 'exec' && decl.mode === 'exec' && cx.fn.decl.decreases.length === 0 && execAllowsNoDecreases(cx);
  if (cx.scc(cx.fn.decl).has(decl) && !unchecked) {
    const cond = cx.withEnv(before, before, () => decl.decreases.map((m) => lowerPure(cx, m)));
    const cur = cx.with({ atEntry: true }, () => cx.fn.decl.decreases.map((m) => lowerPure(cx, m)));
    cx.check({ k: 'holds', cond: lexDecrease(cond, cur, span) }, { kind: 'termination', message: 'could not prove termination', labels: [] }, span);
  }
  for (const r of decl.requires) {
    const cond = cx.withEnv(before, before, () => lowerPure(cx, r));
    cx.check({ k: 'holds', cond }, { kind: 'precondition', message: 'precondition not satisfied', labels: [{ message: 'failed precondition', span: r.span }] }, span);
  }
  // in a `no_unwind` fn, an exec callee that may unwind must be shown not to
  const calleeUnwind = decl.noUnwind;
  if (decl.mode === 'exec' && !cx.ghost && !(calleeUnwind && !calleeUnwind.when)) {
    const when = calleeUnwind?.when;
    const calleeCond = when ? cx.withEnv(before, before, () => lowerPure(cx, when)) : undefined;
    noUnwindCheck(cx, calleeCond, span, `call to \`${info.qname}\` might unwind`, calleeUnwind?.when?.span);
  }
  const dest = isUnitLike(ty) ? undefined : cx.temp(`${decl.name}_ret`, retTypeAt(ty, span));
  if (dest && decl.mode === 'exec' && !decl.retTracked && !cx.ghost) cx.execValues.add(dest.id);
  // After the call: `&mut` parameters are their places' new values, `old` of them the values before.
  const after = new Map(before);
  info.params.forEach((p, i) => { const pl = places[i]; if (pl) after.set(p.id, atCallee(placeRead(pl, span), strip(p.ty))); });
  const result = dest ? atCallee(varOf(dest, span), info.retTy) : undefined;
  if (info.retId !== undefined && result) after.set(info.retId, result);
  const ensures = cx.withEnv(after, before, () => [
    ...decl.ensures.map((c) => lowerPure(cx, c)),
    ...(result ? decl.returns.map((c) => compare('eq', result, lowerPure(cx, c), c.span)) : []),
  ]);
  const call: IrStmt = {
    k: 'call', fn: info.qname, mode: decl.mode, typeArgs, args: pre, mutArgs: places.filter((p): p is Place => !!p),
    ensures, hasBody: !!decl.body && !decl.flags.externalBody && !decl.flags.external, span, ...(dest ? { dest } : {}),
  };
  cx.emit(call);
  // a field the callee wrote: the values around it keep their type invariants
  places.forEach((pl, i) => { if (pl) enclosingInvariantChecks(cx, pl, span, argExprs[i]); });
  return dest ? varOf(dest, span) : unitValue(span);
}

/**
 * In a fn with `no_unwind` (`when P`): a call that may unwind (`calleeCond`: the condition
 * under which the callee does not, of the call's arguments; none: it may always) must be shown
 * not to, `P ==> calleeCond` with P of the fn's arguments at entry (Verus, sst_to_air.rs).
 */
export function noUnwindCheck(cx: Cx, calleeCond: IrExpr | undefined, span: IrSpan, what: string, calleeSpan?: IrSpan): void {
  const own = cx.fn.decl.noUnwind;
  if (!own) return;
  const ownWhen = own.when;
  const mine = ownWhen ? cx.with({ atEntry: true }, () => lowerPure(cx, ownWhen)) : undefined;
  const theirs: IrExpr = calleeCond ?? { k: 'bool', value: false, ty: { k: 'bool' }, span };
  const cond: IrExpr = mine ? { k: 'logic', op: 'implies', left: mine, right: theirs, ty: { k: 'bool' }, span } : theirs;
  const labels = calleeSpan ? [{ message: 'this conditition needs to hold to show that the callee will not unwind', span: calleeSpan }] : [];
  cx.check({ k: 'holds', cond }, { kind: 'precondition', message: 'cannot show this call will not unwind, in function marked \'no_unwind\'', primaryLabel: ownWhen ? 'this call might unwind' : what, labels }, span);
}

function retTypeAt(ty: Type, _span: IrSpan): Type {
  return ty;
}

/** `#[verifier::exec_allows_no_decreases_clause]` on the fn, or `#![..]` on its crate or module file. */
export function execAllowsNoDecreases(cx: Cx): boolean {
  return cx.fn.decl.flags.execAllowsNoDecreases || hasEnclosingInnerAttr(cx.crate, cx.fn, 'verifier::exec_allows_no_decreases_clause');
}

/**
 * A `decreases` measure as an int: an integer as it is, a datatype value (struct or enum)
 * as its `height` (structural decrease, as Verus: a field of a variant is below the value).
 */
export function measureInt(m: IrExpr): IrExpr {
  const t = strip(m.ty);
  if (t.k === 'adt') return { k: 'builtin', name: 'height', args: [m], ty: INT, span: m.span };
  if (t.k === 'builtin' || t.k === 'tuple' || t.k === 'bool' || t.k === 'array' || t.k === 'slice' || t.k === 'param') {
    throw new IrUnsupported('`decreases` on a value of this type (only integers and datatypes)', m.span);
  }
  return m;
}

/** Lexicographic decrease of `next` below `cur`; int measures must stay non-negative. */
export function lexDecrease(nextMeasures: IrExpr[], curMeasures: IrExpr[], span: IrSpan): IrExpr {
  const next = nextMeasures.map(measureInt);
  const cur = curMeasures.map(measureInt);
  const n = Math.min(next.length, cur.length);
  if (n === 0) return boolLit(false, span);
  let t: IrExpr | undefined;
  for (let i = n - 1; i >= 0; i--) {
    const lt = andAll([compare('le', intLit(0n, { k: 'int', kind: 'int' }, span), cur[i]!, span), compare('lt', next[i]!, cur[i]!, span)], span);
    t = t === undefined ? lt : { k: 'logic', op: 'or', left: lt, right: andAll([compare('eq', next[i]!, cur[i]!, span), t], span), ty: BOOL, span };
  }
  return t!;
}

export function invariantApp(cx: Cx, v: IrExpr): IrExpr | undefined {
  const t = strip(v.ty);
  if (t.k !== 'adt') return undefined;
  const inv = typeInvariantFn(cx, t.name);
  if (!inv) return undefined;
  return { k: 'spec_call', fn: inv.qname, typeArgs: t.args, args: [v], ty: BOOL, span: v.span };
}

/** The `#[verifier::type_invariant]` fn of a struct or enum. */
export function typeInvariantFn(cx: Cx, adt: string): FnInfo | undefined {
  const s = cx.crate.structs.get(adt);
  if (s) return s.typeInvariant;
  if (!cx.crate.enums.has(adt)) return undefined;
  return cx.crate.fns.find((f) => {
    if (!f.decl.flags.typeInvariant || f.decl.mode !== 'spec' || f.params.length !== 1) return false;
    const p = strip(f.params[0]!.ty);
    return (f.implType ?? (p.k === 'adt' ? p.name : undefined)) === adt;
  });
}

