/**
 * Calls: user fns (generic instantiation, arity, argument modes), tuple-struct and
 * variant constructors, prelude built-ins (Some, Ghost, Tracked, Vec::new, reveal, ...)
 * and method calls with auto-deref.
 */
import type { FnSig } from './signatures.js';
import type { CallExpr, Expr, FnItem, MethodCallExpr, PathExpr, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { BodyChecker, Cx } from './context.js';
import { argCountMessage } from './diagnostics.js';
import { checkExpr, describeDef, instantiate, resolvePathDef } from './expr.js';
import { substParams } from './infer.js';
import { lowerType } from './lower-type.js';
import { checkCalleeVerified, checkCallMode } from './modes.js';
import { walkPath } from './paths.js';
import { isVstdItem, typeMacroNote } from './missing.js';
import { builtinAssocFn, builtinMethod, builtinOwnerKey, INTERVAL, primOwnerKey, typeOwnerKey, type BuiltinSig } from './prelude.js';
import type { Resolution } from './resolution.js';
import type { FnEntry } from './scopes.js';
import { boundTraitArgs, genericDefaultImpl, isAmbiguousMember, projectionMemberOf, traitMethodOf } from './traits.js';
import { boundFromCall, boundStdMethod, fromCall, intoCall, intoPrimCall, tryFromCall, tryIntoCall } from './operators.js';
import { overloadedCall, overloadedMethod } from './overloads.js';
import { boundEnsuresCall, boundEnsuresMethod } from './fn-ensures.js';
import { opCallSpec, opSpecMethod } from './op-specs.js';
import { boolThenCall, optionMapCall } from './option-map.js';
import { intoBoundParam } from './into-bound.js';
import { resolveQualified } from './qualified.js';
import { specTwinOf } from './dual-spec.js';
import { assumedTwin } from './assume-spec.js';
import { fnSpecParts, intRange, type BuiltinName, type Type } from './types.js';
import { withParamTys } from './with-args.js';

const ERR: Type = { k: 'error' };
const UNIT: Type = { k: 'tuple', elems: [] };

/**
 * The arguments of a call whose callee is unknown (already reported): checked alone, and a
 * type they leave open (`x` of an untyped binder) becomes an error type so later uses of it
 * do not echo the first report.
 */
function argsWithoutSignature(bc: BodyChecker, args: Expr[], cx: Cx): void {
  for (const a of args) bc.fillOpenWithError(checkExpr(bc, a, cx));
}

export function checkCall(bc: BodyChecker, e: CallExpr, cx: Cx, expected: Type | undefined): Type {
  const callee = e.callee;
  if (callee.kind !== 'path') {
    const t = checkExpr(bc, callee, cx, undefined, 'place');
    const applied = applySpecFn(bc, e, t, cx);
    if (applied) return applied;
    // A callee the parser already reported (`<T as Tr>::f`) is not reported twice.
    if (!bc.external && callee.kind !== 'unsupported' && !bc.isErrorLike(t)) bc.diags.unsupported('calling a value that is not a named function', callee.span);
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  }
  if (callee.segments.length === 1 && bc.lookupLocal(callee.segments[0]!)) {
    const t = checkExpr(bc, callee, cx, undefined, 'place');
    const applied = applySpecFn(bc, e, t, cx);
    if (applied) return applied;
    if (!bc.external && !bc.isErrorLike(t)) bc.diags.unsupported('calling closures or function values', callee.span);
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  }
  if (callee.qself) {
    const q = resolveQualified(bc, callee);
    if (q.kind === 'unsupported') {
      if (!bc.external) bc.diags.unsupported(q.why, callee.span);
      argsWithoutSignature(bc, e.args, cx);
      return ERR;
    }
    const t = userCall(bc, e, callee, q.fn, cx, q.self, q.kind === 'bound' && q.self.k === 'param' ? q.self.name : undefined);
    bc.record(callee, t);
    return t;
  }
  const viaBound = boundEnsuresCall(bc, e, callee, cx) ?? opCallSpec(bc, e, callee, cx) ?? boundMemberCall(bc, e, callee, cx) ?? fromCall(bc, e, callee, cx) ?? tryFromCall(bc, e, callee, cx) ?? boundFromCall(bc, e, callee, cx) ?? overloadedCall(bc, e, callee, cx);
  if (viaBound) {
    bc.record(callee, viaBound);
    return viaBound;
  }
  const def = resolvePathDef(bc, callee, 'function');
  const ret = ((): Type => {
    if (!def) {
      argsWithoutSignature(bc, e.args, cx);
      return ERR;
    }
    switch (def.kind) {
      case 'fn':
        return userCall(bc, e, callee, def.fn, cx);
      case 'struct': {
        if (def.s.decl.shape !== 'tuple') break;
        const m = instantiate(bc, def.s.decl.generics, callee.generics);
        const typeArgs = [...m.values()];
        callee.res = { kind: 'struct', qname: def.s.qname, decl: def.s.decl, typeArgs };
        zonkArgsLater(bc, callee.res);
        checkArgs(bc, e, def.s.info.fields.map((f) => substParams(f.ty, m)), cx);
        return { k: 'adt', name: def.s.qname, args: typeArgs };
      }
      case 'variant': {
        if (def.variant.shape !== 'tuple') break;
        const m = instantiate(bc, def.e.decl.generics, callee.generics);
        const typeArgs = [...m.values()];
        callee.res = { kind: 'variant', qname: `${def.e.qname}::${def.variant.name}`, enumDecl: def.e.decl, variant: def.variant, typeArgs };
        zonkArgsLater(bc, callee.res);
        const info = def.e.info.variants.find((v) => v.name === def.variant.name);
        checkArgs(bc, e, (info?.fields ?? []).map((f) => substParams(f.ty, m)), cx);
        return { k: 'adt', name: def.e.qname, args: typeArgs };
      }
      case 'builtinType':
        if (def.name === 'Ghost' || def.name === 'Tracked') return wrapperCall(bc, e, callee, def.name, cx, expected);
        break;
      case 'builtinValue':
        return builtinCall(bc, e, callee, def.name, cx, expected);
      case 'vstd':
        // A std/vstd function the prelude does not model.
        if (!bc.external) bc.diags.unsupported(`\`${callee.segments.join('::')}\``, callee.span);
        argsWithoutSignature(bc, e.args, cx);
        return ERR;
      default:
        break;
    }
    // Names are one namespace here, not Rust's two: a fn a macro makes beside a module of that name is hidden
    const home = callee.segments.length > 1 ? walkPath(bc.scope, callee.segments.slice(0, -1)).def : { kind: 'mod' as const, module: bc.scope.module };
    const macros = home?.kind === 'mod' && def.kind === 'mod' ? home.module.itemMacros : [];
    if (bc.external) { /* quiet */ } else if (macros.length > 0 && home?.kind === 'mod') {
      bc.diags.unsupported(`\`${callee.segments.join('::')}\` (possibly made by a macro invocation in \`${home.module.qprefix}\` (\`${[...new Set(macros)].join('!`, `')}!\`): item macros)`, callee.span);
    } else bc.diags.error('type', `expected function, found ${describeDef(def)} \`${callee.segments.join('::')}\``, callee.span);
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  })();
  bc.record(callee, ret);
  return ret;
}

/**
 * `f(a, b)` for a value `f` of type `spec_fn(A, B) -> R`: a spec operation, arguments in spec
 * code; for an exec closure `f` (`impl Fn(A, B) -> R`), an exec call.
 */
function applySpecFn(bc: BodyChecker, e: CallExpr, calleeTy: Type, cx: Cx): Type | undefined {
  const ft = bc.derefAll(calleeTy);
  if (ft.k === 'builtin' && ft.name === 'Closure' && ft.args.length === 2) {
    const ps = bc.infer.shallow(ft.args[0]!);
    checkCallMode(bc, cx, 'exec', 'closure', e.span);
    checkArgs(bc, e, ps.k === 'tuple' ? ps.elems : [ps], cx, undefined, e.callee.span);
    return ft.args[1]!;
  }
  const parts = fnSpecParts(ft);
  if (!parts) return undefined;
  const params = parts.params.map((p) => bc.infer.shallow(p));
  checkCallMode(bc, cx, 'spec', 'spec_fn', e.span);
  checkArgs(bc, e, params, cx, () => ({ mode: 'spec' }), e.callee.span);
  return parts.ret;
}

function zonkArgsLater(bc: BodyChecker, res: Resolution): void {
  bc.later(() => {
    if ('typeArgs' in res) res.typeArgs = res.typeArgs.map((t) => bc.infer.zonk(t));
  });
}

/** Argument count check, then each argument against its parameter type. */
function checkArgs(bc: BodyChecker, e: { args: Expr[]; span: Expr['span'] }, params: Type[], cx: Cx, argCx?: (i: number) => Cx, span = e.span, constArgs = 0): void {
  // (the const generic arguments among them are not counted: they are not written there)
  if (e.args.length !== params.length) bc.diags.error('type', argCountMessage(params.length - constArgs, e.args.length - constArgs), span);
  e.args.forEach((a, i) => {
    if (!madeArgs.has(a)) checkExpr(bc, a, argCx?.(i) ?? cx, params[i]);
  });
}

interface Instantiated {
  entry: FnEntry;
  paramTys: Type[];
  retTy: Type;
  typeArgs: Type[];
  selfTy?: Type;
}

/** Calls whose const generic arguments are already among their arguments (a call is checked once, but stay safe). */
const constArgsGiven = new WeakSet<object>();
/** Arguments made here (already typed): checkArgs leaves them alone. */
const madeArgs = new WeakSet<Expr>();

/**
 * `f::<3>(..)`, `x.g::<{ N + 1 }>()`, `s.cap()` with `s: S<4>`: const generic parameters are value
 * parameters of the fn after its written ones (src/syntax/parser-items.ts: its impl's, then its own),
 * so their values join the call's arguments there (before the `proof_with!` ones). The fn's own come
 * from the turbofish (each checked as a value of its parameter's type); the impl's from the type
 * arguments the call instantiates the impl at (`S<4>`: 4; `S<N>` in a body with a const `N`: that N).
 */
function giveConstArgs(bc: BodyChecker, decl: FnItem, e: { args: Expr[]; withArgs?: number }, turbofish: TypeExpr[], span: Span, inst: Instantiated): void {
  const consts = decl.constGenerics ?? [];
  const implConsts = decl.params.filter((p) => p.constGeneric === 'impl');
  if ((consts.length === 0 && implConsts.length === 0) || constArgsGiven.has(e)) return;
  constArgsGiven.add(e);
  const values: Expr[] = [];
  const sig = bc.sigs.sigs.get(decl);
  const firstConst = decl.params.findIndex((p) => p.constGeneric !== undefined);
  implConsts.forEach((p, i) => {
    const at = sig?.generics.indexOf(p.name) ?? -1;
    const ty = inst.paramTys[firstConst + i] ?? ERR;
    values.push(at < 0 ? { kind: 'unsupported', what: 'a const generic argument', ty: ERR, span } : valueOfTypeArg(bc, inst.typeArgs[at]!, ty, span, decl.name));
  });
  if (consts.length > 0) {
    const total = decl.generics.length;
    const missing = (what: string): Expr[] => {
      if (!bc.external) bc.diags.unsupported(what, span);
      return consts.map(() => ({ kind: 'unsupported', what, ty: undefined, span }));
    };
    if (turbofish.length === 0) {
      // inferred from the arguments' types (`fn f<const N: usize>(s: &S<N>)` called with an `&S<4>`)
      for (const c of consts) {
        const p = decl.params.find((x) => x.constGeneric === 'fn' && x.name === c.name);
        const ty = p ? inst.paramTys[decl.params.indexOf(p)] ?? ERR : ERR;
        const at = sig?.generics.indexOf(c.name) ?? -1;
        values.push(at < 0 ? missing('a const generic argument')[0]! : valueOfTypeArg(bc, inst.typeArgs[at]!, ty, span, decl.name));
      }
    } else if (turbofish.length !== total) {
      if (!bc.external) bc.diags.error('type', `function takes ${total} generic argument${total === 1 ? '' : 's'} but ${turbofish.length} generic argument${turbofish.length === 1 ? ' was' : 's were'} supplied`, span);
      values.push(...consts.map((): Expr => ({ kind: 'unsupported', what: 'a const generic argument', ty: undefined, span })));
    } else {
      values.push(...consts.map((c) => constArgExpr(bc, turbofish[c.pos]!)));
    }
  }
  for (const v of values) if (v.ty !== undefined) madeArgs.add(v);
  e.args.splice(e.args.length - (e.withArgs ?? 0), 0, ...values);
}

/**
 * The value of an impl's const parameter at a call, from the type argument the call gives it: a
 * literal for a value (`S<4>`); the caller's own const parameter for a parameter (`S<N>`); decided
 * once inference is done when the type argument is still open then.
 */
function valueOfTypeArg(bc: BodyChecker, t: Type, ty: Type, span: Span, callee: string): Expr {
  const consts = callerConsts(bc);
  const made: Expr = { kind: 'int', value: 0n, ty, span };
  const fill = (a: Type, final: boolean): boolean => {
    const s = bc.infer.shallow(a);
    if (s.k === 'cval') {
      // (a value outside the parameter's type, `S<300>` for a `u8` one, is refused as rustc does)
      const want = bc.infer.shallow(ty);
      const range = want.k === 'int' ? intRange(want.kind) : undefined;
      const fits = typeof s.value === 'bigint' ? want.k === 'int' && (!range || (range.min <= s.value && s.value <= range.max)) : want.k === 'bool';
      if (!fits && want.k !== 'error') {
        if (!bc.external) bc.diags.error('type', typeof s.value === 'bigint' && want.k === 'int' ? `literal out of range for \`${want.kind}\`` : `mismatched types: the const generic argument \`${s.value}\` is not a \`${bc.show(want)}\``, span);
        Object.assign(made, { kind: 'unsupported', what: 'a const generic argument' });
        return true;
      }
      Object.assign(made, typeof s.value === 'bigint' ? { kind: 'int', value: s.value } : { kind: 'bool', value: s.value });
      return true;
    }
    const res = s.k === 'param' ? consts.get(s.name) : undefined;
    if (res) {
      Object.assign(made, { kind: 'path', segments: [res.name], generics: [], res, value: undefined });
      return true;
    }
    const open = (s as { k: string }).k === 'var';
    if (!final && open) return false;
    if (bc.external || s.k === 'error') { /* quiet */ } else if (open) {
      // (rustc: "cannot infer the value of the const parameter"), once per body
      if (!bc.diags.list.slice(bc.diagsAtStart).some((d) => d.message === 'type annotations needed')) bc.diags.error('type', 'type annotations needed', span);
    } else bc.diags.unsupported(`a call of \`${callee}\` whose const generic argument is not a value or a const parameter here (\`${bc.show(s)}\`)`, span);
    Object.assign(made, { kind: 'unsupported', what: 'a const generic argument', value: undefined });
    return true;
  };
  if (!fill(t, false)) bc.later(() => { fill(t, true); });
  return made;
}

/** The const generic parameters of the fn being checked (its own and its impl's), as locals. */
function callerConsts(bc: BodyChecker): Map<string, Resolution & { kind: 'local' }> {
  const out = new Map<string, Resolution & { kind: 'local' }>();
  const fn = bc.fn;
  const info = fn ? bc.sigs.sigs.get(fn)?.entry.info : undefined;
  if (!fn || !info) return out;
  fn.params.forEach((p, i) => {
    const pi = info.params[i];
    if (!p.constGeneric || !pi) return;
    const local = bc.lookupLocal(p.name);
    const res = local && local.id === pi.id ? bc.localRes(local) : { kind: 'local' as const, id: pi.id, name: pi.name, mode: pi.mode, mutable: false, ty: pi.ty };
    if (res.kind === 'local') out.set(p.name, res);
  });
  return out;
}

/** A const generic argument as written (`3`, `{ N + 1 }`, `L`, `m::MAX`, `true`) as an expression. */
function constArgExpr(bc: BodyChecker, a: TypeExpr): Expr {
  if (a.kind === 'infer' && a.constExpr) return a.constExpr;
  if (a.kind === 'path' && a.args.length === 0 && a.segments.length === 1 && (a.segments[0] === 'true' || a.segments[0] === 'false')) return { kind: 'bool', value: a.segments[0] === 'true', ty: undefined, span: a.span };
  if (a.kind === 'path' && a.args.length === 0 && !a.bindings) return { kind: 'path', segments: a.segments, generics: [], ty: undefined, res: undefined, span: a.span };
  const what = a.kind === 'infer' && a.constArg ? 'this const generic argument' : 'a type where a const generic argument is expected';
  if (!bc.external) {
    if (a.kind === 'infer' && a.constArg) bc.diags.unsupported(what, a.span);
    else bc.diags.error('type', 'type provided when a constant was expected', a.span);
  }
  return { kind: 'unsupported', what, ty: undefined, span: a.span };
}

function instantiateFn(bc: BodyChecker, entry: FnEntry, turbofish: PathExpr['generics']): Instantiated | undefined {
  const sig = bc.sigs.sigs.get(entry.decl);
  if (!sig) return undefined;
  const m = new Map<string, Type>();
  const fnGenerics = entry.decl.generics;
  const given = turbofish.length === fnGenerics.length ? turbofish.map((t) => lowerType(t, bc.scope, bc.diags)) : undefined;
  for (const g of sig.generics) m.set(g, bc.infer.fresh());
  fnGenerics.forEach((g, i) => {
    if (given?.[i]) m.set(g, given[i]!);
  });
  return instantiatedAt(entry, sig, m);
}

/** How many of the fn's parameters are const generic ones (not written at calls). */
function constParamCount(decl: FnItem): number {
  return decl.params.reduce((n, p) => n + (p.constGeneric ? 1 : 0), 0);
}

/** The argument of a `tracked` parameter is proof code; of a spec one (a proof fn's untracked ones) spec code. */
function argMode(cx: Cx, entry: FnEntry, i: number): Cx {
  if (cx.mode === 'spec') return cx;
  const p = entry.decl.params[i];
  if (p?.tracked && !p.unwrapped) return { mode: 'proof' };
  if (p?.ghost && !p.unwrapped) return { mode: 'spec' };
  // A proof fn's parameters are spec unless `tracked`: passing a tracked value there reads it (no move)
  if (entry.decl.mode === 'spec' || (entry.decl.mode === 'proof' && p && !p.tracked)) return { mode: 'spec' };
  return cx;
}

/** `T::m(..)` (and `Self::m(..)` inside a trait): a trait member reached through T's bounds. */
function boundMemberCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  const [param, name] = callee.segments;
  if (callee.segments.length !== 2 || !param || !name || !bc.scope.generics.has(param)) return undefined;
  const entry = traitMethodOf(bc.scope, bc.fn, param, name);
  if (entry === 'ambiguous') {
    bc.diags.error('type', `multiple applicable items in scope: \`${name}\` is a member of more than one bound of \`${param}\``, callee.span);
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  }
  if (!entry) return undefined;
  return userCall(bc, e, callee, entry, cx, { k: 'param', name: param }, param);
}

function userCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, called: FnEntry, cx: Cx, selfTy?: Type, boundParam?: string): Type {
  // in spec and proof code an exec fn marked `when_used_as_spec(f)` is its spec twin `f` (dual-spec.ts)
  const assumed = bc.tables.assumeSpecs?.has(called);
  const entry0 = (cx.mode !== 'exec' && !assumed ? specTwinOf(bc.tables, called) : undefined) ?? called;
  const inst0 = instantiateFn(bc, entry0, callee.generics);
  if (!inst0 || (boundParam !== undefined && !bindTraitArgs(bc, inst0, boundParam))) {
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  }
  if (selfTy && inst0.selfTy) bc.infer.unify(inst0.selfTy, selfTy);
  else if (inst0.selfTy && entry0.decl.generics.length === 0 && callee.generics.length > 0 && callee.segments.length >= 2 && !callee.qself) {
    // `Slab::<4>::new()`: the arguments are the owner type's (the fn has none of its own)
    const owner: TypeExpr = { kind: 'path', segments: callee.segments.slice(0, -1), args: callee.generics, span: callee.span };
    const t = bc.diags.withMuted(true, () => lowerType(owner, bc.scope, bc.diags));
    if (t.k === 'adt') bc.infer.unify(inst0.selfTy, t);
  }
  const inst = assumedCallee(bc, inst0, cx);
  const entry = inst.entry;
  const res: Resolution = { kind: 'fn', qname: entry.qname, decl: entry.decl, typeArgs: inst.typeArgs };
  callee.res = res;
  zonkArgsLater(bc, res);
  checkCallMode(bc, cx, entry.decl.mode, entry.qname, e.span, entry.decl);
  checkCalleeVerified(bc, entry, e.span);
  giveConstArgs(bc, entry.decl, e, callee.generics, callee.span, inst);
  checkArgs(bc, e, withParamTys(bc, entry.decl, e, inst.paramTys, entry.qname, callee.span), cx, (i) => argMode(cx, entry, i), callee.span, constParamCount(entry.decl));
  return inst.retTy;
}

function wrapperCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, name: 'Ghost' | 'Tracked', cx: Cx, expected: Type | undefined): Type {
  const x = expected ? bc.infer.shallow(expected) : undefined;
  const inner = x?.k === 'builtin' && x.name === name ? x.args[0]! : bc.infer.fresh();
  const innerCx: Cx = cx.mode === 'spec' || name === 'Ghost' ? { mode: 'spec' } : { mode: 'proof' };
  checkArgs(bc, e, [inner], cx, () => innerCx, callee.span);
  const res: Resolution = { kind: 'builtin', name, typeArgs: [inner] };
  callee.res = res;
  zonkArgsLater(bc, res);
  return { k: 'builtin', name, args: [inner] };
}

function builtinCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, name: string, cx: Cx, expected: Type | undefined): Type {
  const x = expected ? bc.infer.shallow(expected) : undefined;
  switch (name) {
    case 'Some': {
      const t = x?.k === 'builtin' && x.name === 'Option' ? x.args[0]! : bc.infer.fresh();
      const res: Resolution = { kind: 'builtin', name: 'Some', typeArgs: [t] };
      callee.res = res;
      zonkArgsLater(bc, res);
      checkArgs(bc, e, [t], cx, undefined, callee.span);
      return { k: 'builtin', name: 'Option', args: [t] };
    }
    case 'arbitrary': {
      const t = callee.generics[0] ? lowerType(callee.generics[0], bc.scope, bc.diags) : expected ?? bc.infer.fresh();
      const res: Resolution = { kind: 'builtin', name: 'arbitrary', typeArgs: [t] };
      callee.res = res;
      zonkArgsLater(bc, res);
      checkCallMode(bc, cx, 'spec', 'vstd::pervasive::arbitrary', e.span);
      checkArgs(bc, e, [], cx, undefined, callee.span);
      return t;
    }
    case INTERVAL: {
      // a test harness's input: any value of `lo..=hi` (exec, #[test] fns only)
      const t = x ?? bc.infer.fresh();
      callee.res = { kind: 'builtin', name: INTERVAL, typeArgs: [t] };
      zonkArgsLater(bc, callee.res);
      checkCallMode(bc, cx, 'exec', INTERVAL, e.span);
      const test = !!bc.fn && (bc.fn.flags.test || bc.fn.attrs.some((a) => a.name === 'test'));
      if (!test && !bc.external) bc.diags.error('type', `\`${INTERVAL}\` is only allowed in #[test] fns (a harness input)`, callee.span);
      if (e.args.length !== 2) bc.diags.error('type', argCountMessage(2, e.args.length), callee.span);
      checkArgs(bc, e, [t, t], cx, undefined, callee.span);
      bc.later(() => {
        const z = bc.infer.zonk(t);
        if (z.k !== 'int' && !bc.isErrorLike(z)) bc.diags.error('type', `\`${INTERVAL}\` gives an integer, found \`${bc.show(z)}\``, e.span);
      });
      return t;
    }
    case 'add': case 'sub': case 'mul': {
      // `builtin::add(a, b)`: spec fn; both arguments and the result of one integer type
      const t = x?.k === 'int' ? x : bc.infer.fresh();
      callee.res = { kind: 'builtin', name, typeArgs: [t] };
      zonkArgsLater(bc, callee.res);
      checkCallMode(bc, cx, 'spec', `builtin::${name}`, e.span);
      if (e.args.length !== 2) bc.diags.error('type', argCountMessage(2, e.args.length), callee.span);
      checkArgs(bc, e, [t, t], cx, undefined, callee.span);
      bc.later(() => {
        const z = bc.infer.zonk(t);
        if (z.k !== 'int' && !bc.isErrorLike(z)) bc.diags.error('type', `the trait bound \`${bc.show(z)}: Integer\` is not satisfied`, e.span);
      });
      return t;
    }
    case 'admit': {
      // Verus's `admit()`: `assume(false)` in call form (trusted, as an assume is)
      callee.res = { kind: 'builtin', name: 'admit', typeArgs: [] };
      checkCallMode(bc, cx, 'proof', 'admit', e.span);
      checkArgs(bc, e, [], cx, undefined, callee.span);
      return UNIT;
    }
    case 'use_type_invariant': {
      // Proof fn of vstd: assumes the type invariant of its (borrowed) argument.
      callee.res = { kind: 'builtin', name: 'use_type_invariant', typeArgs: [] };
      checkCallMode(bc, cx, 'proof', 'vstd::use_type_invariant', e.span);
      if (e.args.length !== 1) bc.diags.error('type', argCountMessage(1, e.args.length), callee.span);
      for (const a of e.args) {
        // through references, Box and Tracked (as Verus); never into a Ghost
        let t = bc.derefAll(checkExpr(bc, a, cx, undefined, 'place'));
        while (t.k === 'builtin' && (t.name === 'Tracked' || t.name === 'Box') && t.args[0]) t = bc.derefAll(t.args[0]);
        if (t.k === 'builtin' && t.name === 'Ghost') bc.diags.error('type', 'cannot apply use_type_invariant for Ghost<_>', a.span);
        else if (t.k !== 'adt' && !bc.isErrorLike(t)) bc.diags.error('type', `\`use_type_invariant\` needs a value of a type with a type invariant, found \`${bc.show(t)}\``, a.span);
      }
      return UNIT;
    }
    case 'reveal': {
      callee.res = { kind: 'builtin', name: 'reveal', typeArgs: [] };
      if (e.args.length !== 1) bc.diags.error('type', argCountMessage(1, e.args.length), callee.span);
      for (const a of e.args) revealTarget(bc, a);
      return UNIT;
    }
    default:
      break;
  }
  const [owner, member] = name.split('::');
  if (owner && member) {
    const ownerArgs = callee.generics.map((g) => lowerType(g, bc.scope, bc.diags));
    const sig = builtinAssocFn(owner as BuiltinName, member, () => bc.infer.fresh(), ownerArgs);
    if (sig) return builtinSigCall(bc, e, callee, sig, cx);
  }
  if (!bc.external) bc.diags.error('type', `expected function, found \`${callee.segments.join('::')}\``, callee.span);
  argsWithoutSignature(bc, e.args, cx);
  return ERR;
}

function builtinSigCall(bc: BodyChecker, e: CallExpr, callee: PathExpr, sig: BuiltinSig, cx: Cx): Type {
  const res: Resolution = { kind: 'builtin', name: sig.name, typeArgs: sig.typeArgs };
  callee.res = res;
  zonkArgsLater(bc, res);
  checkCallMode(bc, cx, sig.mode, sig.name, e.span);
  checkArgs(bc, e, sig.params, cx, undefined, callee.span);
  return sig.ret;
}

/** `reveal(f)`: the argument names a fn; it is not evaluated. */
const STD_TRAIT_METHODS = new Set(['into', 'from', 'try_into', 'try_from', 'clone', 'eq', 'ne', 'cmp', 'partial_cmp', 'to_string', 'fmt', 'hash', 'default', 'as_ref', 'as_mut', 'deref', 'deref_mut', 'drop', 'next', 'iter', 'into_iter']);

/** Inherent methods of the integer types besides STD_INT_METHOD's (a trait's member of that name is not called by `x.m()`). */
const INHERENT_INT_METHODS = new Set(['div_euclid', 'rem_euclid', 'signum', 'unsigned_abs', 'abs_diff', 'isqrt', 'ilog', 'ilog10', 'midpoint', 'reverse_bits', 'to_be', 'to_le', 'from_be', 'from_le', 'to_ne_bytes', 'is_positive', 'is_negative', 'min_value', 'max_value', 'from_str_radix', 'cast_signed', 'cast_unsigned']);

const STD_INT_METHOD = /^(?:(?:checked|saturating|wrapping|overflowing)_\w+|pow|leading_zeros|trailing_zeros|count_ones|count_zeros|is_power_of_two|next_power_of_two|rotate_left|rotate_right|swap_bytes|ilog2|abs|to_le_bytes|to_be_bytes)$/;

/** A method that exists outside the subset: from a trait impl of the type, or vstd API the prelude lacks. */
function methodReason(bc: BodyChecker, t: Type, method: string): string | undefined {
  const s = bc.infer.shallow(t);
  const base = s.k === 'ref' ? bc.infer.shallow(s.inner) : s;
  const proj = base.k === 'param' ? projectionMemberOf(bc.scope, bc.fn, base.name, method) : undefined;
  if (proj) return `\`${method}\` of trait \`${proj.impl?.trait?.decl.name ?? '?'}\` through a bound of \`${bc.show(base)}\` (it names the trait's associated types)`;
  if (base.k === 'adt' && (method === 'view' || bc.scope.tables.traitMethods.get(base.name)?.has(method))) return `method \`${method}\` of \`${bc.show(base)}\` (trait implementations)`;
  if (bc.scope.tables.dualSpecNames.has(method)) return `method \`${method}\` (made by \`#[verus_verify(dual_spec)]\`)`;
  // `x.checked_add(1)`: an inherent method of the integer types, whatever traits of the crate name
  if (base.k === 'int' && base.kind !== 'int' && base.kind !== 'nat' && STD_INT_METHOD.test(method)) return `method \`${method}\` of \`${bc.show(base)}\` (std API outside the built-in prelude)`;
  if (STD_TRAIT_METHODS.has(method)) return `method \`${method}\` of \`${bc.show(base)}\` (std trait methods)`;
  if (bc.scope.tables.traitMethodNames.has(method)) return `method \`${method}\` of \`${bc.show(base)}\` (trait methods)`;
  if (base.k === 'adt') {
    const note = typeMacroNote(bc.scope.tables, base.name);
    if (note) return `method \`${method}\` of \`${bc.show(base)}\` (${note})`;
  }
  if (base.k === 'builtin') return `method \`${method}\` of \`${base.name}\` (vstd API outside the built-in prelude)`;
  if (base.k === 'adt' && isVstdItem(base.name)) return `method \`${method}\` of \`${bc.show(base)}\` (vstd/std API outside Proofgate's vstd)`;
  if (base.k === 'str') return `method \`${method}\` of \`&str\` (std/vstd string API outside the built-in prelude)`;
  if (base.k === 'int' || base.k === 'bool' || base.k === 'char') return `method \`${method}\` of \`${bc.show(base)}\` (std API outside the built-in prelude)`;
  if (base.k === 'param') return `method \`${method}\` of type parameter \`${base.name}\` (trait bounds)`;
  return undefined;
}

function revealTarget(bc: BodyChecker, a: Expr): void {
  if (a.kind !== 'path') {
    checkExpr(bc, a, { mode: 'spec' });
    return;
  }
  if (a.qself) {
    // `reveal(<S as Tr>::f)`: the impl's fn
    const q = resolveQualified(bc, a);
    if (q.kind === 'impl') a.res = { kind: 'fn', qname: q.fn.qname, decl: q.fn.decl, typeArgs: [] };
    else bc.diags.unsupported(q.kind === 'unsupported' ? q.why : 'qualified paths (revealing a trait\'s fn through a bound)', a.span);
    bc.record(a, UNIT);
    return;
  }
  const d = walkPath(bc.scope, a.segments).def;
  if (d?.kind === 'fn') {
    a.res = { kind: 'fn', qname: d.fn.qname, decl: d.fn.decl, typeArgs: [] };
  } else {
    bc.diags.error('type', `cannot find function \`${a.segments.join('::')}\` in this scope`, a.span);
  }
  bc.record(a, UNIT);
}

// ---------------------------------------------------------------------------
// methods

/** A user method (fn with a self parameter) of an ADT, instantiated for this receiver. */
export function userMethod(bc: BodyChecker, recv: Type, name: string, turbofish: PathExpr['generics'] = []): Instantiated | undefined {
  let fn: FnEntry | undefined;
  let key: string | undefined;
  if (recv.k === 'adt' || recv.k === 'builtin' || recv.k === 'int' || recv.k === 'bool' || recv.k === 'char') {
    // (a primitive's members come from the crate's trait impls for it)
    key = recv.k === 'adt' ? recv.name : recv.k === 'builtin' ? builtinOwnerKey(recv.name) : primOwnerKey(recv);
    // a primitive's inherent methods (`x.pow(2)`, `x.checked_add(1)`) take precedence over traits'
    const inherent = recv.k !== 'adt' && recv.k !== 'builtin' && (builtinMethod(recv, name) !== undefined || STD_INT_METHOD.test(name) || INHERENT_INT_METHODS.has(name));
    const d = inherent ? undefined : bc.tables.assoc.get(key)?.get(name);
    if (d?.kind === 'fn') fn = d.fn;
  } else if (recv.k === 'tuple' || recv.k === 'array' || recv.k === 'slice') {
    // a trait impl of the crate for a tuple, array or slice type (`impl<T> Tr for (T, nat)`):
    // only the impl whose self type is the receiver's (else no method; calls of several are overloads.ts's)
    const d = bc.tables.assoc.get(typeOwnerKey(recv)!)?.get(name);
    if (d?.kind === 'fn' && d.fn.decl.params[0]?.name === 'self') {
      const inst = instantiateFn(bc, d.fn, turbofish);
      if (!inst?.selfTy || !bc.infer.unify(inst.selfTy, recv)) return undefined;
      return inst;
    }
    return undefined;
  } else if (recv.k === 'param') {
    // through the parameter's trait bounds: callers know the trait's specs only
    const t = traitMethodOf(bc.scope, bc.fn, recv.name, name);
    if (t === 'ambiguous') return undefined; // reported by checkMethodCall
    fn = t;
  }
  if (!fn || fn.decl.params[0]?.name !== 'self') return undefined;
  const inst = instantiateFn(bc, fn, turbofish);
  if (inst?.selfTy) bc.infer.unify(inst.selfTy, recv);
  if (inst && recv.k === 'param' && !bindTraitArgs(bc, inst, recv.name)) return undefined;
  const impl = key !== undefined ? genericDefaultImpl(bc.tables, key, name) : undefined;
  if (inst && impl && fn.impl?.trait === impl.trait && impl.decl.traitPath?.kind === 'path') {
    // a generic trait's default member: its trait parameters are the (one) impl's arguments
    const scope = bc.sigs.typeScope(impl.module, impl.ctx, []);
    impl.decl.traitPath.args.forEach((a, i) => bc.infer.unify(inst.typeArgs[1 + i]!, bc.diags.withMuted(true, () => lowerType(a, scope, bc.diags))));
  }
  return inst;
}

/**
 * A generic trait's member through a bound `P: Tr<X>`: its trait parameters are the bound's
 * arguments. False (reported) when the bound does not say them (two bounds, or a supertrait).
 */
function bindTraitArgs(bc: BodyChecker, inst: Instantiated, param: string): boolean {
  const trait = inst.entry.impl?.trait;
  const n = trait?.decl.generics.length ?? 0;
  if (!trait || n === 0) return true;
  const lists = boundTraitArgs(bc.scope, bc.fn, param, trait);
  if (lists.length !== 1 || lists[0]!.length !== n) {
    bc.diags.unsupported(`\`${inst.entry.decl.name}\` of the generic trait \`${trait.decl.name}\` through ${lists.length > 1 ? 'more than one bound' : 'a bound that does not give its arguments'} of \`${param}\``, bc.fn?.nameSpan ?? trait.decl.nameSpan);
    return false;
  }
  lists[0]!.forEach((a, i) => bc.infer.unify(inst.typeArgs[1 + i]!, lowerType(a, bc.scope, bc.diags)));
  return true;
}

/**
 * A call of a fn an `assume_specification` specifies (assume-spec.ts): the call is of that
 * item instead (its contract trusted), or in spec and proof code of the spec fn its
 * `when_used_as_spec` names; their generics are solved from the target's instantiation (the
 * signatures match, checked when linking). Other calls are left as they are.
 */
function assumedCallee(bc: BodyChecker, inst: Instantiated, cx: Cx): Instantiated {
  const link = bc.tables.assumeSpecs?.get(inst.entry);
  if (!link) return inst;
  // (in spec code, without a `when_used_as_spec` of its own, the target's spec twin as vstd gives it)
  const twin = cx.mode !== 'exec' ? assumedTwin(bc.tables, link.spec) : undefined;
  const vstdTwin = cx.mode !== 'exec' && !twin ? specTwinOf(bc.tables, inst.entry) : undefined;
  if (vstdTwin) return withTypeArgs(bc, vstdTwin, inst.typeArgs);
  // the twin's generics are the spec's (checked when linking)
  return withTypeArgs(bc, twin ?? link.spec, link.order.map((i) => inst.typeArgs[i]!));
}

/** `entry` instantiated at the given type arguments (its sig's generics, in order). */
function withTypeArgs(bc: BodyChecker, entry: FnEntry, typeArgs: Type[]): Instantiated {
  const sig = bc.sigs.sigs.get(entry.decl)!;
  const m = new Map<string, Type>(sig.generics.map((g, i) => [g, typeArgs[i] ?? bc.infer.fresh()]));
  return instantiatedAt(entry, sig, m);
}

/** `entry`'s signature with its generics replaced as `m` says (every one of them mapped). */
function instantiatedAt(entry: FnEntry, sig: FnSig, m: Map<string, Type>): Instantiated {
  return {
    entry,
    paramTys: sig.paramTys.map((t) => substParams(t, m)),
    retTy: substParams(sig.retTy, m),
    typeArgs: sig.generics.map((g) => m.get(g)!),
    selfTy: sig.selfType ? substParams(sig.selfType, m) : undefined,
  };
}

/**
 * In spec or proof code, an exec method marked `#[verifier::when_used_as_spec(f)]` means the
 * spec fn `f` of the same type (as in Verus; `r.is_ok()` in an `ensures`).
 */
function specTwin(bc: BodyChecker, cx: Cx, recv: Type, e: MethodCallExpr): Instantiated | undefined {
  if (cx.mode === 'exec') return undefined;
  const owner = recv.k === 'adt' ? recv.name : recv.k === 'builtin' ? builtinOwnerKey(recv.name) : undefined;
  const d = owner ? bc.tables.assoc.get(owner)?.get(e.method) : undefined;
  if (d?.kind !== 'fn' || d.fn.decl.mode !== 'exec') return undefined;
  const twin = d.fn.decl.attrs.find((a) => a.name === 'verifier::when_used_as_spec')?.args.trim();
  if (!twin) return undefined;
  const t = bc.tables.assoc.get(owner!)?.get(twin);
  if (t?.kind !== 'fn' || t.fn.decl.mode !== 'spec') return undefined;
  return userMethod(bc, recv, twin, e.generics);
}

export function checkMethodCall(bc: BodyChecker, e: MethodCallExpr, cx: Cx, expected: Type | undefined): Type {
  const ens = boundEnsuresMethod(bc, e, cx);
  if (ens) return ens;
  const into = intoCall(bc, e, cx, expected) ?? tryIntoCall(bc, e, cx, expected);
  if (into) return into;
  const recvTy = checkExpr(bc, e.receiver, cx, undefined, 'place');
  const t = bc.derefAll(recvTy);
  if (bc.isErrorLike(t)) {
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  }
  const special = overloadedMethod(bc, e, t, cx) ?? intoPrimCall(bc, e, t, cx, expected) ?? optionMapCall(bc, e, t, cx, expected) ?? boolThenCall(bc, e, t, cx, expected) ?? intoBoundParam(bc, e, t, cx, expected);
  if (special) return special;
  if ((t.k === 'param' && traitMethodOf(bc.scope, bc.fn, t.name, e.method) === 'ambiguous') || (t.k === 'adt' && isAmbiguousMember(bc.tables, t.name, e.method))) {
    bc.diags.error('type', `multiple applicable items in scope: \`${e.method}\` is a member of more than one trait of \`${bc.show(t)}\``, e.methodSpan);
    argsWithoutSignature(bc, e.args, cx);
    return ERR;
  }
  const direct = userMethod(bc, t, e.method, e.generics);
  const um = direct && bc.tables.assumeSpecs?.has(direct.entry) ? assumedCallee(bc, direct, cx) : specTwin(bc, cx, t, e) ?? direct;
  const viaStdBound = um ? undefined : boundStdMethod(bc, e, t, cx) ?? opSpecMethod(bc, e, t, cx);
  if (viaStdBound) return viaStdBound;
  if (um) {
    const res: Resolution = { kind: 'fn', qname: um.entry.qname, decl: um.entry.decl, typeArgs: um.typeArgs };
    e.res = res;
    zonkArgsLater(bc, res);
    checkCallMode(bc, cx, um.entry.decl.mode, um.entry.qname, e.span, um.entry.decl);
    checkCalleeVerified(bc, um.entry, e.span);
    giveConstArgs(bc, um.entry.decl, e, e.generics, e.methodSpan, um);
    checkArgs(bc, e, withParamTys(bc, um.entry.decl, e, um.paramTys.slice(1), um.entry.qname, e.methodSpan), cx, (i) => argMode(cx, um.entry, i + 1), e.methodSpan, constParamCount(um.entry.decl));
    return um.retTy;
  }
  const sig = builtinMethod(t, e.method, () => bc.infer.fresh());
  if (sig) {
    const res: Resolution = { kind: 'builtin', name: sig.name, typeArgs: sig.typeArgs };
    e.res = res;
    zonkArgsLater(bc, res);
    checkCallMode(bc, cx, sig.mode, sig.name, e.span);
    const argCx: Cx | undefined = sig.mode === 'spec' ? { mode: 'spec' } : undefined;
    checkArgs(bc, e, sig.params, cx, argCx ? () => argCx : undefined, e.methodSpan);
    return sig.ret;
  }
  const why = methodReason(bc, t, e.method);
  if (why) bc.diags.unsupported(why, e.methodSpan);
  else bc.diags.error('type', `no method named \`${e.method}\` found for type \`${bc.show(t)}\` in the current scope`, e.methodSpan);
  argsWithoutSignature(bc, e.args, cx);
  return ERR;
}
