/**
 * Statements, places and loops.
 *
 * Places: a local and a path of fields, indices (bounds checked where written) and derefs.
 * Loops: `while c { b }` is a loop whose head evaluates `c`; `for x in a..b` is a loop over
 * `x` from `a` while `x < b` (for `a..=b`, `x` is an `int` counter up to `b + 1`), with the
 * increment as the latch and `a <= x <= b` known at the head by construction.
 */
import type { Type } from '../check/types.js';
import type { Block, Expr, ForStmt, LoopStmt, Stmt, WhileStmt } from '../syntax/ast.js';
import { walkBlock, walkExpr } from '../syntax/walk.js';
import { coerce, containsMutRef, Cx, intLit, IrUnsupported, isMutRef, notE, unitValue, varOf } from './lower-context.js';
import { execAllowsNoDecreases, invariantApp, lexDecrease, measureInt } from './lower-call.js';
import { arith, binders, compare, indexCheck, lowerClaim, lowerExpr, lowerPure, terminates, tyOf } from './lower-expr.js';
import { isSpecExpr, requireNotSpec, specPrefixes } from './lower-modes.js';
import { matchPattern } from './lower-pattern.js';
import { mapChildren } from './rewrite.js';
import type { IrExpr, IrSpan, IrStmt, LoopSpec, Place, Projection } from './types.js';

const BOOL: Type = { k: 'bool' };
const INT: Type = { k: 'int', kind: 'int' };

// ---------------------------------------------------------------------------- places

/** The place an expression denotes (writing to it, or passing it as `&mut`), with its index checks. */
export function lowerPlace(cx: Cx, e: Expr): Place | undefined {
  switch (e.kind) {
    case 'path': {
      if (e.res?.kind !== 'local') return undefined;
      const ty = cx.locals.get(e.res.id)?.ty ?? e.res.ty;
      return { root: e.res.id, name: e.res.name, rootTy: ty, proj: [], ty };
    }
    case 'unary': {
      if (e.op !== '*') return undefined;
      const p = lowerPlace(cx, e.operand);
      return p && withProj(p, { k: 'deref', ty: tyOf(e) });
    }
    case 'ref': return lowerPlace(cx, e.operand);
    case 'field': {
      const p = lowerPlace(cx, e.base);
      if (!p) return undefined;
      let q = p;
      while (q.ty.k === 'ref') q = withProj(q, { k: 'deref', ty: q.ty.inner });
      return withProj(q, { k: 'field', name: e.name, ty: tyOf(e) });
    }
    case 'index': {
      const p = lowerPlace(cx, e.base);
      if (!p) return undefined;
      const base = readPlace(p, e.base.span);
      const index = lowerExpr(cx, e.index);
      indexCheck(cx, base, index, e);
      return withProj(p, { k: 'index', index, ty: tyOf(e) });
    }
    case 'call':
      if (e.callee.kind === 'path' && e.callee.res?.kind === 'builtin' && ['Tracked', 'Ghost'].includes(e.callee.res.name) && e.args[0]) return lowerPlace(cx, e.args[0]);
      return undefined;
    case 'method':
      if (e.res?.kind === 'builtin' && e.res.name.startsWith('Tracked::borrow')) return lowerPlace(cx, e.receiver);
      return undefined;
    default: return undefined;
  }
}

/** The local at the root of a place expression (through derefs, borrows, fields, indices, Tracked/Ghost). */
export function placeRoot(e: Expr): { id: number; name: string } | undefined {
  switch (e.kind) {
    case 'path': return e.res?.kind === 'local' ? { id: e.res.id, name: e.res.name } : undefined;
    case 'unary': return e.op === '*' ? placeRoot(e.operand) : undefined;
    case 'ref': return placeRoot(e.operand);
    case 'field': case 'index': return placeRoot(e.base);
    case 'call':
      if (e.callee.kind === 'path' && e.callee.res?.kind === 'builtin' && ['Tracked', 'Ghost'].includes(e.callee.res.name) && e.args[0]) return placeRoot(e.args[0]);
      return undefined;
    case 'method':
      if (e.res?.kind === 'builtin' && e.res.name.startsWith('Tracked::borrow')) return placeRoot(e.receiver);
      return undefined;
    default: return undefined;
  }
}

function withProj(p: Place, s: Projection): Place {
  return { ...p, proj: [...p.proj, s], ty: s.ty };
}

/** The current value of a place, as an expression. */
export function readPlace(p: Place, span: IrSpan): IrExpr {
  return placeRead(p, span);
}

export function placeRead(p: Place, span: IrSpan): IrExpr {
  let x: IrExpr = { k: 'var', id: p.root, name: p.name, ty: p.rootTy, at: 'now', span };
  for (const s of p.proj) {
    if (s.k === 'field') x = { k: 'field', base: x, name: s.name, ty: s.ty, span };
    else if (s.k === 'index') x = { k: 'index', base: x, index: s.index, ty: s.ty, span };
    else x = { k: 'deref', arg: x, ty: s.ty, span };
  }
  return x;
}

/**
 * A type invariant check on a constructed or changed value of a type that has one. Exec code
 * checks every one; proof code those whose value is not spec (`src`, the constructor written:
 * Verus checks a constructor unless its mode is spec, so tracked values all meet their invariants).
 */
export function typeInvariantCheck(cx: Cx, v: IrExpr, span: IrSpan, src?: Expr): IrExpr {
  if (cx.pure) return v;
  if (cx.ghost && (!src || isSpecExpr(cx, src))) return v;
  if (!invariantApp(cx, v)) return v;
  // a value with an `arbitrary()` part is named first: the check and the use see the same value
  let value = v;
  if (hasArbitrary(v)) {
    const t = cx.temp('ctor', v.ty);
    cx.emit({ k: 'let', local: t, init: v, span });
    value = varOf(t, span);
  }
  const inv = invariantApp(cx, value);
  if (!inv || inv.k !== 'spec_call') return value;
  const decl = cx.crate.fns.find((f) => f.qname === inv.fn)?.decl;
  cx.check({ k: 'holds', cond: inv }, {
    kind: 'type-invariant', message: 'constructed value may fail to meet its declared type invariant',
    labels: decl ? [{ message: 'type invariant declared here', span: decl.nameSpan }] : [],
  }, span);
  return value;
}

function hasArbitrary(e: IrExpr): boolean {
  let found = e.k === 'arbitrary';
  if (!found) mapChildren(e, (x) => { if (!found && hasArbitrary(x)) found = true; return x; });
  return found;
}

export const typeInvariantOfType = typeInvariantCheck;

function assign(cx: Cx, st: Stmt & { kind: 'assign' }): void {
  const place = lowerPlace(cx, st.target);
  if (!place) throw new IrUnsupported('assignment to this place', st.target.span);
  // `a = b` on a `&mut` variable re-points it; the IR tracks referents, not pointers
  if (place.proj.length === 0 && st.target.kind === 'path' && isMutRef(place.rootTy)) throw new IrUnsupported('reassigning a `&mut` reference', st.target.span);
  // a spec value written into a tracked (or exec) place in proof code would carry no checked invariant
  if (cx.ghost && !isSpecExpr(cx, st.target)) requireNotSpec(cx, st.value, 'the value written to a tracked or exec place');
  let v: IrExpr;
  if (st.op === '=') v = coerce(lowerExpr(cx, st.value), place.ty);
  else {
    const cur = readPlace(place, st.target.span);
    const rhs = lowerExpr(cx, st.value);
    v = arith(cx, st.op.slice(0, -1), cur, rhs, tyOf(st.target), st.span);
  }
  cx.emit({ k: 'assign', place, value: v, span: st.span });
  enclosingInvariantChecks(cx, place, st.span, st.target);
}

/**
 * A changed field (assigned, or written through `&mut` by a call): the enclosing values with
 * a type invariant must still meet it, checked innermost first. In proof code only those that
 * are not spec (under an exec or tracked root, not under a ghost field): `target` is the place
 * as written, whose root says.
 */
export function enclosingInvariantChecks(cx: Cx, place: Place, span: IrSpan, target?: Expr): void {
  if (cx.pure) return;
  const spec = cx.ghost ? specPrefixes(cx, place, !!target && rootIsSpec(target)) : undefined;
  for (let i = place.proj.length - 1; i >= 0; i--) {
    if (place.proj[i]!.k !== 'field') continue;
    if (spec?.[i]) continue;
    const prefix: Place = { ...place, proj: place.proj.slice(0, i), ty: i === 0 ? place.rootTy : place.proj[i - 1]!.ty };
    const v = readPlace(prefix, span);
    const inv = invariantApp(cx, v);
    if (!inv || inv.k !== 'spec_call') continue;
    const decl = cx.crate.fns.find((f) => f.qname === inv.fn)?.decl;
    cx.check({ k: 'holds', cond: inv }, {
      kind: 'type-invariant', message: 'constructed value may fail to meet its declared type invariant',
      labels: decl ? [{ message: 'type invariant declared here', span: decl.nameSpan }] : [],
    }, span);
  }
}

/** Whether the root of a written place is a ghost local (any other root is checked). */
function rootIsSpec(target: Expr): boolean {
  let e = target;
  for (;;) {
    if (e.kind === 'unary' || e.kind === 'ref') e = e.operand;
    else if (e.kind === 'field' || e.kind === 'index') e = e.base;
    else if (e.kind === 'method' && e.res?.kind === 'builtin' && e.res.name.startsWith('Tracked::borrow')) e = e.receiver;
    else break;
  }
  return e.kind === 'path' && e.res?.kind === 'local' && e.res.mode === 'ghost';
}

// ---------------------------------------------------------------------------- blocks

/** A block's statements into the buffer; returns its value. In spec code, a `let` expression. */
export function lowerBlockExec(cx: Cx, b: Block): IrExpr {
  if (cx.pure) return pureBlock(cx, b, 0);
  for (const st of b.stmts) {
    lowerStmt(cx, st);
    // the rest is unreachable (after a return, a break, a loop without exit): nothing to check there
    if (terminates(cx.out)) return unitValue(b.span);
  }
  return b.tail ? lowerExpr(cx, b.tail) : unitValue(b.span);
}

function pureBlock(cx: Cx, b: Block, from: number): IrExpr {
  for (let i = from; i < b.stmts.length; i++) {
    const st = b.stmts[i]!;
    if (st.kind === 'let' && st.elseBlock) throw new IrUnsupported('`let ... else` in spec code', st.span);
    if (st.kind === 'let' && st.init) {
      const v = lowerExpr(cx, st.init);
      const m = matchPattern(cx, st.pattern, v, tyOf(st.init));
      const body = pureBlock(cx, b, i + 1);
      return m.binds.reduceRight<IrExpr>((acc, x) => ({ k: 'let', binder: x.local, value: x.value, body: acc, ty: acc.ty, span: st.span }), body);
    }
    if (st.kind === 'assert' || st.kind === 'assume' || st.kind === 'proof') continue; // proof hints carry no value
    if (st.kind === 'expr' && st.expr.kind === 'call' && st.expr.callee.kind === 'path' && st.expr.callee.res?.kind === 'builtin' && st.expr.callee.res.name === 'reveal') continue;
    if (st.kind === 'expr' && !st.semi) return lowerExpr(cx, st.expr);
    throw new IrUnsupported('this statement in spec code', st.span);
  }
  return b.tail ? lowerExpr(cx, b.tail) : unitValue(b.span);
}

export function lowerStmt(cx: Cx, st: Stmt): void {
  switch (st.kind) {
    case 'let': return letStmt(cx, st);
    case 'expr': lowerExpr(cx, st.expr); return;
    case 'assign': return assign(cx, st);
    case 'while': case 'loop': case 'for': return loop(cx, st);
    case 'assert': return assertStmt(cx, st);
    case 'assume': cx.emit({ k: 'assume', cond: lowerPure(cx, st.expr), span: st.span }); return;
    case 'assert_forall': {
      const bs = binders(cx, st.binders, { kind: 'tuple', elems: [st.assumption ?? st.conclusion, st.conclusion], span: st.span });
      const proof = st.proof ? cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, st.proof!))).stmts : [];
      const bool: Type = { k: 'bool' };
      const body: Expr = st.assumption
        ? { kind: 'binary', op: '==>', left: st.assumption, right: st.conclusion, opSpan: st.span, span: st.span, ty: bool }
        : st.conclusion;
      const fact = lowerPure(cx, { kind: 'quant', quant: 'forall', binders: st.binders, triggers: st.triggers, auto: st.auto, body, span: st.span, ty: bool });
      cx.emit({
        k: 'assert_forall', binders: bs, ...(st.assumption ? { assumption: lowerPure(cx, st.assumption) } : {}),
        conclusion: lowerClaim(cx, st.conclusion), proof, hasProof: !!st.proof, fact, span: st.span,
      });
      return;
    }
    case 'proof': {
      const body = cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, st.block))).stmts;
      cx.emit({ k: 'ghost', body, span: st.span });
      return;
    }
    case 'item': return; // nested items are checked (and rejected) by the checker, not here
  }
}

function letStmt(cx: Cx, st: Stmt & { kind: 'let' }): void {
  const ghost = st.mode !== 'exec';
  const p = st.pattern;
  const ty = (p.kind === 'ident' ? p.ty : undefined) ?? st.init?.ty ?? INT;
  // a `&mut` held in a variable would alias its referent: writes through it would be lost
  if (containsMutRef(ty) || (st.init?.ty && containsMutRef(st.init.ty))) throw new IrUnsupported('a `&mut` reference held in a variable', st.span);
  if (st.mode === 'tracked' && st.init) requireNotSpec(cx, st.init, 'the value of a `let tracked`');
  const v = st.init ? cx.with({ ghost }, () => lowerExpr(cx, st.init!)) : undefined;
  const mode = ghost ? (st.mode === 'tracked' ? 'tracked' : 'ghost') : cx.ghost ? 'ghost' : 'exec';
  if (p.kind === 'ident' && p.id !== undefined) {
    const local = cx.local(p.id, p.name, ty, mode, p.synthetic ? 'temp' : 'let');
    if (mode === 'exec') cx.execValues.add(p.id);
    cx.emit({ k: 'let', local, ...(v ? { init: coerce(v, ty) } : {}), span: st.span });
    return;
  }
  if (!v) throw new IrUnsupported('this let pattern without a value', st.span);
  let scrut = v;
  if (v.k !== 'var') {
    const t = cx.temp('let', v.ty);
    cx.emit({ k: 'let', local: t, init: v, span: st.span });
    scrut = varOf(t, st.span);
  }
  const m = cx.with({ ghost }, () => matchPattern(cx, p, scrut, st.init?.ty ?? ty));
  if (st.elseBlock) letElse(cx, st.elseBlock, m.cond, st.span);
  for (const b of m.binds) cx.emit({ k: 'let', local: b.local, init: b.value, pattern: true, span: st.span });
}

/** `let P = e else { .. }`: where `e` does not match P, the `else` block runs and leaves. */
function letElse(cx: Cx, block: Block, matched: IrExpr, span: IrSpan): void {
  if (cx.ghost) throw new IrUnsupported('`let ... else` in ghost code', span);
  const body = cx.collect(() => lowerBlockExec(cx, block)).stmts;
  if (!terminates(body)) throw new IrUnsupported('a `let ... else` block that does not end in `return`, `break` or `continue`', block.span);
  cx.emit({ k: 'branch', cond: notE(matched), then: body, else: [], span });
}

function assertStmt(cx: Cx, st: Stmt & { kind: 'assert' }): void {
  const by = st.by;
  const cond = !by || by.kind === 'block' ? lowerClaim(cx, st.expr) : lowerPure(cx, st.expr);
  if (!by) { cx.emit({ k: 'assert', cond, span: st.span, ...(st.message ? { message: st.message } : {}) }); return; }
  if (by.kind === 'compute') { cx.emit({ k: 'assert', cond, by: { k: 'compute', only: by.only }, span: st.span }); return; }
  if (by.kind === 'block') {
    const body = cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, by.block))).stmts;
    cx.emit({ k: 'assert', cond, by: { k: 'block', body }, span: st.span, ...(st.message ? { message: st.message } : {}) });
    return;
  }
  const requires = by.requires.map((r) => lowerPure(cx, r));
  const body = by.kind === 'nonlinear_arith' && by.block ? cx.collect(() => cx.with({ ghost: true }, () => lowerBlockExec(cx, by.block!))).stmts : [];
  cx.emit({ k: 'assert', cond, by: { k: by.kind, requires, body }, span: st.span });
}

// ---------------------------------------------------------------------------- loops

/** Roots of the places a loop may change: assignment targets, `&mut` arguments, mutated receivers. */
function modifiedRoots(cx: Cx, st: WhileStmt | LoopStmt | ForStmt): Map<number, string> {
  const out = new Map<number, string>();
  const rootOf = (e: Expr): void => {
    const r = placeRoot(e);
    if (r) out.set(r.id, r.name);
  };
  const mutArgs = (decl: Parameters<typeof cx.crate.fnByDecl.get>[0], args: Expr[], offset: number) => {
    const info = cx.crate.fnByDecl.get(decl);
    args.forEach((a, i) => { const p = info?.params[i + offset]; if (p && isMutRef(p.ty)) rootOf(a); });
  };
  const visit = (e: Expr) => {
    if (e.kind === 'ref' && e.mut) rootOf(e.operand);
    if (e.kind === 'method') {
      if (e.res?.kind === 'builtin' && /^Vec::(push|pop|set|insert|remove|clear)$/.test(e.res.name)) rootOf(e.receiver);
      if (e.res?.kind === 'fn') mutArgs(e.res.decl, [e.receiver, ...e.args], 0);
    }
    if (e.kind === 'call' && e.callee.kind === 'path' && e.callee.res?.kind === 'fn') mutArgs(e.callee.res.decl, e.args, 0);
  };
  const stmtVisit = (s: Stmt) => { if (s.kind === 'assign') rootOf(s.target); };
  walkBlock(st.body, visit, stmtVisit);
  if (st.kind === 'while') walkExpr(st.cond, visit, stmtVisit);
  return out;
}

function loopSpec(cx: Cx, st: WhileStmt | LoopStmt | ForStmt): LoopSpec {
  return {
    invariants: st.invariants.map((c) => lowerClaim(cx, c)),
    invariantsExceptBreak: st.invariantsExceptBreak.map((c) => lowerClaim(cx, c)),
    ensures: st.ensures.map((c) => lowerPure(cx, c)),
    decreases: st.decreases.map((c) => lowerPure(cx, c)),
  };
}

function loop(cx: Cx, st: WhileStmt | LoopStmt | ForStmt): void {
  if (st.kind === 'for' && st.iter) throw new IrUnsupported('`for` loops over anything but an integer range', st.iter.span);
  if (st.iterName) throw new IrUnsupported('named `for` loop iterators (`it =>` in `verus_spec`, `for x in it: ..`)', st.iterName.span);
  const id = cx.newLoopId();
  const execLoop = cx.fn.decl.mode === 'exec' && !cx.ghost;
  const allowsNone = execAllowsNoDecreases(cx);
  // proof code must terminate: its loops always need `decreases` (the exec opt-out is for exec loops only)
  const needsDecreases = st.kind !== 'for' && st.decreases.length === 0 && (!execLoop || !allowsNone);
  const facts: IrExpr[] = [];
  const latch: IrStmt[] = [];
  let cond: IrExpr | undefined;
  let head: IrStmt[] = [];
  const modified = modifiedRoots(cx, st);
  let counter: number | undefined;
  if (st.kind === 'for') {
    const p = st.pattern;
    if (p.kind !== 'ident' || p.id === undefined) throw new IrUnsupported('this for-loop pattern', p.span);
    const elemTy = p.ty ?? tyOf(st.start);
    const start = lowerExpr(cx, st.start);
    const end = lowerExpr(cx, st.end);
    const counterTy = st.inclusive ? INT : elemTy;
    const s = cx.temp('start', start.ty);
    const e = cx.temp('end', st.inclusive ? INT : end.ty);
    cx.emit({ k: 'let', local: s, init: start, span: st.start.span });
    const endValue: IrExpr = st.inclusive ? { k: 'arith', op: 'add', left: coerce(end, INT), right: intLit(1n, INT, st.end.span), ty: INT, span: st.end.span } : end;
    cx.emit({ k: 'let', local: e, init: endValue, span: st.end.span });
    const x = cx.local(p.id, p.name, counterTy, cx.ghost ? 'ghost' : 'exec', 'let');
    counter = x.id;
    cx.emit({ k: 'let', local: x, init: coerce(varOf(s, st.start.span), counterTy), span: p.span });
    const xv = varOf(x, p.span);
    // the next value comes from the iterator: a write to `mut i` in the body does not change it
    let current = xv;
    if (modified.has(x.id)) {
      const at = cx.temp('iter', counterTy);
      head = [{ k: 'let', local: at, init: xv, span: p.span }];
      current = varOf(at, p.span);
    }
    facts.push(compare('le', varOf(s, p.span), xv, p.span));
    facts.push({ k: 'logic', op: 'or', left: compare('le', xv, varOf(e, p.span), p.span), right: compare('eq', xv, varOf(s, p.span), p.span), ty: BOOL, span: p.span });
    cond = compare('lt', xv, varOf(e, st.end.span), st.headSpan);
    const next: IrExpr = { k: 'arith', op: 'add', left: current, right: intLit(1n, counterTy, p.span), ty: counterTy, span: p.span };
    latch.push({ k: 'assign', place: { root: x.id, name: x.name, rootTy: counterTy, proj: [], ty: counterTy }, value: next, span: st.headSpan });
    modified.set(x.id, x.name);
  } else if (st.kind === 'while') {
    const c = cx.collect(() => lowerExpr(cx, st.cond));
    head = c.stmts;
    cond = c.value;
  }
  const spec = loopSpec(cx, st);
  const allInv = [...st.invariants, ...st.invariantsExceptBreak];
  for (const c of allInv) cx.check({ k: 'holds', cond: lowerClaim(cx, c) }, { kind: 'invariant-entry', message: 'invariant not satisfied before loop', labels: [] }, c.span);
  // the measure's values at the head, for the decreases check at the end of the body
  const decLets: IrStmt[] = [];
  const saved = st.decreases.map((m) => {
    const t = cx.with({ ghost: true }, () => cx.temp('decreases', INT));
    decLets.push({ k: 'let', local: t, init: coerce(measureInt(lowerPure(cx, m)), INT), span: m.span });
    return varOf(t, m.span);
  });
  head = [...decLets, ...head];
  const exitChecks = (at: IrSpan) => {
    for (const c of st.ensures) {
      cx.check({ k: 'holds', cond: lowerPure(cx, c) }, { kind: 'postcondition', message: 'postcondition not satisfied', primaryLabel: 'failed this postcondition', labels: [{ message: 'at this loop exit', span: at }] }, c.span);
    }
  };
  const onBreak = (at: IrSpan) => {
    for (const c of st.invariants) {
      cx.check({ k: 'holds', cond: lowerClaim(cx, c) }, { kind: 'invariant-break', message: 'loop invariant not satisfied', primaryLabel: 'at this loop exit', labels: [{ message: 'failed this invariant', span: c.span }] }, at);
    }
    exitChecks(at);
  };
  const endChecks = cx.collect(() => {
    for (const c of allInv) cx.check({ k: 'holds', cond: lowerClaim(cx, c) }, { kind: 'invariant-end', message: 'invariant not satisfied at end of loop body', labels: [] }, c.span);
    if (saved.length) {
      const now = st.decreases.map((m) => coerce(measureInt(lowerPure(cx, m)), INT));
      cx.check({ k: 'holds', cond: lexDecrease(now, saved, st.headSpan) }, { kind: 'decreases', message: 'decreases not satisfied at end of loop', labels: [] }, st.headSpan);
    }
  }).stmts;
  latch.push(...endChecks);
  // leaving by the condition (a `loop` has none: it leaves only by break)
  const exit = st.kind === 'loop' ? [] : cx.collect(() => exitChecks(st.headSpan)).stmts;
  cx.loops.push({ id, ...(st.label ? { label: st.label } : {}), onBreak });
  let body: IrStmt[];
  try {
    body = cx.collect(() => lowerBlockExec(cx, st.body)).stmts;
  } finally {
    cx.loops.pop();
  }
  const modifies: Place[] = [...modified].filter(([rid]) => cx.locals.has(rid)).map(([rid, name]) => ({ root: rid, name, rootTy: cx.locals.get(rid)!.ty, proj: [], ty: cx.locals.get(rid)!.ty }));
  cx.emit({
    k: 'loop', id, ...(st.label ? { label: st.label } : {}), source: st.kind, ...(counter !== undefined ? { counter } : {}), head, ...(cond ? { cond } : {}), body, latch, exit, spec, facts,
    modifies, isolated: !st.noIsolation, needsDecreases, span: st.span, headSpan: st.headSpan,
  });
}

