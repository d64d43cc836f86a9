/**
 * The lowering from the checked tree to the IR, one function at a time.
 *
 *   lower-context.ts  per-function state, helpers on types and expressions
 *   lower-expr.ts     expressions: arithmetic and its checks, casts, if/match, returns
 *   lower-call.ts     calls through contracts, spec fn application, prelude operations
 *   lower-stmt.ts     statements, places, loops
 *   lower-pattern.ts  patterns (exhaustiveness is the checker's, src/check/exhaustive.ts)
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { isStackOverflow } from '../report/stack-limit.js';
import type { Block, Expr } from '../syntax/ast.js';
import { recursionComponents, type Scc } from '../check/callgraph.js';
import { isVstdItem } from '../check/missing.js';
import type { Resolution } from '../check/resolution.js';
import { checkedConsts, constInitializerFn } from '../check/const-init.js';
import { walkBlock, walkExpr } from '../syntax/walk.js';
import { lexDecrease, measureInt } from './lower-call.js';
import { andAll, containsMutRef, Cx, IrUnsupported, isMutRef, notE, unitValue } from './lower-context.js';
import { requireNotSpec } from './lower-modes.js';
import { byValueParamsAtEntry, emitReturn, isUnitLike, lowerPure, terminates } from './lower-expr.js';
import { lowerBlockExec } from './lower-stmt.js';
import { mapChildren } from './rewrite.js';
import type { IrExpr, IrFunction, IrLocal, IrSpan, LowerResult, Type } from './types.js';

const BOOL: Type = { k: 'bool' };

function closingBrace(b: Block): IrSpan {
  const s = b.span;
  return { ...s, start: s.end - 1, line: s.endLine, column: Math.max(1, s.endColumn - 1) };
}

export interface LowerOptions {
  /**
   * Also lower the bodies of `external_body` fns (for the value analysis; the verifier
   * trusts their contracts). Such a body is checked leniently, so one with an expression the
   * checker could not type is unsupported.
   */
  trustedBodies?: boolean;
  /**
   * Also lower the bodies of spec fns that are not verified themselves (external, or in an
   * unverified item): the verifier defines every interpreted spec fn by its body.
   */
  specBodies?: boolean;
  /** Lower the contract only (parameters, `requires`, `ensures`, triggers), not the body: a broadcast lemma as an axiom. */
  contractOnly?: boolean;
}

export function lowerFunction(crate: CheckedCrate, fn: FnInfo, scc: Scc = recursionComponents(crate), opts: LowerOptions = {}): LowerResult {
  try {
    return { ok: true, fn: lowerChecked(crate, fn, scc, opts) };
  } catch (err) {
    if (err instanceof IrUnsupported) return { ok: false, name: fn.qname, what: err.what, span: err.span };
    if (isStackOverflow(err)) return { ok: false, name: fn.qname, what: 'a function nested too deeply', span: fn.decl.span };
    throw err;
  }
}

/** Lowers every verified function of a crate (in declaration order). */
export function lowerCrate(crate: CheckedCrate, filter?: (qname: string) => boolean, opts: LowerOptions = {}): LowerResult[] {
  const scc = recursionComponents(crate);
  return crate.fns.filter((f) => f.verified && (!filter || filter(f.qname))).map((f) => lowerFunction(crate, f, scc, opts));
}

/**
 * The initializers of the crate's exec consts (and statics), each as the body of a
 * parameterless exec fn returning the const's type (docs/semantics.md, "Constants"): they are
 * checked like exec code. An external(_body) const's initializer is trusted and not lowered.
 */
export function lowerConstInitializers(crate: CheckedCrate, filter?: (qname: string) => boolean): LowerResult[] {
  const scc = recursionComponents(crate);
  const out: LowerResult[] = [];
  for (const c of checkedConsts(crate)) {
    if (filter && !filter(c.qname)) continue;
    const fn = constInitializerFn(crate, c);
    if (fn) out.push(lowerFunction(crate, fn, scc));
  }
  return out;
}

function isInline(d: FnInfo['decl']): boolean {
  return d.mode === 'spec' && d.attrs.some((a) => a.name === 'verifier::inline') && d.generics.length === 0
    && !!d.body && d.body.stmts.length === 0 && !!d.body.tail;
}

/**
 * A `no_unwind` fn's body may call only what has an unwinding signature here: the crate's own
 * fns (lower-call.ts checks each call) and spec and proof fns. Whether a call of vstd or std
 * exec code (or of a closure) may unwind is not modelled: such a call is `not supported` there.
 */
function unmodelledUnwinding(body: Block): void {
  const ghost: IrSpan[] = [];
  const exprs: Expr[] = [];
  walkBlock(body, (e) => exprs.push(e), (s) => { if (s.kind === 'proof') ghost.push(s.span); });
  const inGhost = (sp: IrSpan): boolean => ghost.some((g) => g.file === sp.file && g.start <= sp.start && sp.end <= g.end);
  for (const e of exprs) {
    if (inGhost(e.span)) continue;
    let res: Resolution | undefined;
    if (e.kind === 'method') res = e.res;
    else if (e.kind === 'call') {
      if (e.callee.kind !== 'path') throw new IrUnsupported('a call of a closure in a `no_unwind` fn (whether it unwinds is not modelled)', e.span);
      res = e.callee.res;
      if (res?.kind !== 'fn') continue; // a constructor (`Some(x)`, a tuple struct, ...)
    } else continue;
    if (res?.kind === 'fn' && (res.decl.mode !== 'exec' || !isVstdItem(res.qname))) continue;
    const name = res?.kind === 'fn' ? res.qname : e.kind === 'method' ? e.method : 'this fn';
    throw new IrUnsupported(`a call of \`${name}\` in a \`no_unwind\` fn (whether vstd/std code unwinds is not modelled)`, e.span);
  }
}

/** The first expression of a leniently checked body without a type, if any. */
function untyped(b: Block): IrSpan | undefined {
  const missing: IrSpan[] = [];
  const panics: IrSpan[] = []; // a panic's message arguments are not lowered
  walkBlock(b, (e) => {
    if (e.kind === 'macro' && ['panic', 'unimplemented', 'unreachable', 'todo'].includes(e.name)) panics.push(e.span);
    else if (!e.ty || e.ty.k === 'error') missing.push(e.span);
  });
  return missing.find((m) => !panics.some((p) => p.file === m.file && p.start <= m.start && m.end <= p.end));
}

function lowerChecked(crate: CheckedCrate, fn: FnInfo, scc: Scc, opts: LowerOptions): IrFunction {
  const cx = new Cx(crate, fn, scc);
  const d = fn.decl;
  const params: IrLocal[] = fn.params.map((p) => {
    cx.paramIds.add(p.id);
    if (d.mode === 'exec' && p.mode === 'exec') cx.execValues.add(p.id);
    return cx.local(p.id, p.name, p.ty, p.mode, 'param');
  });
  const ret = fn.retId !== undefined
    ? cx.local(fn.retId, d.retName ?? 'result', fn.retTy, d.retTracked ? 'tracked' : d.mode === 'exec' ? 'exec' : 'ghost', 'ret')
    : cx.temp('result', fn.retTy);
  const requires = d.requires.map((r) => lowerPure(cx, r));
  const ensures = cx.with({}, () => {
    const env = byValueParamsAtEntry(cx, new Map(cx.env));
    return d.ensures.map((c) => cx.withEnv(env, cx.oldEnv, () => lowerPure(cx, c)));
  });
  const decreases = d.decreases.map((m) => lowerPure(cx, m));
  // a measure of a type with no order is refused at the clause
  for (const m of decreases) measureInt(m);
  // a broadcast lemma's trigger groups: its `#![trigger ..]` attributes, else one group of its
  // `#[trigger]` marks, in its `requires` and `ensures` alike (Verus's axiom is `forall params.
  // requires ==> ensures`, its marks anywhere in it)
  const marks: Expr[] = [];
  const reqMarks: Expr[] = [];
  if (d.broadcast) for (const c of d.ensures) walkExpr(c, (x) => { if (x.kind === 'trigger') marks.push(x.operand); });
  if (d.broadcast && !d.ensuresTriggers?.length) for (const c of d.requires) walkExpr(c, (x) => { if (x.kind === 'trigger') reqMarks.push(x.operand); });
  const groups = !d.broadcast ? [] : d.ensuresTriggers?.length ? d.ensuresTriggers : marks.length ? [marks] : [];
  const broadcastTriggers = groups.length === 0 && reqMarks.length === 0 ? undefined : cx.with({}, () => {
    const env = byValueParamsAtEntry(cx, new Map(cx.env));
    const ens = groups.map((g) => g.map((m) => cx.withEnv(env, cx.oldEnv, () => lowerPure(cx, m))));
    const req = reqMarks.map((m) => lowerPure(cx, m));
    return req.length === 0 ? ens : ens.length === 0 ? [req] : [[...req, ...ens[0]!]];
  });
  const base = {
    name: fn.qname, mode: d.mode, span: d.span, nameSpan: d.nameSpan, params, ret, locals: cx.locals,
    requires, ensures, decreases, opaque: d.flags.opaque, ...(broadcastTriggers ? { broadcastTriggers } : {}),
    ...(isInline(d) ? { inline: true as const } : {}),
  };
  if (d.assumeSpec) return { ...base, trusted: 'assume_specification' };
  if (!d.body) return { ...base, trusted: 'no body' };
  if (opts.contractOnly) return base;
  const specDefinition = d.mode === 'spec' && !!opts.specBodies;
  // plain Rust (outside verified code, or external) is lowered like a trusted body, for the analysis only
  if (specDefinition) {
    // (a spec fn's body is its definition, whoever checks it)
  } else if (!fn.verified || d.flags.external) {
    if (!opts.trustedBodies || d.mode !== 'exec') return { ...base, trusted: 'external' };
    const at = untyped(d.body);
    if (at) throw new IrUnsupported('an expression the checker could not type', at);
    cx.trustedBody = true;
  } else if (d.flags.externalBody) {
    if (!opts.trustedBodies || d.mode !== 'exec') return { ...base, trusted: 'external_body' };
    const at = untyped(d.body);
    if (at) throw new IrUnsupported('an expression the checker could not type in this external_body fn', at);
    cx.trustedBody = true;
  }
  if (d.mode === 'spec') {
    if (d.uninterp) return { ...base, trusted: 'uninterp' };
    const value = lowerPure(cx, { kind: 'block', block: d.body, span: d.body.span, ty: fn.retTy });
    const checks = scc(d).has(d) ? terminationChecks(cx, value) : [];
    return { ...base, body: { k: 'expr', value }, ...(checks.length ? { termination: checks } : {}) };
  }
  if (d.noUnwind && d.mode === 'exec') unmodelledUnwinding(d.body);
  // only a `&mut T` parameter itself carries writes back to the caller
  for (const p of fn.params) {
    if (!isMutRef(p.ty) && containsMutRef(p.ty)) throw new IrUnsupported('a `&mut` reference inside a parameter type', d.params.find((q) => q.name === p.name)?.span ?? d.span);
  }
  if (d.retTracked && d.body.tail) requireNotSpec(cx, d.body.tail, 'a tracked return value');
  const body = cx.collect(() => {
    const v = lowerBlockExec(cx, d.body!);
    if (terminates(cx.out)) return;
    const at = d.body!.tail ? d.body!.tail.span : closingBrace(d.body!);
    emitReturn(cx, isUnitLike(fn.retTy) ? unitValue(at) : v, at, 'at the end of the function body');
  }).stmts;
  for (const id of cx.execValues) { const l = cx.locals.get(id); if (l) l.execValue = true; }
  return { ...base, body: { k: 'stmts', stmts: body }, ...(d.flags.externalBody ? { trusted: 'external_body' } : {}) };
}

/**
 * Termination of a recursive spec fn: at each call into its recursion component, under the
 * conditions that lead there (and for all values of enclosing quantifier binders), the
 * callee's `decreases` is below the caller's.
 */
function terminationChecks(cx: Cx, body: IrExpr): { cond: IrExpr; span: IrSpan }[] {
  const out: { cond: IrExpr; span: IrSpan }[] = [];
  const comp = cx.scc(cx.fn.decl);
  const byName = new Map(cx.crate.fns.filter((f) => comp.has(f.decl)).map((f) => [f.qname, f]));
  const cur = cx.fn.decl.decreases.map((m) => lowerPure(cx, m));
  const visit = (e: IrExpr, guards: IrExpr[], binders: IrLocal[]): void => {
    if (e.k === 'spec_call') {
      const callee = byName.get(e.fn);
      if (callee) {
        const env = new Map(callee.params.map((p, i) => [p.id, e.args[i]!] as [number, IrExpr]));
        const next = cx.withEnv(env, env, () => callee.decl.decreases.map((m) => lowerPure(cx, m)));
        let cond = lexDecrease(next, cur, e.span);
        if (guards.length) cond = { k: 'logic', op: 'implies', left: andAll(guards, e.span), right: cond, ty: BOOL, span: e.span };
        if (binders.length) cond = { k: 'quant', quant: 'forall', binders, triggers: [], auto: false, body: cond, ty: BOOL, span: e.span };
        out.push({ cond, span: e.span });
      }
      e.args.forEach((a) => visit(a, guards, binders));
      return;
    }
    switch (e.k) {
      case 'ite':
        visit(e.cond, guards, binders);
        visit(e.then, [...guards, e.cond], binders);
        visit(e.else, [...guards, notE(e.cond)], binders);
        return;
      case 'logic':
        visit(e.left, guards, binders);
        visit(e.right, e.op === 'and' || e.op === 'implies' ? [...guards, e.left] : e.op === 'or' ? [...guards, notE(e.left)] : guards, binders);
        return;
      case 'let':
        visit(e.value, guards, binders);
        visit(e.body, [...guards, { k: 'cmp', op: 'eq', left: { k: 'var', id: e.binder.id, name: e.binder.name, ty: e.binder.ty, at: 'now', span: e.span }, right: e.value, ty: BOOL, span: e.span }], [...binders, e.binder]);
        return;
      case 'quant':
        visit(e.body, guards, [...binders, ...e.binders]);
        return;
      case 'lambda':
        visit(e.body, guards, [...binders, ...e.params]);
        return;
      default:
        mapChildren(e, (x) => { visit(x, guards, binders); return x; });
    }
  };
  visit(body, [], []);
  return out;
}
