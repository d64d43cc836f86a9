/**
 * Expressions. In exec and proof code an expression may produce statements (checks, calls,
 * branches) into the context's buffer and yields a pure IR expression; in spec code
 * (`cx.pure`) it must not, and if/match/blocks become `ite`/`let` expressions.
 *
 * The semantics decided here: checked machine arithmetic (overflow, division by zero and
 * `MIN / -1`, shift range) in exec code only; truncating division in exec code, Euclidean in
 * ghost code; casts by truncation; comparisons and arithmetic on mixed kinds widen explicitly.
 */
import { OPAQUE_EQ } from '../check/operators.js';
import { boundOpMember, lowerBoundEq, lowerBoundOp } from './lower-op-bound.js';
import type { Resolution } from '../check/resolution.js';
import { fnSpecParts, INT, intBits, intRange, isSigned, sameType, type Type } from '../check/types.js';
import type { Binder, ClosureExpr, Expr, QuantExpr } from '../syntax/ast.js';
import { autoExtEqual } from '../check/auto-ext.js';
import { walkExpr } from '../syntax/walk.js';
import {
  andAll, boolLit, coerce, containsKind, Cx, intKindOf, intLit, IrUnsupported, isMachine, isMutRef, notE, strip, unitValue, varOf,
} from './lower-context.js';
import { callFn, lowerCall, lowerMethod, noUnwindCheck } from './lower-call.js';
import { enumDiscriminant } from './lower-enum-cast.js';
import { partialOrdCompare } from './lower-partial-ord.js';
import { matchPattern } from './lower-pattern.js';
import { lowerBlockExec, typeInvariantCheck } from './lower-stmt.js';
import { requireNotSpec } from './lower-modes.js';
import type { ArithOp, CmpOp, IrExpr, IrLocal, IrSpan, IrStmt } from './types.js';
import { ptrCast, samePtrType } from './lower-ptr.js';
import { isRawPtr } from '../check/raw-ptr.js';

const BOOL: Type = { k: 'bool' };

const PANICS = new Set(['panic', 'unimplemented', 'unreachable', 'todo']);

/**
 * `panic!(..)` in verified exec code, as Verus's vstd has it (`vstd::vpanic!`): a call of
 * `vstd::pervasive::__call_panic`, which `requires allow_panic()` (vstd's `allow_panic`
 * feature, false unless the crate's Cargo.toml turns it on) and never returns. So the
 * panic must be unreachable unless the feature is on; either way no code runs after it.
 * Its message arguments are evaluated first: only plain values (literals, names, fields),
 * whose evaluation has nothing to prove, are in the subset.
 */
function panicCall(cx: Cx, e: Extract<Expr, { kind: 'macro' }>): IrExpr {
  const plain = (x: Expr): boolean =>
    x.kind === 'str' || x.kind === 'int' || x.kind === 'bool' || x.kind === 'char'
    || (x.kind === 'path' && x.segments.length === 1 && x.generics.length === 0)
    || (x.kind === 'field' && !x.arrow && plain(x.base)) || (x.kind === 'ref' && !x.mut && plain(x.operand));
  if (!e.args || !e.args.every(plain)) throw new IrUnsupported('`panic!` with message arguments other than literals, names and fields', e.span);
  if (!cx.crate.allowPanic) {
    cx.check({ k: 'holds', cond: { k: 'bool', value: false, ty: BOOL, span: e.span } }, { kind: 'precondition', message: 'precondition not satisfied', labels: [] }, e.span);
  }
  // (__call_panic has no unwinding signature: it may unwind)
  noUnwindCheck(cx, undefined, e.span, 'call to `vstd::pervasive::__call_panic` might unwind');
  cx.emit({ k: 'assume', cond: { k: 'bool', value: false, ty: BOOL, span: e.span }, diverges: true, span: e.span });
  return { k: 'arbitrary', ty: tyOf(e), span: e.span };
}

export function tyOf(e: Expr): Type {
  return e.ty ?? INT;
}

/** A spec expression (requires, ensures, invariants, assertions, guards). */
export function lowerPure(cx: Cx, e: Expr): IrExpr {
  return cx.with({ pure: true, ghost: true }, () => lowerExpr(cx, e));
}

/**
 * A claim the verifier proves (an assertion, an `ensures` at an exit, a loop invariant, an
 * `assert forall` conclusion): `a == b` at a type with extensional equality is `a =~= b` in
 * its positive positions (Verus's auto-ext-equal, docs/semantics.md, "Extensional equality").
 */
export function lowerClaim(cx: Cx, e: Expr): IrExpr {
  const ext = (t: Type): boolean => {
    const s = strip(t);
    if (s.k === 'array' || s.k === 'slice') return true;
    if (s.k === 'builtin') return s.name === 'Seq' || s.name === 'Set' || s.name === 'Map' || s.name === 'ISet' || s.name === 'IMap';
    if (s.k !== 'adt') return false;
    const decl = cx.crate.structs.get(s.name)?.decl ?? cx.crate.enums.get(s.name)?.decl;
    return !!decl?.attrs.some((a) => a.name === 'verifier::ext_equal');
  };
  return lowerPure(cx, autoExtEqual(e, ext, (a, b) => sameType(strip(a), strip(b))));
}

export function constValue(cx: Cx, res: Resolution & { kind: 'const' }, span: IrSpan): IrExpr {
  const info = cx.crate.consts.get(res.qname);
  if (typeof info?.value === 'bigint') {
    // the initializer overflows (an error on it): users only know the const is some value of its type
    const k = intKindOf(info.ty);
    const r = isMachine(k) ? intRange(k) : undefined;
    if ((r && (info.value < r.min || info.value > r.max)) || (k === 'nat' && info.value < 0n)) return { k: 'unknown_const', name: res.qname, ty: info.ty, span };
    return intLit(info.value, info.ty, span);
  }
  if (typeof info?.value === 'boolean') return boolLit(info.value, span);
  if (res.decl.value) return lowerPure(cx, res.decl.value);
  throw new IrUnsupported('a constant without a value', span);
}

function builtinConst(name: string, ty: Type, span: IrSpan): IrExpr | undefined {
  const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(name);
  if (!m) return undefined;
  const k = m[1] as Parameters<typeof intRange>[0];
  const r = intRange(k);
  if (!r) return undefined;
  const v = m[2] === 'MAX' ? r.max : m[2] === 'MIN' ? r.min : BigInt(intBits(k));
  return intLit(v, ty, span);
}

function readLocal(cx: Cx, res: Resolution & { kind: 'local' }, span: IrSpan, old: boolean): IrExpr {
  if (old) {
    const o = cx.oldEnv.get(res.id);
    if (o) return o;
  }
  const s = cx.env.get(res.id);
  if (s) return s;
  const l = cx.locals.get(res.id);
  const at = (old || cx.atEntry) && cx.paramIds.has(res.id) ? 'old' : 'now';
  return { k: 'var', id: res.id, name: res.name, ty: l?.ty ?? res.ty, at, span };
}

function pathExpr(cx: Cx, e: Expr & { kind: 'path' }): IrExpr {
  const res = e.res;
  const ty = tyOf(e);
  if (!res) throw new IrUnsupported(`unresolved name \`${e.segments.join('::')}\``, e.span);
  switch (res.kind) {
    case 'local': return readLocal(cx, res, e.span, false);
    case 'const': {
      // a const's initializer is evaluated as spec code (never checked), so its value is checked where exec code takes it
      const v = constValue(cx, res, e.span);
      return typeInvariantCheck(cx, v, e.span, e);
    }
    case 'builtin': {
      const c = builtinConst(res.name, ty, e.span);
      if (c) return c;
      if (res.name === 'None') return { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty, span: e.span };
      break;
    }
    case 'variant': {
      const v: IrExpr = { k: 'ctor', adt: res.qname.split('::').slice(0, -1).join('::'), variant: res.variant.name, fields: [], ty, span: e.span };
      return typeInvariantCheck(cx, v, e.span, e);
    }
    case 'struct': {
      const v: IrExpr = { k: 'ctor', adt: res.qname, fields: [], ty, span: e.span };
      return typeInvariantCheck(cx, v, e.span, e);
    }
    case 'fn':
      if (res.decl.mode === 'spec' && res.decl.params.length === 0) return { k: 'spec_call', fn: res.qname, typeArgs: res.typeArgs, args: [], ty, span: e.span };
      break;
  }
  throw new IrUnsupported(`\`${e.segments.join('::')}\` as a value`, e.span);
}

const ARITH: Record<string, ArithOp> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '&': 'bitand', '|': 'bitor', '^': 'bitxor', '<<': 'shl', '>>': 'shr' };
const CMP: Record<string, CmpOp> = { '==': 'eq', '===': 'eq', '!=': 'ne', '!==': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '=~=': 'ext_eq', '=~~=': 'ext_eq' };

/** Comparison, with both sides widened to `int` when their integer kinds differ. */
export function compare(op: CmpOp, a: IrExpr, b: IrExpr, span: IrSpan): IrExpr {
  const ka = intKindOf(a.ty);
  const kb = intKindOf(b.ty);
  if (ka && kb && ka !== kb) {
    if (containsKind(ka, kb)) b = coerce(b, a.ty);
    else if (containsKind(kb, ka)) a = coerce(a, b.ty);
    else { a = coerce(a, INT); b = coerce(b, INT); }
  }
  return { k: 'cmp', op, left: a, right: b, ty: BOOL, span };
}

/** vstd's `Set` operators (spec_add, spec_sub, spec_mul). */
const SET_OPERATORS: Record<string, string> = { '+': 'Set::union', '-': 'Set::difference', '*': 'Set::intersect' };

/**
 * Arithmetic `a op b` at result type `ty`, with its run-time checks in exec code.
 * `span` is the whole expression (or compound assignment), where a failure is reported.
 */
export function arith(cx: Cx, op: string, a: IrExpr, b: IrExpr, ty: Type, span: IrSpan): IrExpr {
  const t = strip(ty);
  if (t.k === 'bool') {
    const lop = op === '&' ? 'and' : op === '|' ? 'or' : op === '^' ? 'xor' : undefined;
    if (!lop) throw new IrUnsupported(`\`${op}\` on booleans`, span);
    return { k: 'logic', op: lop, left: a, right: b, ty: BOOL, span };
  }
  if (op === '+' && t.k === 'builtin' && t.name === 'Seq') return { k: 'builtin', name: 'Seq::add', args: [a, b], ty, span };
  if (t.k === 'builtin' && (t.name === 'Set' || t.name === 'ISet') && SET_OPERATORS[op]) return { k: 'builtin', name: SET_OPERATORS[op], args: [a, b], ty, span };
  const aop = ARITH[op];
  const k = intKindOf(ty);
  if (!aop || !k) throw new IrUnsupported(`\`${op}\` at type ${t.k}`, span);
  const bitwise = aop === 'bitand' || aop === 'bitor' || aop === 'bitxor' || aop === 'shl' || aop === 'shr';
  const left = coerce(a, ty);
  const right = bitwise && (aop === 'shl' || aop === 'shr') ? b : coerce(b, ty);
  if (aop === 'div' || aop === 'rem') {
    cx.runtimeCheck({ k: 'nonzero', value: right }, { kind: 'division', message: 'possible division by zero', labels: [] }, span);
  }
  if ((aop === 'shl' || aop === 'shr') && isMachine(k)) {
    cx.runtimeCheck({ k: 'shift_amount', amount: right, bits: intBits(k) }, { kind: 'shift', message: 'possible bit shift underflow/overflow', labels: [] }, span);
  }
  const r: IrExpr = { k: 'arith', op: aop, left, right, ty, span, ...(aop === 'div' || aop === 'rem' ? { rounding: cx.ghost ? 'euclid' as const : 'trunc' as const } : {}) };
  const overflowing = aop === 'add' || aop === 'sub' || aop === 'mul' || ((aop === 'div' || aop === 'rem') && isSigned(k));
  if (overflowing && isMachine(k)) {
    cx.runtimeCheck({ k: 'in_range', value: r, kind: k }, { kind: 'overflow', message: 'possible arithmetic underflow/overflow', labels: [] }, span);
  }
  // `MIN % -1` panics in Rust (the quotient overflows) although the remainder, 0, fits
  if (aop === 'rem' && isMachine(k) && isSigned(k)) {
    const quotient: IrExpr = { k: 'arith', op: 'div', left, right, ty, span, rounding: 'trunc' };
    cx.runtimeCheck({ k: 'in_range', value: quotient, kind: k }, { kind: 'overflow', message: 'possible arithmetic underflow/overflow', labels: [], subject: `${cx.text(a.span)} / ${cx.text(b.span)}` }, span);
  }
  return r;
}

/** The meaning of `e as T`. */
export function cast(x: IrExpr, to: Type, span: IrSpan): IrExpr {
  const target = strip(to);
  const source = strip(x.ty);
  const ptr = ptrCast(x, source, to, target, span, cast);
  if (ptr) return ptr;
  if (target.k !== 'int') throw new IrUnsupported('a cast to a type other than an integer', span);
  if (source.k === 'bool') return { k: 'cast', arg: x, from: x.ty, how: 'bool_to_int', explicit: true, ty: to, span };
  if (source.k === 'char') return { k: 'cast', arg: x, from: x.ty, how: 'char_to_int', explicit: true, ty: to, span };
  // `x as int` of `T: Integer` (src/check/integer-bound.ts): the integer the value is
  if (source.k === 'param') return { k: 'cast', arg: x, from: x.ty, how: 'param_to_int', explicit: true, ty: to, span };
  if (source.k !== 'int') throw new IrUnsupported('a cast from a type other than an integer', span);
  const how = containsKind(target.kind, source.kind) ? 'widen' : target.kind === 'nat' ? 'clamp_nat' : target.kind === 'int' ? 'widen' : 'wrap';
  return { k: 'cast', arg: x, from: x.ty, how, explicit: true, ty: to, span };
}

function logic(cx: Cx, e: Expr & { kind: 'binary' }): IrExpr {
  const a = lowerExpr(cx, e.left);
  const op = e.op === '&&' ? 'and' : e.op === '||' ? 'or' : 'implies';
  const { stmts, value: b } = cx.pure ? { stmts: [] as IrStmt[], value: lowerExpr(cx, e.right) } : cx.collect(() => lowerExpr(cx, e.right));
  if (stmts.length === 0) return { k: 'logic', op, left: a, right: b, ty: BOOL, span: e.span };
  // The right operand has effects: it runs only when the left one does not decide.
  const t = cx.temp('sc', BOOL);
  cx.emit({ k: 'let', local: t, init: op === 'or' ? a : op === 'and' ? a : notE(a), span: e.span });
  const runRight = op === 'or' ? notE(a) : a;
  const assignRight: IrStmt = { k: 'assign', place: { root: t.id, name: t.name, rootTy: BOOL, proj: [], ty: BOOL }, value: op === 'implies' ? b : b, span: e.span };
  cx.emit({ k: 'branch', cond: runRight, then: [...stmts, assignRight], else: [], from: 'short_circuit', op, span: e.span });
  return varOf(t, e.span);
}

function binary(cx: Cx, e: Expr & { kind: 'binary' }): IrExpr {
  if (e.op === '&&' || e.op === '||' || e.op === '==>') return logic(cx, e);
  if (e.op === '<==' || e.op === '<==>') {
    const a = lowerExpr(cx, e.left);
    const b = lowerExpr(cx, e.right);
    return e.op === '<==' ? { k: 'logic', op: 'implies', left: b, right: a, ty: BOOL, span: e.span } : { k: 'logic', op: 'iff', left: a, right: b, ty: BOOL, span: e.span };
  }
  if (e.ordSpec) return partialOrdCompare(cx, { ...e, ordSpec: e.ordSpec }, lowerExpr(cx, e.left), lowerExpr(cx, e.right), e.span);
  // exec `a + b`, `a == b` on a user type: the impl's fn, through its contract (src/check/operators.ts)
  if (e.res?.kind === 'fn') {
    const info = cx.crate.fnByDecl.get(e.res.decl);
    if (!info) throw new IrUnsupported(`calling \`${e.res.qname}\``, e.span);
    const r = callFn(cx, info, e.res.typeArgs, [e.left, e.right], e.span);
    return e.op === '!=' ? notE(r) : r;
  }
  const viaBound = boundOpMember(e.res?.kind === 'builtin' ? e.res.name : undefined);
  if (viaBound && e.res?.kind === 'builtin') return lowerBoundOp(cx, viaBound, e.res.typeArgs[0]!, [lowerExpr(cx, e.left), lowerExpr(cx, e.right)], e.span);
  if (e.res?.kind === 'builtin' && e.res.name === OPAQUE_EQ) {
    // `==` of a type whose `eq` is unknown: evaluate both sides, the answer is any bool
    // (for a type parameter, one meeting its `eq`'s ensures: lower-op-bound.ts)
    const l = lowerExpr(cx, e.left);
    const r = lowerExpr(cx, e.right);
    const self = e.res.typeArgs[0];
    const known = self ? lowerBoundEq(cx, self, [l, r], e.span) : undefined;
    if (known) return e.op === '!=' ? { k: 'not', arg: known, ty: BOOL, span: e.span } : known;
    const v: IrExpr = { k: 'arbitrary', of: 'eq', ty: BOOL, span: e.span };
    return e.op === '!=' ? { k: 'not', arg: v, ty: BOOL, span: e.span } : v;
  }
  const a = lowerExpr(cx, e.left);
  const b = lowerExpr(cx, e.right);
  const c = CMP[e.op];
  if (c) {
    const r = compare(c, a, samePtrType(a, b), e.span);
    return e.op === '=~~=' && r.k === 'cmp' ? { ...r, deep: true } : r;
  }
  const ty = tyOf(e);
  const k = intKindOf(ty);
  if (e.rustOp && (cx.ghost || cx.pure) && k && isMachine(k)) {
    // Rust's operator in ghost code (from a macro's expansion): the exact result wrapped into the type
    const exact: IrExpr = { k: 'arith', op: ARITH[e.op]!, left: coerce(a, INT), right: coerce(b, INT), ty: INT, span: e.span };
    return cast(exact, ty, e.span);
  }
  return arith(cx, e.op, a, b, ty, e.span);
}

function unary(cx: Cx, e: Expr & { kind: 'unary' }): IrExpr {
  const x = lowerExpr(cx, e.operand);
  const ty = tyOf(e);
  const viaBound = boundOpMember(e.res?.kind === 'builtin' ? e.res.name : undefined);
  if (viaBound) return lowerBoundOp(cx, viaBound, ty, [x], e.span);
  if (e.op === '*') return { k: 'deref', arg: x, ty, span: e.span };
  if (e.op === '-') {
    const r: IrExpr = { k: 'neg', arg: coerce(x, ty), ty, span: e.span };
    const k = intKindOf(ty);
    if (isMachine(k)) cx.runtimeCheck({ k: 'in_range', value: r, kind: k }, { kind: 'overflow', message: 'possible arithmetic underflow/overflow', labels: [] }, e.span);
    return r;
  }
  if (strip(x.ty).k === 'bool') return { k: 'not', arg: x, ty: BOOL, span: e.span };
  return { k: 'bitnot', arg: x, ty, span: e.span };
}

/** Field access; a reference base is dereferenced explicitly (auto-deref). */
export function fieldOf(base: IrExpr, name: string, ty: Type, span: IrSpan): IrExpr {
  let b = base;
  while (b.ty.k === 'ref') b = { k: 'deref', arg: b, ty: b.ty.inner, span: b.span };
  return { k: 'field', base: b, name, ty, span };
}

/** The bounds check of an element read or write (Vec: its `index` precondition). */
export function indexCheck(cx: Cx, seq: IrExpr, index: IrExpr, e: Expr & { kind: 'index' }): void {
  const t = strip(seq.ty);
  if (t.k === 'builtin' && t.name === 'Vec') {
    cx.runtimeCheck({ k: 'in_bounds', seq, index }, { kind: 'precondition', message: 'precondition not satisfied', labels: [{ message: 'failed precondition', span: e.index.span }] }, e.span);
  } else if (t.k === 'array' || t.k === 'slice' || (t.k === 'builtin' && t.name === 'Seq')) {
    cx.runtimeCheck({ k: 'in_bounds', seq, index }, { kind: 'index', message: 'precondition not met: index in bounds for this access', labels: [] }, e.span);
  } else if (!cx.ghost) {
    throw new IrUnsupported('indexing this type', e.span);
  }
}

function indexExpr(cx: Cx, e: Expr & { kind: 'index' }): IrExpr {
  const base = lowerExpr(cx, e.base);
  const index = lowerExpr(cx, e.index);
  indexCheck(cx, base, index, e);
  return { k: 'index', base, index, ty: tyOf(e), span: e.span };
}

function structLit(cx: Cx, e: Expr & { kind: 'struct' }): IrExpr {
  const ty = tyOf(e);
  const res = e.res;
  const fields = e.fields.map((f) => ({ name: f.name, value: coerceField(cx, lowerExpr(cx, f.value)) }));
  let v: IrExpr;
  if (res?.kind === 'variant') v = { k: 'ctor', adt: res.qname.split('::').slice(0, -1).join('::'), variant: res.variant.name, fields, ty, span: e.span };
  else if (res?.kind === 'struct') {
    v = e.base ? { k: 'update', base: lowerExpr(cx, e.base), fields, ty, span: e.span } : { k: 'ctor', adt: res.qname, fields, ty, span: e.span };
  } else throw new IrUnsupported('this struct literal', e.span);
  return typeInvariantCheck(cx, v, e.span, e);
}

function coerceField(_cx: Cx, v: IrExpr): IrExpr {
  return v;
}

function seqLit(cx: Cx, e: Expr & { kind: 'array' | 'seq' }): IrExpr {
  const ty = tyOf(e);
  if (e.kind === 'array' && e.repeat) {
    if (cx.pure) throw new IrUnsupported('array repeat expressions in spec code', e.span);
    const st = strip(ty);
    const n = e.repeat.count.kind === 'int' ? Number(e.repeat.count.value) : st.k === 'array' ? Number(st.len) : -1;
    if (n < 0 || n > 256) throw new IrUnsupported('this array repeat expression', e.span);
    const v = lowerExpr(cx, e.repeat.value);
    return { k: 'seq_lit', elems: Array.from({ length: n }, () => v), ty, span: e.span };
  }
  return { k: 'seq_lit', elems: e.elems.map((x) => lowerExpr(cx, x)), ty, span: e.span };
}

function binderType(b: Binder, body: Expr): Type {
  let found: Type | undefined;
  walkExpr(body, (x) => {
    if (!found && x.kind === 'path' && x.res?.kind === 'local' && x.res.id === b.id) found = x.res.ty;
  });
  if (found) return found;
  const t = b.ty;
  if (t?.kind === 'path' && t.segments.length === 1) {
    const n = t.segments[0]!;
    if (n === 'bool') return BOOL;
    if (/^(u|i)(8|16|32|64|128|size)$/.test(n) || n === 'int' || n === 'nat') return { k: 'int', kind: n as 'int' };
  }
  return INT;
}

export function binders(cx: Cx, bs: Binder[], body: Expr): IrLocal[] {
  return bs.map((b) => {
    if (b.id === undefined) throw new IrUnsupported('an unresolved binder', b.span);
    return cx.local(b.id, b.name, binderType(b, body), 'ghost', 'binder');
  });
}

function quant(cx: Cx, e: QuantExpr): IrExpr {
  const bs = binders(cx, e.binders, e.body);
  const groups: Expr[][] = [...e.triggers];
  const marked: Expr[] = [];
  walkExpr(e.body, (x) => { if (x.kind === 'trigger') marked.push(x.operand); });
  if (marked.length) groups.push(marked);
  const triggers = groups.map((g) => g.map((x) => lowerExpr(cx, x)));
  return { k: 'quant', quant: e.quant, binders: bs, triggers, auto: e.auto, body: lowerExpr(cx, e.body), ty: tyOf(e), span: e.span };
}

/**
 * A spec closure: its parameters take their types from the closure's `spec_fn` type, its body
 * is spec code at the result type. Locals it reads are read here: their values at this point.
 */
function closure(cx: Cx, e: ClosureExpr): IrExpr {
  const ty = tyOf(e);
  const s = strip(ty);
  if (s.k === 'builtin' && s.name === 'Closure') throw new IrUnsupported('closures in exec code', e.span);
  const parts = fnSpecParts(strip(ty));
  if (!parts || parts.params.length !== e.params.length) throw new IrUnsupported('a closure whose type is not known', e.span);
  const params = e.params.map((b, i) => {
    if (b.id === undefined) throw new IrUnsupported('an unresolved closure parameter', b.span);
    return cx.local(b.id, b.name, parts.params[i]!, 'ghost', 'binder');
  });
  const body = coerce(lowerPure(cx, e.body), parts.ret);
  return { k: 'lambda', params, body, ty, span: e.span };
}

function oldExpr(cx: Cx, e: Expr & { kind: 'old' }): IrExpr {
  const base = e.operand;
  if (base.kind === 'path' && base.res?.kind === 'local') return readLocal(cx, base.res, base.span, true);
  return lowerExpr(cx, base);
}

/** Spec `if`: an `ite`. Exec `if`: a branch, its value through a temporary. */
function ifExpr(cx: Cx, e: Expr & { kind: 'if' }): IrExpr {
  const c = lowerExpr(cx, e.cond);
  const ty = tyOf(e);
  const elseOf = () => (!e.else ? unitValue(e.span) : 'stmts' in e.else ? lowerBlockExec(cx, e.else) : lowerExpr(cx, e.else));
  if (cx.pure) {
    return { k: 'ite', cond: c, then: lowerBlockExec(cx, e.then), else: elseOf(), ty, span: e.span };
  }
  const valued = !isUnitLike(ty);
  const t = valued ? cx.temp('if', ty) : undefined;
  if (t) cx.emit({ k: 'let', local: t, span: e.span });
  const thenPart = cx.collect(() => lowerBlockExec(cx, e.then));
  const elsePart = cx.collect(elseOf);
  const put = (part: { stmts: IrStmt[]; value: IrExpr }): IrStmt[] => [
    ...part.stmts,
    ...(t && !terminates(part.stmts) ? [{ k: 'assign' as const, place: { root: t.id, name: t.name, rootTy: ty, proj: [], ty }, value: coerce(part.value, ty), span: part.value.span }] : []),
  ];
  cx.emit({ k: 'branch', cond: c, then: put(thenPart), else: put(elsePart), span: e.span });
  return t ? varOf(t, e.span) : unitValue(e.span);
}

/**
 * Whether a statement list ends by leaving (the code after it is dead): a return, break,
 * continue or abort, a call that never returns (a diverging assume), a branch both of whose arms leave, or a loop without a condition that
 * no `break` leaves.
 */
export function terminates(ss: IrStmt[]): boolean {
  const l = ss[ss.length - 1];
  if (!l) return false;
  switch (l.k) {
    case 'return': case 'break': case 'continue': case 'abort': return true;
    // a call that never returns (`panic!`)
    case 'assume': return !!l.diverges;
    case 'branch': return terminates(l.then) && terminates(l.else);
    case 'ghost': return terminates(l.body);
    case 'loop': return !l.cond && !breaksOut(l.id, [...l.head, ...l.body]);
    default: return false;
  }
}

function breaksOut(loop: number, ss: IrStmt[]): boolean {
  return ss.some((s) => {
    switch (s.k) {
      case 'break': return s.loop === loop;
      case 'branch': return breaksOut(loop, s.then) || breaksOut(loop, s.else);
      case 'loop': return breaksOut(loop, [...s.head, ...s.body, ...s.latch, ...s.exit]);
      case 'ghost': return breaksOut(loop, s.body);
      default: return false;
    }
  });
}

export function isUnitLike(t: Type): boolean {
  return (t.k === 'tuple' && t.elems.length === 0) || t.k === 'never';
}

/**
 * `match`, desugared into a chain of conditions. The checker has proved the arms exhaustive
 * (a non-exhaustive match is a static error), so the last arm needs no condition.
 */
function matchExpr(cx: Cx, e: Expr & { kind: 'match' }): IrExpr {
  const ty = tyOf(e);
  let scrut = lowerExpr(cx, e.scrutinee);
  if (!cx.pure && scrut.k !== 'var') {
    const s = cx.temp('scrut', scrut.ty);
    cx.emit({ k: 'let', local: s, init: scrut, span: e.scrutinee.span });
    scrut = varOf(s, e.scrutinee.span);
  }
  if (e.arms.length === 0) throw new IrUnsupported('an empty match', e.span);
  const arms = e.arms.map((arm) => {
    const m = matchPattern(cx, arm.pattern, scrut, tyOf(e.scrutinee));
    let cond = m.cond;
    if (arm.guard) {
      const env = new Map(cx.env);
      for (const b of m.binds) env.set(b.local.id, b.value);
      const g = cx.withEnv(env, cx.oldEnv, () => lowerPure(cx, arm.guard!));
      cond = andAll([cond, g], arm.span);
    }
    return { arm, m, cond };
  });
  if (cx.pure) {
    let out: IrExpr | undefined;
    for (let i = arms.length - 1; i >= 0; i--) {
      const { arm, m, cond } = arms[i]!;
      let body = lowerExpr(cx, arm.body);
      for (const b of [...m.binds].reverse()) body = { k: 'let', binder: b.local, value: b.value, body, ty: body.ty, span: arm.span };
      out = out === undefined ? body : { k: 'ite', cond, then: body, else: out, ty, span: e.span };
    }
    return out!;
  }
  const valued = !isUnitLike(ty);
  const t = valued ? cx.temp('match', ty) : undefined;
  if (t) cx.emit({ k: 'let', local: t, span: e.span });
  let rest: IrStmt[] | undefined;
  for (let i = arms.length - 1; i >= 0; i--) {
    const { arm, m, cond } = arms[i]!;
    const part = cx.collect(() => {
      for (const b of m.binds) cx.emit({ k: 'let', local: b.local, init: b.value, pattern: true, span: arm.pattern.span });
      return lowerExpr(cx, arm.body);
    });
    const body = [...part.stmts, ...(t && !terminates(part.stmts) ? [{ k: 'assign' as const, place: { root: t.id, name: t.name, rootTy: ty, proj: [], ty }, value: coerce(part.value, ty), span: arm.body.span }] : [])];
    rest = rest === undefined ? body : [{ k: 'branch', cond, then: body, else: rest, from: 'match', ...(i === arms.length - 2 ? { lastArm: arms[i + 1]!.cond } : {}), span: arm.span }];
  }
  for (const s of rest!) cx.emit(s);
  return t ? varOf(t, e.span) : unitValue(e.span);
}

function isExpr(cx: Cx, e: Expr & { kind: 'is' }): IrExpr {
  return { k: 'is_variant', arg: lowerExpr(cx, e.operand), variant: e.variant[e.variant.length - 1]!, ty: BOOL, span: e.span };
}

/**
 * `e?`: `match e { Ok(v) => v, Err(x) => return Err(x) }` (`Some`/`None` for an Option), so
 * the fn's `ensures` are checked at that early return. The error is passed as it is: the
 * checker allowed only the identity conversion.
 */
function tryOp(cx: Cx, e: Expr & { kind: 'try' }): IrExpr {
  if (cx.pure) throw new IrUnsupported('the `?` operator in spec code', e.span);
  if (!e.family) throw new IrUnsupported('the `?` operator here', e.span);
  let v = lowerExpr(cx, e.operand);
  if (v.k !== 'var') {
    const s = cx.temp('try', v.ty);
    cx.emit({ k: 'let', local: s, init: v, span: e.operand.span });
    v = varOf(s, e.operand.span);
  }
  const result = e.family === 'result';
  const retTy = cx.fn.retTy;
  const rs = strip(retTy);
  const vs = strip(v.ty);
  const exit = cx.collect(() => {
    let out: IrExpr;
    if (result) {
      const errTy = rs.k === 'adt' ? rs.args[1] ?? INT : INT;
      const err: IrExpr = { k: 'field', base: v, name: '0', variant: 'Err', ty: errTy, span: e.span };
      out = { k: 'ctor', adt: rs.k === 'adt' ? rs.name : '', variant: 'Err', fields: [{ name: '0', value: err }], ty: retTy, span: e.span };
    } else {
      out = { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty: retTy, span: e.span };
    }
    emitReturn(cx, out, e.span, 'at this `?`');
  });
  cx.emit({ k: 'branch', cond: { k: 'is_variant', arg: v, variant: result ? 'Err' : 'None', ty: BOOL, span: e.span }, then: exit.stmts, else: [], span: e.span });
  const okTy = vs.k === 'adt' || vs.k === 'builtin' ? vs.args[0] ?? tyOf(e) : tyOf(e);
  return { k: 'field', base: v, name: '0', variant: result ? 'Ok' : 'Some', ty: okTy, span: e.span };
}

function returnExpr(cx: Cx, e: Expr & { kind: 'return' }): IrExpr {
  if (cx.pure) throw new IrUnsupported('`return` in spec code', e.span);
  if (cx.fn.decl.retTracked && e.value) requireNotSpec(cx, e.value, 'a tracked return value');
  const v = e.value ? lowerExpr(cx, e.value) : unitValue(e.span);
  emitReturn(cx, v, e.span, 'at this exit');
  return unitValue(e.span);
}

/** Postcondition checks, then the return itself. */
export function emitReturn(cx: Cx, value: IrExpr, at: IrSpan, what: string): void {
  const d = cx.fn.decl;
  let v = coerce(value, cx.fn.retTy);
  if ((d.ensures.length || d.returns.length) && v.k !== 'var' && v.k !== 'int' && v.k !== 'bool' && !isUnitLike(cx.fn.retTy)) {
    const t = cx.temp('ret', cx.fn.retTy);
    cx.emit({ k: 'let', local: t, init: v, span: at });
    v = varOf(t, at);
  }
  const env = byValueParamsAtEntry(cx, new Map(cx.env));
  if (cx.fn.retId !== undefined) env.set(cx.fn.retId, v);
  const oldEnv = new Map(cx.oldEnv);
  cx.withEnv(env, oldEnv, () => {
    for (const c of d.ensures) {
      cx.check({ k: 'holds', cond: ensuresAtExit(cx, c) }, { kind: 'postcondition', message: 'postcondition not satisfied', primaryLabel: 'failed this postcondition', labels: [{ message: what, span: at }] }, c.span);
    }
    for (const c of d.returns) {
      cx.check({ k: 'holds', cond: compare('eq', v, lowerPure(cx, c), c.span) }, { kind: 'postcondition', message: 'postcondition not satisfied', primaryLabel: 'failed this postcondition', labels: [{ message: what, span: at }] }, c.span);
    }
  });
  cx.emit({ k: 'return', value: isUnitLike(cx.fn.retTy) ? undefined : v, span: at });
}

/**
 * In `ensures` (and `returns`), a by-value parameter, `mut` or not, names the value the
 * caller passed (callers substitute their argument), whatever the body later assigned to it.
 */
export function byValueParamsAtEntry(cx: Cx, env: Map<number, IrExpr>): Map<number, IrExpr> {
  for (const p of cx.fn.params) {
    if (isMutRef(p.ty) || env.has(p.id)) continue;
    env.set(p.id, { k: 'var', id: p.id, name: p.name, ty: cx.locals.get(p.id)?.ty ?? p.ty, at: 'old', span: cx.fn.decl.span });
  }
  return env;
}

function ensuresAtExit(cx: Cx, c: Expr): IrExpr {
  return lowerClaim(cx, c);
}

function breakOrContinue(cx: Cx, e: Expr & { kind: 'break' | 'continue' }): IrExpr {
  const scope = e.label ? [...cx.loops].reverse().find((l) => l.label === e.label) : cx.loops[cx.loops.length - 1];
  if (!scope) throw new IrUnsupported(`\`${e.kind}\` outside a loop`, e.span);
  if (e.kind === 'break') scope.onBreak(e.span);
  cx.emit({ k: e.kind, loop: scope.id, span: e.span });
  return unitValue(e.span);
}

export function lowerExpr(cx: Cx, e: Expr): IrExpr {
  switch (e.kind) {
    case 'int': return intLit(e.value, tyOf(e), e.span);
    case 'bool': return boolLit(e.value, e.span);
    case 'char': return intLit(BigInt(e.value.codePointAt(0) ?? 0), { k: 'char' }, e.span);
    case 'path': return pathExpr(cx, e);
    case 'unary': return unary(cx, e);
    case 'ref':
      if (e.mut && !cx.ghost) throw new IrUnsupported('a `&mut` borrow outside a call argument', e.span);
      return lowerExpr(cx, e.operand);
    case 'view':
      // `x@` through a user `View` impl is its spec fn `view` (src/check/traits.ts); otherwise transparent
      if (e.res?.kind === 'fn') {
        const info = cx.crate.fnByDecl.get(e.res.decl);
        if (!info) throw new IrUnsupported(`calling \`${e.res.qname}\``, e.span);
        const arg = cx.with({ ghost: true }, () => lowerExpr(cx, e.operand));
        return { k: 'spec_call', fn: info.qname, typeArgs: e.res.typeArgs, args: [arg], ty: tyOf(e), span: e.span };
      }
      return lowerExpr(cx, e.operand);
    case 'trigger': case 'final': return lowerExpr(cx, e.operand);
    case 'old': return oldExpr(cx, e);
    case 'binary': return binary(cx, e);
    case 'chain': {
      const ts = e.operands.map((x) => lowerExpr(cx, x));
      const links = e.ops.map((op, i) => compare(CMP[op]!, ts[i]!, ts[i + 1]!, e.span));
      return links.reduce((a, b) => ({ k: 'logic', op: 'and', left: a, right: b, chain: true, ty: BOOL, span: e.span }));
    }
    case 'call': return lowerCall(cx, e);
    case 'method': return lowerMethod(cx, e);
    case 'field': {
      const f = fieldOf(lowerExpr(cx, e.base), e.name, tyOf(e), e.span);
      return e.variant !== undefined && f.k === 'field' ? { ...f, variant: e.variant } : f;
    }
    case 'try': return tryOp(cx, e);
    case 'index': return indexExpr(cx, e);
    case 'cast': {
      const x = lowerExpr(cx, e.operand);
      const src = strip(x.ty);
      // a raw pointer is a struct of our vstd (its cast is its address); any other ADT here is a field-less enum
      return cast(src.k === 'adt' && !isRawPtr(src) ? enumDiscriminant(cx.crate, x, src, e.span) : x, tyOf(e), e.span);
    }
    case 'quant': return quant(cx, e);
    case 'closure': return closure(cx, e);
    case 'if': return ifExpr(cx, e);
    case 'match': return matchExpr(cx, e);
    case 'is': return isExpr(cx, e);
    case 'block': return lowerBlockExec(cx, e.block);
    case 'struct': return structLit(cx, e);
    case 'tuple':
      if (e.elems.length === 0) return unitValue(e.span);
      return { k: 'ctor', adt: '', fields: e.elems.map((x, i) => ({ name: String(i), value: lowerExpr(cx, x) })), ty: tyOf(e), span: e.span };
    case 'array': case 'seq': return seqLit(cx, e);
    case 'return': return returnExpr(cx, e);
    case 'break': case 'continue':
      if (cx.pure) throw new IrUnsupported(`\`${e.kind}\` in spec code`, e.span);
      return breakOrContinue(cx, e);
    case 'macro':
      if (e.name === 'vec' && e.args) return { k: 'seq_lit', elems: e.args.map((x) => lowerExpr(cx, x)), ty: tyOf(e), span: e.span };
      if (cx.trustedBody && !cx.pure && PANICS.has(e.name)) {
        cx.emit({ k: 'abort', what: `${e.name}!`, span: e.span });
        return { k: 'arbitrary', ty: tyOf(e), span: e.span };
      }
      if (e.name === 'panic' && !cx.pure && !cx.ghost) return panicCall(cx, e);
      throw new IrUnsupported(`the macro \`${e.name}!\` in verified code`, e.span);
    case 'str':
      // an exec argument such as `expect("msg")`'s: nothing proved depends on its text (no
      // operation on `&str` is in the subset), so it is a value proofs know nothing of
      if (cx.pure || cx.ghost) throw new IrUnsupported('a string literal in spec code', e.span);
      return { k: 'arbitrary', ty: tyOf(e), span: e.span };
    case 'unsupported': throw new IrUnsupported(e.what, e.span);
  }
}

