/**
 * Expression typing: every Expr gets `ty` (and name-bearing ones `res`), with
 * integer-literal inference, spec-vs-exec arithmetic, auto-deref and mode checks.
 */
import { enumCastBlocker } from './enum-cast.js';
import type { BinaryExpr, ClosureExpr, Expr, PathExpr, TypeExpr } from '../syntax/ast.js';
import { joinSpans } from '../syntax/span.js';
import { checkCall, checkMethodCall, userMethod } from './calls.js';
import { ghostCode, type BodyChecker, type Cx } from './context.js';
import { isIntKind } from './consts.js';
import { lowerType } from './lower-type.js';
import { checkLocalRead, noteMove } from './modes.js';
import { typeMacroNote, unsupportedReason } from './missing.js';
import { walkPath } from './paths.js';
import { checkPattern } from './pattern.js';
import { uncoveredByArms } from './exhaustive.js';
import { intConstant, RESULT_QNAME } from './prelude.js';
import { checkBlock } from './stmt.js';
import { operatorCall } from './operators.js';
import { partialOrdCompare } from './partial-ord.js';
import { hasIntegerBound } from './integer-bound.js';
import { boundOperator } from './op-specs.js';
import { traitsOfParam } from './traits.js';
import { substParams } from './infer.js';
import { branches } from './modes.js';
import type { Def, ModuleScope } from './scopes.js';
import type { Resolution } from './resolution.js';
import { closureType, fnSpecParts, fnSpecType, intRange, type IntKind, type Type } from './types.js';
import { checkPtrCast, ptrEquality } from './raw-ptr.js';
import { opaqueFieldsMessage } from './program.js';

const BOOL: Type = { k: 'bool' };
const UNIT: Type = { k: 'tuple', elems: [] };
const INT: Type = { k: 'int', kind: 'int' };
const NAT: Type = { k: 'int', kind: 'nat' };
const USIZE: Type = { k: 'int', kind: 'usize' };
const ERR: Type = { k: 'error' };
const NEVER: Type = { k: 'never' };
const CHAR: Type = { k: 'char' };
const STR_REF: Type = { k: 'ref', mut: false, inner: { k: 'str' } };

/** How a value is used: 'move' consumes tracked values, 'place' only borrows/reads them, 'write' is an assignment target. */
export type Use = 'move' | 'place' | 'write';

export function checkExpr(bc: BodyChecker, e: Expr, cx: Cx, expected?: Type, use: Use = 'move'): Type {
  const t = typeOf(bc, e, cx, expected, use);
  bc.record(e, t);
  if (expected) bc.coerce(t, expected, e.span, cx);
  return t;
}

/** Checks a bool-valued spec clause or condition. */
export function checkBool(bc: BodyChecker, e: Expr, cx: Cx): void {
  checkExpr(bc, e, cx, BOOL);
}

function typeOf(bc: BodyChecker, e: Expr, cx: Cx, expected: Type | undefined, use: Use): Type {
  switch (e.kind) {
    case 'int': {
      const t = literalType(bc, e.suffix, e.span, cx, expected);
      bc.laterLiteral(e);
      return t;
    }
    case 'bool': return BOOL;
    case 'char': return CHAR;
    case 'str': return STR_REF;
    case 'path': return pathValue(bc, e, cx, use);
    case 'unary': return unary(bc, e, cx, expected);
    case 'ref': {
      const x = expected ? bc.infer.shallow(expected) : undefined;
      // the expected referent only guides inference: the reference itself is coerced (deref coercion)
      const inner = typeOf(bc, e.operand, cx, x?.k === 'ref' ? x.inner : undefined, 'place');
      bc.record(e.operand, inner);
      return { k: 'ref', mut: e.mut, inner };
    }
    case 'binary': return binary(bc, e, cx, expected);
    case 'chain': {
      let prev = checkExpr(bc, e.operands[0]!, cx);
      for (let i = 1; i < e.operands.length; i++) {
        const cur = checkExpr(bc, e.operands[i]!, cx);
        compareOperands(bc, prev, cur, e.operands[i]!.span, cx, true);
        prev = cur;
      }
      return BOOL;
    }
    case 'call': return checkCall(bc, e, cx, expected);
    case 'method': return checkMethodCall(bc, e, cx, expected);
    case 'field': return field(bc, e, cx);
    case 'try': return tryOp(bc, e, cx);
    case 'index': return index(bc, e, cx);
    case 'cast': {
      const target = lowerType(e.target, bc.scope, bc.diags);
      const from = checkExpr(bc, e.operand, cx);
      const f = bc.infer.shallow(from);
      // `x as _` casts to what the context wants (rustc infers the target from it)
      if (bc.infer.isVar(target) && !bc.infer.isIntVar(target) && expected && castablePrimitive(bc, f)) {
        const x = bc.infer.shallow(expected);
        if (bc.infer.isIntegral(x) && !bc.infer.isIntVar(x)) bc.infer.unify(target, x);
      }
      const to = bc.infer.shallow(target);
      const ptr = checkPtrCast(f, to, (a, b) => bc.infer.unify(a, b), (t) => bc.show(t), e.span, bc.diags);
      if (ptr !== undefined) return ptr ? target : ERR;
      const en = f.k === 'adt' && to.k === 'int' ? bc.scope.tables.enumByName.get(f.name) : undefined;
      if (en) {
        const why = enumCastBlocker(en.info);
        if (why) bc.diags.unsupported(`casting enum \`${bc.show(f)}\` to an integer (${why})`, e.span);
      } else if (f.k === 'param' && to.k === 'int' && cx.mode !== 'exec' && hasIntegerBound(bc, f.name)) {
        // `x as int` with `T: Integer`: the integer the value is (integer-bound.ts)
      } else if (f.k === 'param' && to.k === 'int') {
        bc.diags.unsupported(`casting type parameter \`${bc.show(f)}\` to an integer (trait bounds)`, e.span);
      } else if (!(castablePrimitive(bc, f) && (to.k === 'int' || to.k === 'error')) && !bc.infer.unify(f, to)) {
        bc.diags.error('type', `non-primitive cast: \`${bc.show(f)}\` as \`${bc.show(to)}\``, e.span);
      }
      return target;
    }
    case 'view': return view(bc, e.operand, cx, e.span, e);
    case 'old':
    case 'final': {
      const t = checkExpr(bc, e.operand, cx, undefined, 'place');
      const s = bc.infer.shallow(t);
      if (e.operand.kind !== 'path' || (s.k !== 'ref' && !bc.isErrorLike(s)) || (s.k === 'ref' && !s.mut)) {
        bc.diags.error('type', `\`${e.kind}\` can only be applied to a \`&mut\` parameter`, e.span);
      }
      return t;
    }
    case 'quant': {
      const sub: Cx = { mode: 'spec' };
      return bc.withScope(() => {
        const tys = e.binders.map((b) => {
          const ty = b.ty ? lowerType(b.ty, bc.scope, bc.diags) : bc.infer.fresh();
          const l = bc.declare(b.name, ty, 'ghost', false);
          b.id = l.id;
          return ty;
        });
        for (const group of e.triggers) for (const t of group) checkExpr(bc, t, sub);
        if (e.quant === 'choose') {
          checkBool(bc, e.body, sub);
          return tys.length === 1 ? tys[0]! : { k: 'tuple', elems: tys };
        }
        checkBool(bc, e.body, sub);
        return BOOL;
      });
    }
    case 'closure': return closureExpr(bc, e, cx, expected);
    case 'trigger': return checkExpr(bc, e.operand, cx, expected);
    case 'if': return ifExpr(bc, e, cx, expected);
    case 'match': return matchExpr(bc, e, cx, expected);
    case 'is': return isExpr(bc, e, cx);
    case 'block': return checkBlock(bc, e.block, cx, expected);
    case 'struct': return structLit(bc, e, cx);
    case 'tuple': {
      const x = expected ? bc.infer.shallow(expected) : undefined;
      const hints = x?.k === 'tuple' && x.elems.length === e.elems.length ? x.elems : undefined;
      return { k: 'tuple', elems: e.elems.map((el, i) => checkExpr(bc, el, cx, hints?.[i])) };
    }
    case 'array': {
      const x = expected ? bc.infer.shallow(expected) : undefined;
      const elem = x?.k === 'array' || x?.k === 'slice' ? x.elem : bc.infer.fresh();
      if (e.repeat) {
        checkExpr(bc, e.repeat.value, cx, elem);
        checkExpr(bc, e.repeat.count, cx, { k: 'int', kind: 'usize' });
        const n = e.repeat.count.kind === 'int' ? e.repeat.count.value : undefined;
        if (n === undefined) {
          bc.diags.unsupported('array repeat count that is not a literal', e.repeat.count.span);
          return ERR;
        }
        return { k: 'array', elem, len: n };
      }
      for (const el of e.elems) checkExpr(bc, el, cx, elem);
      return { k: 'array', elem, len: BigInt(e.elems.length) };
    }
    case 'seq': {
      const x = expected ? bc.infer.shallow(expected) : undefined;
      const elem = x?.k === 'builtin' && x.name === 'Seq' ? x.args[0]! : bc.infer.fresh();
      for (const el of e.elems) checkExpr(bc, el, { mode: 'spec' }, elem);
      return { k: 'builtin', name: 'Seq', args: [elem] };
    }
    case 'macro': return macro(bc, e, cx, expected);
    case 'return': {
      if (e.value) checkExpr(bc, e.value, cx, bc.retTy);
      else bc.coerce(UNIT, bc.retTy, e.span, cx);
      return NEVER;
    }
    case 'break':
    case 'continue':
      return NEVER;
    case 'unsupported':
      if (e.range) return rangeExpr(bc, e.range, cx, expected);
      // The parser has already reported it (with the same "not supported: <what>" text), or
      // it is a placeholder the checker types elsewhere (a `for` loop's over an iterator).
      return ERR;
  }
}

/**
 * A closure in ghost code is a spec closure: a `spec_fn(params) -> ret` value whose body is
 * spec code. Unannotated parameter (and result) types come from the expected `spec_fn` type
 * (`Seq::new(n, |i| ..)`), else from their uses. An exec closure is typed (`impl Fn(A) -> R`,
 * its body exec code) but its verification (`requires`/`ensures`, `call_ensures`) is not
 * modelled: verifying a function that makes one is `not supported` (src/ir/lower-expr.ts).
 */
function closureExpr(bc: BodyChecker, e: ClosureExpr, cx: Cx, expected: Type | undefined): Type {
  if (cx.mode === 'exec') return execClosure(bc, e, cx, expected);
  const x = expected ? bc.infer.shallow(expected) : undefined;
  const want = x ? fnSpecParts(x) : undefined;
  const wantParams = want && x?.k === 'builtin' ? bc.infer.shallow(x.args[0]!) : undefined;
  const expectedParams = wantParams?.k === 'tuple' ? wantParams.elems : undefined;
  if (expectedParams && expectedParams.length !== e.params.length) {
    const n = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
    bc.diags.error('type', `closure is expected to take ${n(expectedParams.length)}, but it takes ${n(e.params.length)}`, e.span);
    bc.withScope(() => {
      for (const b of e.params) b.id = bc.declare(b.name, b.ty ? lowerType(b.ty, bc.scope, bc.diags) : ERR, 'ghost', false).id;
      checkExpr(bc, e.body, { mode: 'spec' });
    });
    return x!; // (reported once: not also as a mismatch)
  }
  return bc.withScope(() => {
    const params = e.params.map((b, i) => {
      const declared = b.ty ? lowerType(b.ty, bc.scope, bc.diags) : undefined;
      const hint = expectedParams?.length === e.params.length ? expectedParams[i] : undefined;
      let ty = declared ?? hint ?? bc.infer.fresh();
      if (declared && hint && !bc.infer.unify(declared, hint)) {
        bc.diags.mismatch(bc.show(hint), bc.show(declared), b.span);
        ty = declared;
      }
      const l = bc.declare(b.name, ty, 'ghost', false);
      b.id = l.id;
      return ty;
    });
    const ret = e.ret ? lowerType(e.ret, bc.scope, bc.diags) : want ? want.ret : bc.infer.fresh();
    // (a `return` in the body returns from the closure)
    const outerRet = bc.retTy;
    bc.retTy = ret;
    try {
      checkExpr(bc, e.body, { mode: 'spec' }, ret);
    } finally {
      bc.retTy = outerRet;
    }
    return fnSpecType(params, ret);
  });
}

/**
 * A range `lo..hi` / `lo..=hi`: std's `Range<T>` / `RangeInclusive<T>`, typed so the iterator
 * methods and `for` loops over it check (lowering a verified function with one is `not
 * supported: range expressions`; a literal range of a `for` loop or of `contains` is read by
 * the parser). A range without both ends (`a..`, `..b`, `..`) is typed only in indexing.
 */
function rangeExpr(bc: BodyChecker, r: { lo?: Expr; hi?: Expr; inclusive: boolean }, cx: Cx, expected: Type | undefined): Type {
  const x = expected ? bc.infer.shallow(expected) : undefined;
  const hint = x?.k === 'builtin' && (x.name === 'Range' || x.name === 'RangeInclusive') ? x.args[0] : undefined;
  const lo = r.lo ? checkExpr(bc, r.lo, cx, hint) : undefined;
  const hi = r.hi ? checkExpr(bc, r.hi, cx, lo ?? hint) : undefined;
  if (!lo || !hi) return ERR;
  return { k: 'builtin', name: r.inclusive ? 'RangeInclusive' : 'Range', args: [lo] };
}

/** An exec closure `|a: A| body`: parameter types from annotations, the expected closure type, else uses. */
function execClosure(bc: BodyChecker, e: ClosureExpr, cx: Cx, expected: Type | undefined): Type {
  const x = expected ? bc.infer.shallow(expected) : undefined;
  const want = x?.k === 'builtin' && x.name === 'Closure' && x.args.length === 2 ? x : undefined;
  const wantParams = want ? bc.infer.shallow(want.args[0]!) : undefined;
  const hints = wantParams?.k === 'tuple' && wantParams.elems.length === e.params.length ? wantParams.elems : undefined;
  if (wantParams?.k === 'tuple' && !hints) {
    const n = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
    bc.diags.error('type', `closure is expected to take ${n(wantParams.elems.length)}, but it takes ${n(e.params.length)}`, e.span);
  }
  return bc.withScope(() => {
    const params = e.params.map((b, i) => {
      const declared = b.ty ? lowerType(b.ty, bc.scope, bc.diags) : undefined;
      const hint = hints?.[i];
      // (an unannotated parameter rustc would type from the closure's later uses: not known
      // while its body is checked, so the body is checked leniently there)
      let ty = declared ?? hint ?? ERR;
      if (declared && hint && !bc.infer.unify(declared, hint)) {
        bc.diags.mismatch(bc.show(hint), bc.show(declared), b.span);
        ty = declared;
      }
      b.id = bc.declare(b.name, ty, 'exec', false).id;
      return ty;
    });
    const ret = e.ret ? lowerType(e.ret, bc.scope, bc.diags) : want ? want.args[1]! : bc.infer.fresh();
    // (a `return` or `?` in the body leaves the closure)
    const outerRet = bc.retTy;
    bc.retTy = ret;
    try {
      checkExpr(bc, e.body, cx, ret);
    } finally {
      bc.retTy = outerRet;
    }
    return closureType(params, ret);
  });
}

/** A source type `as` may convert to an integer type. */
function castablePrimitive(bc: BodyChecker, t: Type): boolean {
  return bc.infer.isIntegral(t) || t.k === 'char' || t.k === 'bool' || bc.isErrorLike(t);
}

/** `#[derive(PartialOrd)]` (or `Ord`) on a struct or enum of the crate. */
function derivesOrd(bc: BodyChecker, qname: string): boolean {
  const entry = bc.scope.tables.structByName.get(qname) ?? bc.scope.tables.enumByName.get(qname);
  return !!entry?.decl.attrs.some((a) => a.name === 'derive' && /\b(PartialOrd|Ord)\b/.test(a.args));
}

// ---------------------------------------------------------------------------
// literals and paths

function literalType(bc: BodyChecker, suffix: string | undefined, span: Expr['span'], cx: Cx, expected: Type | undefined): Type {
  if (suffix) {
    if (isIntKind(suffix)) return { k: 'int', kind: suffix };
    bc.diags.error('type', `invalid suffix \`${suffix}\` for number literal`, span);
    return ERR;
  }
  if (expected) {
    const x = ghostCode(cx) ? bc.stripRefs(expected) : bc.infer.shallow(expected);
    if (x.k === 'int' || bc.infer.isIntVar(x)) return x;
  }
  return bc.infer.freshInt(ghostCode(cx) ? 'int' : 'i32');
}

/** Negated literals (`-128i8`) are range-checked with their sign, as rustc does. */
const negatedLiterals = new WeakSet<Expr>();

/** Reports an integer literal out of range of its (final) type. */
export function checkLiteralRange(bc: BodyChecker, e: Extract<Expr, { kind: 'int' }>): void {
  const t = e.ty;
  if (t?.k !== 'int' || t.kind === 'int' || t.kind === 'nat') return;
  const r = intRange(t.kind)!;
  const v = negatedLiterals.has(e) ? -e.value : e.value;
  // rustc accepts `0xffff_ffffu32`-style bit patterns only for unsigned; signed must fit (after the sign).
  if (v < r.min || v > r.max) {
    if (!bc.external) bc.diags.error('type', `literal out of range for \`${t.kind}\``, e.span);
  }
}

function pathValue(bc: BodyChecker, e: PathExpr, cx: Cx, use: Use): Type {
  if (e.segments.length === 1) {
    const local = bc.lookupLocal(e.segments[0]!);
    if (local) {
      e.res = bc.localRes(local);
      if (use !== 'write') checkLocalRead(bc, cx, local, e.span);
      if (use === 'move') noteMove(bc, cx, local, e.span);
      return local.ty;
    }
  }
  const def = resolvePathDef(bc, e, 'value');
  if (!def) return ERR;
  return valueOfDef(bc, e, def, cx);
}

/** Resolves a non-local path, reporting rustc-like errors when it does not resolve. */
export function resolvePathDef(bc: BodyChecker, e: PathExpr, what: 'value' | 'function'): Def | undefined {
  if (e.qself) {
    // calls and `reveal` take `<T as Tr>::m` (calls.ts); as a value it is not supported
    if (!bc.external) bc.diags.unsupported('qualified paths (as a value)', e.span);
    return undefined;
  }
  const r = walkPath(bc.scope, e.segments);
  if (r.def) return r.def;
  const name = e.segments[r.failedAt] ?? e.segments[0]!;
  const why = unsupportedReason(bc.scope, e.segments, r.failedAt, bc.scope.generics);
  if (e.segments.length > 1 && r.failedAt === 0 && bc.scope.generics.has(name)) {
    // `T::X` for a type parameter T: trait fns are found through bounds (calls.ts); nothing else is
    bc.diags.error('unsupported', `not supported: \`${e.segments.join('::')}\` (an associated item of a type parameter other than a trait fn of its bounds)`, e.span);
  } else if (why) bc.diags.unsupported(why, e.span);
  else if (e.segments.length === 1) {
    bc.diags.error('type', `cannot find ${what} \`${name}\` in this scope`, e.span);
  } else if (r.failedAt === 0) {
    bc.diags.error('type', `failed to resolve: use of undeclared type or module \`${name}\``, e.span);
  } else {
    const owner = e.segments.slice(0, r.failedAt).join('::');
    bc.diags.error('type', `cannot find ${what} \`${name}\` in \`${owner}\``, e.span);
  }
  return undefined;
}

/** Type parameters for a generic item, from a turbofish or fresh. */
export function instantiate(bc: BodyChecker, generics: string[], explicit: TypeExpr[]): Map<string, Type> {
  const m = new Map<string, Type>();
  const given = explicit.length === generics.length ? explicit.map((t) => lowerType(t, bc.scope, bc.diags)) : undefined;
  generics.forEach((g, i) => m.set(g, given?.[i] ?? bc.infer.fresh()));
  return m;
}

function valueOfDef(bc: BodyChecker, e: PathExpr, def: Def, cx: Cx): Type {
  switch (def.kind) {
    case 'const': {
      e.res = { kind: 'const', qname: def.c.qname, decl: def.c.decl };
      if (cx.mode === 'exec' && def.c.decl.mode === 'spec' && !bc.external) bc.diags.error('mode', 'expression has mode spec, expected mode exec', e.span);
      return def.c.info.ty;
    }
    case 'struct': {
      if (def.s.decl.shape !== 'unit') break;
      const m = instantiate(bc, def.s.decl.generics, e.generics);
      const typeArgs = [...m.values()];
      e.res = { kind: 'struct', qname: def.s.qname, decl: def.s.decl, typeArgs };
      bc.later(() => { if (e.res?.kind === 'struct') e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t)); });
      return { k: 'adt', name: def.s.qname, args: typeArgs };
    }
    case 'variant': {
      if (def.variant.shape !== 'unit') break;
      const m = instantiate(bc, def.e.decl.generics, e.generics);
      const typeArgs = [...m.values()];
      e.res = { kind: 'variant', qname: `${def.e.qname}::${def.variant.name}`, enumDecl: def.e.decl, variant: def.variant, typeArgs };
      bc.later(() => { if (e.res?.kind === 'variant') e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t)); });
      return { k: 'adt', name: def.e.qname, args: typeArgs };
    }
    case 'builtinValue': {
      if (def.name === 'None') {
        const t = e.generics[0] ? lowerType(e.generics[0], bc.scope, bc.diags) : bc.infer.fresh();
        const typeArgs = [t];
        e.res = { kind: 'builtin', name: 'None', typeArgs };
        bc.later(() => { if (e.res?.kind === 'builtin') e.res.typeArgs = typeArgs.map((x) => bc.infer.zonk(x)); });
        return { k: 'builtin', name: 'Option', args: [t] };
      }
      const [kind, name] = def.name.split('::');
      const c = kind && name && isIntKind(kind) ? intConstant(kind as IntKind, name) : undefined;
      if (c) {
        e.res = { kind: 'builtin', name: c.name, typeArgs: [] };
        return c.ty;
      }
      break;
    }
    case 'fn':
      e.res = { kind: 'fn', qname: def.fn.qname, decl: def.fn.decl, typeArgs: [] };
      if (!bc.external) bc.diags.unsupported('functions used as values', e.span);
      return ERR;
    default:
      break;
  }
  if (!bc.external) bc.diags.error('type', `expected value, found ${describeDef(def)} \`${e.segments.join('::')}\``, e.span);
  return ERR;
}

export function describeDef(def: Def): string {
  switch (def.kind) {
    case 'mod': return 'module';
    case 'fn': return 'function';
    case 'const': return 'constant';
    case 'struct': return 'struct';
    case 'enum': return 'enum';
    case 'variant': return 'variant';
    case 'prim': case 'builtinType': return 'builtin type';
    case 'builtinValue': return 'builtin';
    case 'vstd': case 'proofgate': return 'module';
    case 'broadcastGroup': return 'broadcast group';
    case 'alias': return 'type alias';
    case 'trait': return 'trait';
  }
}

// ---------------------------------------------------------------------------
// operators

function unary(bc: BodyChecker, e: Extract<Expr, { kind: 'unary' }>, cx: Cx, expected: Type | undefined): Type {
  switch (e.op) {
    case '!': {
      const t = checkExpr(bc, e.operand, cx, expected && bc.infer.shallow(expected).k === 'bool' ? BOOL : undefined);
      const s = bc.infer.shallow(t);
      if (s.k === 'bool' || bc.infer.isIntegral(s) || bc.isErrorLike(s)) return t;
      const viaBound = boundOperator(bc, e, cx, s);
      if (viaBound) return viaBound;
      if (s.k === 'param' && paramMayHaveOperator(bc, s.name, '!')) {
        bc.diags.unsupported(`operator \`!\` on type parameter \`${s.name}\` (operator trait bounds)`, e.span);
        return ERR;
      }
      bc.diags.error('type', `cannot apply unary operator \`!\` to type \`${bc.show(t)}\``, e.span);
      return ERR;
    }
    case '-': {
      if (ghostCode(cx)) {
        const t = checkExpr(bc, e.operand, cx);
        if (!bc.infer.isIntegral(t) && !bc.isErrorLike(t)) bc.diags.error('type', `cannot apply unary operator \`-\` to type \`${bc.show(t)}\``, e.span);
        return INT;
      }
      if (e.operand.kind === 'int') negatedLiterals.add(e.operand);
      const t = checkExpr(bc, e.operand, cx, expected && bc.infer.isIntegral(expected) ? expected : undefined);
      const s = bc.infer.shallow(t);
      if (bc.infer.isIntVar(s) || bc.isErrorLike(s) || (s.k === 'int' && (s.kind.startsWith('i')))) return t;
      bc.diags.error('type', `cannot apply unary operator \`-\` to type \`${bc.show(t)}\``, e.span);
      return ERR;
    }
    case '*': {
      const t = bc.infer.shallow(checkExpr(bc, e.operand, cx, undefined, 'place'));
      if (t.k === 'ref') return t.inner;
      if (t.k === 'builtin' && t.name === 'Box') return t.args[0] ?? ERR;
      if (bc.isErrorLike(t)) return t;
      // builtin's Deref of Ghost/Tracked: the value inside (the wrappers are transparent in ghost code)
      if (t.k === 'builtin' && (t.name === 'Tracked' || t.name === 'Ghost')) {
        if (ghostCode(cx)) return t.args[0] ?? ERR;
        bc.diags.unsupported(`dereferencing \`${t.name}\` in exec code`, e.span);
        return ERR;
      }
      if (ghostCode(cx)) return t;
      bc.diags.error('type', `type \`${bc.show(t)}\` cannot be dereferenced`, e.span);
      return ERR;
    }
  }
}

const ARITH = new Set(['+', '-', '*', '/', '%']);
const SHIFTS = new Set(['<<', '>>']);
const LOGIC = new Set(['&&', '||', '==>', '<==', '<==>']);
const EQ = new Set(['==', '!=', '===', '!==']);
const ORD = new Set(['<', '<=', '>', '>=']);

function binary(bc: BodyChecker, e: BinaryExpr, cx: Cx, expected: Type | undefined): Type {
  const op = e.op;
  if (LOGIC.has(op)) {
    checkBool(bc, e.left, cx);
    checkBool(bc, e.right, cx);
    return BOOL;
  }
  if (EQ.has(op) || ORD.has(op)) {
    const l = checkExpr(bc, e.left, cx, undefined, 'place');
    const viaImpl = operatorCall(bc, e, cx, l);
    if (viaImpl) return viaImpl;
    const r = checkExpr(bc, e.right, cx, undefined, 'place');
    if (ORD.has(op) && partialOrdCompare(bc, e, l, r, cx)) return BOOL;
    compareOperands(bc, l, r, e.right.span, cx, ORD.has(op));
    return BOOL;
  }
  if (op === '=~=' || op === '=~~=') {
    const l = checkExpr(bc, e.left, cx, undefined, 'place');
    checkExpr(bc, e.right, cx, l, 'place');
    return BOOL;
  }
  // arithmetic and bitwise (exec operands may be `&u64`: Rust implements the operators on references)
  const l = derefInt(bc, checkExpr(bc, e.left, cx));
  const viaImpl = operatorCall(bc, e, cx, l) ?? boundOperator(bc, e, cx, l);
  if (viaImpl) return viaImpl;
  const ls = bc.infer.shallow(l);
  if (op === '+' && ghostCode(cx) && ls.k === 'builtin' && ls.name === 'Seq') {
    checkExpr(bc, e.right, cx, l);
    return l;
  }
  // vstd's spec_add / spec_sub / spec_mul on Set: union, difference, intersection
  if ((op === '+' || op === '-' || op === '*') && ghostCode(cx) && ls.k === 'builtin' && (ls.name === 'Set' || ls.name === 'ISet')) {
    checkExpr(bc, e.right, cx, l);
    return l;
  }
  if ((op === '&' || op === '|' || op === '^') && ls.k === 'bool') {
    checkExpr(bc, e.right, cx, BOOL);
    return BOOL;
  }
  if (SHIFTS.has(op)) {
    const r = derefInt(bc, checkExpr(bc, e.right, cx));
    requireIntegral(bc, l, e, op);
    requireIntegral(bc, r, e, op);
    hintLiteral(bc, l, expected, cx);
    return l;
  }
  if (ghostCode(cx) && ARITH.has(op)) {
    const r = checkExpr(bc, e.right, cx);
    if (!requireIntegral(bc, l, e, op) || !requireIntegral(bc, r, e, op)) return ERR;
    if (e.rustOp) {
      const machine = rustArithType(bc, e, l, r, cx);
      if (machine) return machine;
    }
    return specArithType(bc, op, l, r);
  }
  // exec arithmetic (and spec bitwise): both operands of one type, which is the result's
  const r = derefInt(bc, checkExpr(bc, e.right, cx));
  if (ghostCode(cx) && (op === '&' || op === '|' || op === '^') && mixesSpecInt(bc, l, r)) {
    // Verus types both sides by their Rust type (spec `a - 1` on u64 is a u64 there, truncated)
    bc.diags.unsupported(`operator \`${op}\` on a machine integer and an \`int\` in spec code`, e.span);
    return ERR;
  }
  const lOk = requireIntegral(bc, l, e, op);
  if (!lOk && ls.k === 'adt') return ERR; // an operator trait's result type is unknown: no echoes
  if (lOk && requireIntegral(bc, r, e, op)) bc.coerce(r, l, e.right.span, cx);
  hintLiteral(bc, l, expected, cx);
  return l;
}

/** A fixed-width integer type (a Rust operator on it keeps its type, wrapping in ghost code). */
function isMachineInt(bc: BodyChecker, t: Type): boolean {
  const s = bc.infer.shallow(t);
  return s.k === 'int' && s.kind !== 'int' && s.kind !== 'nat';
}

/**
 * Rust's `+ - *` from a macro's expansion in ghost code: on a machine integer (the other
 * operand a literal of it) the result is of that type, wrapping (Verus's `Truncate`).
 * Undefined when neither operand is one: then it is spec arithmetic as in `verus!`.
 */
function rustArithType(bc: BodyChecker, e: BinaryExpr, l: Type, r: Type, cx: Cx): Type | undefined {
  const lm = isMachineInt(bc, l);
  const rm = isMachineInt(bc, r);
  if (lm && (rm || bc.infer.isIntVar(bc.infer.shallow(r)))) {
    bc.coerce(r, l, e.right.span, cx);
    return bc.infer.shallow(l);
  }
  if (rm && bc.infer.isIntVar(bc.infer.shallow(l))) {
    bc.coerce(l, r, e.left.span, cx);
    return bc.infer.shallow(r);
  }
  return undefined;
}

/** One operand a machine integer, the other an `int`/`nat` (spec arithmetic's result). */
function mixesSpecInt(bc: BodyChecker, l: Type, r: Type): boolean {
  const a = bc.infer.shallow(l);
  const b = bc.infer.shallow(r);
  if (a.k !== 'int' || b.k !== 'int') return false;
  const unbounded = (k: string): boolean => k === 'int' || k === 'nat';
  return unbounded(a.kind) !== unbounded(b.kind);
}

/** An operation on literals only (`1 + 2`) takes its type from the context, as the literals would. */
function hintLiteral(bc: BodyChecker, t: Type, expected: Type | undefined, cx: Cx): void {
  if (expected && !ghostCode(cx) && bc.infer.isIntVar(t) && bc.infer.isIntegral(expected)) bc.infer.unify(t, expected);
}

/** `&u64` as an arithmetic operand is its u64. */
function derefInt(bc: BodyChecker, t: Type): Type {
  const s = bc.infer.shallow(t);
  if (s.k === 'ref' && bc.infer.isIntegral(s.inner)) return bc.infer.shallow(s.inner);
  return t;
}

/** Spec arithmetic is on unbounded integers: `nat op nat` stays nat for + * / %, anything else is int. */
export function specArithType(bc: BodyChecker, op: string, l: Type, r: Type): Type {
  // an operand whose type is an error (already reported) leaves nat-or-int open: no echo
  if (bc.isErrorLike(l) || bc.isErrorLike(r)) return ERR;
  if (op === '%' || op === '/') {
    const kept = quotientType(bc, op, l, r);
    if (kept) return kept;
  }
  if (op !== '-' && natOrLit(bc, l) && natOrLit(bc, r) && (isNat(bc, l) || isNat(bc, r))) return NAT;
  return INT;
}

/**
 * Verus's spec `%` keeps its operands' type t (the remainder of two t values is a t value), as
 * `/` does for unsigned t and nat (a quotient of non-negative values is at most the dividend);
 * signed `/` widens to int. With a literal operand (non-negative: a negated one is an int here)
 * the result stays within the other operand's type too.
 */
function quotientType(bc: BodyChecker, op: string, l: Type, r: Type): Type | undefined {
  const inf = bc.infer;
  const a = bc.stripRefs(l);
  const b = bc.stripRefs(r);
  const lit = (t: Type) => inf.isIntVar(t);
  const fixed = lit(a) ? b : a;
  if (fixed.k !== 'int' || (lit(a) && lit(b))) return undefined;
  const other = fixed === a ? b : a;
  if (!lit(other) && !(other.k === 'int' && other.kind === fixed.kind)) return undefined;
  if (op === '/' && (fixed.kind === 'int' || fixed.kind.startsWith('i'))) return undefined;
  // a literal dividend (`300 / x` with x: u8) is not bounded by the divisor's type
  if (op === '/' && lit(a)) return undefined;
  return fixed;
}

function isNat(bc: BodyChecker, t: Type): boolean {
  const s = bc.infer.shallow(t);
  return s.k === 'int' && s.kind === 'nat';
}

function natOrLit(bc: BodyChecker, t: Type): boolean {
  return isNat(bc, t) || bc.infer.isIntVar(t);
}

function requireIntegral(bc: BodyChecker, t: Type, e: BinaryExpr, op: string): boolean {
  if (bc.infer.isIntegral(t) || bc.isErrorLike(t)) return true;
  const s = bc.infer.shallow(t);
  // `+` on Set, `-` on a type with an `impl Sub`: operators the checker does not model yet.
  if (s.k === 'builtin' || (s.k === 'adt' && bc.scope.tables.traitMethods.has(s.name))) {
    bc.diags.unsupported(`operator \`${op}\` on \`${bc.show(t)}\` (operator traits)`, e.span);
    return false;
  }
  if (s.k === 'param' && paramMayHaveOperator(bc, s.name, op)) {
    bc.diags.unsupported(`operator \`${op}\` on type parameter \`${s.name}\` (operator trait bounds)`, e.span);
    return false;
  }
  bc.diags.error('type', `cannot apply binary operator \`${op}\` to type \`${bc.show(t)}\``, e.span);
  return false;
}

/** std's trait for each overloadable operator (`a op b` on a type parameter needs a bound on it). */
const OP_TRAIT: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXor',
  '<<': 'Shl', '>>': 'Shr', '!': 'Not',
};

/**
 * Whether type parameter `param` may have operator `op` through its bounds: a bound naming the
 * operator's std trait, or one on a trait of the crate (its supertraits may). A parameter
 * without such a bound has no operator, as rustc says.
 */
function paramMayHaveOperator(bc: BodyChecker, param: string, op: string): boolean {
  const trait = OP_TRAIT[op];
  const bounds = [...(bc.fn?.bounds ?? []), ...(bc.scope.impl?.bounds ?? [])];
  return bounds.some((b) => {
    if (b.param.kind !== 'path' || b.param.segments.length !== 1 || b.param.segments[0] !== param) return false;
    if (b.trait.kind !== 'path') return false;
    const last = b.trait.segments[b.trait.segments.length - 1];
    return last === trait || traitsOfParam(bc.scope, [b], param).length > 0;
  });
}

/** Comparison operands: same type in exec code; any two integers in spec code. */
function compareOperands(bc: BodyChecker, l: Type, r: Type, span: Expr['span'], cx: Cx, ordered: boolean): void {
  const inf = bc.infer;
  if (inf.isIntegral(l) && inf.isIntegral(r)) {
    // Spec comparisons are on mathematical values: a literal compared with a u32 stays an
    // int (so `x < 0x1_0000_0000` keeps its value), any two integer types compare.
    if (ghostCode(cx)) return;
  }
  const ptr = ptrEquality(inf.shallow(bc.stripRefs(l)), inf.shallow(bc.stripRefs(r)), ghostCode(cx), (x, y) => inf.unify(x, y), span, bc.diags);
  if (ptr) return;
  if (ghostCode(cx)) {
    const a = bc.stripRefs(l);
    const b = bc.stripRefs(r);
    // an unknown element type compared with an integer: exec code decides it (spec compares any two integers)
    if (inf.isIntegral(b) && inf.suggest(a, inf.shallow(b))) return;
    if (inf.isIntegral(a) && inf.suggest(b, inf.shallow(a))) return;
    if (!inf.unify(a, b) && !bc.isErrorLike(a) && !bc.isErrorLike(b)) bc.diags.mismatch(bc.show(a), bc.show(b), span);
  } else if (!inf.unify(l, r) && !bc.isErrorLike(l) && !bc.isErrorLike(r)) {
    bc.diags.mismatch(bc.show(l), bc.show(r), span);
  }
  if (ordered) {
    const s = bc.stripRefs(l);
    const note = s.k === 'adt' ? typeMacroNote(bc.scope.tables, s.name) : undefined;
    if (s.k === 'adt' && bc.scope.tables.traitMethods.has(s.name)) {
      bc.diags.unsupported(`comparing \`${bc.show(s)}\` with \`<\` (its \`PartialOrd\` trait implementation)`, span);
    } else if (note || (s.k === 'adt' && derivesOrd(bc, s.name))) {
      bc.diags.unsupported(`comparing \`${bc.show(s)}\` with \`<\` (${note ?? 'a derived `PartialOrd`'})`, span);
    } else if (!inf.isIntegral(s) && s.k !== 'char' && !bc.isErrorLike(s)) {
      bc.diags.error('type', `binary operation \`<\` cannot be applied to type \`${bc.show(s)}\``, span);
    }
  }
}

// ---------------------------------------------------------------------------
// places: fields, indexing, view

function field(bc: BodyChecker, e: Extract<Expr, { kind: 'field' }>, cx: Cx): Type {
  const baseTy = checkExpr(bc, e.base, cx, undefined, 'place');
  const t = bc.derefAll(baseTy);
  if (bc.isErrorLike(t)) return ERR;
  if (e.arrow) return variantField(bc, e, cx, t);
  if (t.k === 'tuple') {
    const i = Number(e.name);
    if (Number.isInteger(i) && i >= 0 && i < t.elems.length) return t.elems[i]!;
  }
  if (t.k === 'adt') {
    const s = bc.tables.structByName.get(t.name);
    const f = s?.info.fields.find((x) => x.name === e.name);
    if (s && f) {
      if (s.info.opaque && !bc.external) {
        bc.diags.error('type', opaqueFieldsMessage(s.decl.name), e.nameSpan);
        return ERR;
      }
      const mode = s.decl.fields.find((x) => x.name === e.name)?.mode ?? 'exec';
      if (mode !== 'exec' && cx.mode === 'exec' && !bc.external) {
        bc.diags.error('mode', `expression has mode ${mode}, expected mode exec`, e.span);
      }
      if (s.decl.generics.length === 0) return f.ty;
      const m = new Map<string, Type>();
      s.decl.generics.forEach((g, i) => m.set(g, t.args[i] ?? ERR));
      return substParams(f.ty, m);
    }
  }
  bc.diags.error('type', `no field \`${e.name}\` on type \`${bc.show(t)}\``, e.nameSpan);
  return ERR;
}

/**
 * Verus's `e->name` (spec code only): the field `name` of the one variant that has a field so
 * named, else `name` read as `Variant_field` (`x->Some_0`, `l->Arthropod_legs`). Its value
 * is the field's when `e` is that variant, and unspecified otherwise (as Verus's
 * `get_variant_field`): a claim about it says nothing unless `e is Variant` is known.
 */
function variantField(bc: BodyChecker, e: Extract<Expr, { kind: 'field' }>, cx: Cx, t: Type): Type {
  if (!ghostCode(cx)) {
    bc.diags.unsupported('`->` in exec code (Verus reads it as a spec function)', e.span);
    return ERR;
  }
  const variants: { name: string; fields: { name: string; ty: Type }[] }[] | undefined =
    t.k === 'builtin' && t.name === 'Option' ? [{ name: 'None', fields: [] }, { name: 'Some', fields: [{ name: '0', ty: t.args[0] ?? ERR }] }]
      : t.k === 'adt' ? bc.tables.enumByName.get(t.name)?.info.variants : undefined;
  if (!variants) {
    bc.diags.error('type', `\`->\` reads a field of an enum, and \`${bc.show(t)}\` is not an enum`, e.span);
    return ERR;
  }
  const named = variants.filter((v) => v.fields.some((f) => f.name === e.name));
  // (checked again, e.g. in another pass, it is already resolved)
  const pick = e.variant !== undefined ? { v: variants.find((v) => v.name === e.variant)!, f: e.name }
    : named.length === 1 ? { v: named[0]!, f: e.name }
    : variants.map((v) => ({ v, f: e.name.slice(v.name.length + 1) })).find(({ v, f }) => e.name.startsWith(`${v.name}_`) && v.fields.some((x) => x.name === f));
  if (!pick) {
    const why = named.length > 1 ? ` (several variants have it: write \`->Variant_${e.name}\`)` : '';
    bc.diags.error('type', `no field \`${e.name}\` on any variant of \`${bc.show(t)}\`${why}`, e.nameSpan);
    return ERR;
  }
  e.variant = pick.v.name;
  e.name = pick.f;
  const ty = pick.v.fields.find((x) => x.name === pick.f)!.ty;
  if (t.k !== 'adt') return ty;
  const en = bc.tables.enumByName.get(t.name)!;
  if (en.decl.generics.length === 0) return ty;
  const m = new Map<string, Type>();
  en.decl.generics.forEach((g, i) => m.set(g, t.args[i] ?? ERR));
  return substParams(ty, m);
}

/**
 * `e?` in an exec fn: on `Result<T, E>` in a fn returning `Result<_, E>` (the same `E`: the
 * conversion `From::from` of another error type is not supported), or on `Option<T>` in a fn
 * returning an `Option`. Its type is `T`.
 */
function tryOp(bc: BodyChecker, e: Extract<Expr, { kind: 'try' }>, cx: Cx): Type {
  const t = bc.infer.shallow(checkExpr(bc, e.operand, cx));
  if (bc.isErrorLike(t)) return ERR;
  if (cx.mode !== 'exec') {
    if (!bc.external) bc.diags.unsupported(`the \`?\` operator in ${cx.mode} code`, e.span);
    return ERR;
  }
  const ret = bc.infer.shallow(bc.retTy);
  const isResult = t.k === 'adt' && t.name === RESULT_QNAME;
  const isOption = t.k === 'builtin' && t.name === 'Option';
  // (the fn's return type is an error already reported)
  if (bc.isErrorLike(ret)) return isResult || isOption ? t.args[0] ?? ERR : ERR;
  if (t.k === 'adt' && t.name === RESULT_QNAME) {
    if (ret.k !== 'adt' || ret.name !== RESULT_QNAME) {
      if (!bc.external) bc.diags.unsupported('the `?` operator on a `Result` in a fn that does not return a `Result`', e.span);
      return t.args[0] ?? ERR;
    }
    if (!bc.infer.unify(ret.args[1] ?? ERR, t.args[1] ?? ERR)) {
      if (!bc.external) bc.diags.unsupported(`the \`?\` operator converting the error type \`${bc.show(t.args[1] ?? ERR)}\` into \`${bc.show(ret.args[1] ?? ERR)}\` (\`From::from\`)`, e.span);
      return t.args[0] ?? ERR;
    }
    e.family = 'result';
    return t.args[0] ?? ERR;
  }
  if (t.k === 'builtin' && t.name === 'Option') {
    if (ret.k !== 'builtin' || ret.name !== 'Option') {
      if (!bc.external) bc.diags.unsupported('the `?` operator on an `Option` in a fn that does not return an `Option`', e.span);
      return t.args[0] ?? ERR;
    }
    e.family = 'option';
    return t.args[0] ?? ERR;
  }
  if (!bc.external) bc.diags.unsupported(`the \`?\` operator on \`${bc.show(t)}\``, e.span);
  return ERR;
}

function index(bc: BodyChecker, e: Extract<Expr, { kind: 'index' }>, cx: Cx): Type {
  const baseTy = checkExpr(bc, e.base, cx, undefined, 'place');
  const t = bc.derefAll(baseTy);
  if (t.k === 'builtin' && t.name === 'Vec') return indexInt(bc, e, cx, t.args[0] ?? ERR, false);
  if (t.k === 'builtin' && t.name === 'Seq') return indexInt(bc, e, cx, t.args[0] ?? ERR, true);
  if (t.k === 'array' || t.k === 'slice') return indexInt(bc, e, cx, t.elem, false);
  if (t.k === 'builtin' && (t.name === 'Map' || t.name === 'IMap')) {
    checkExpr(bc, e.index, { mode: 'spec' }, t.args[0]);
    return t.args[1] ?? ERR;
  }
  checkExpr(bc, e.index, cx);
  const ts = bc.infer.shallow(t);
  if (ts.k === 'adt') bc.diags.unsupported(`indexing \`${bc.show(t)}\` (its \`Index\` trait implementation)`, e.span);
  else if (!bc.isErrorLike(t)) bc.diags.error('type', `cannot index into a value of type \`${bc.show(t)}\``, e.span);
  return ERR;
}

/** Checks an integer index (usize in exec code) into a sequence-like value of element type `elem`. */
function indexInt(bc: BodyChecker, e: Extract<Expr, { kind: 'index' }>, cx: Cx, elem: Type, specOnly: boolean): Type {
  const r = e.index.kind === 'unsupported' ? e.index.range : undefined;
  if (r && !specOnly && !ghostCode(cx)) {
    // `a[lo..hi]`, `a[lo..]`, `a[..]`: a subslice (typed only: lowering refuses the range)
    if (r.lo) checkExpr(bc, r.lo, cx, USIZE);
    if (r.hi) checkExpr(bc, r.hi, cx, USIZE);
    e.index.ty = { k: 'builtin', name: r.inclusive ? 'RangeInclusive' : 'Range', args: [USIZE] };
    return { k: 'slice', elem };
  }
  if (ghostCode(cx) || specOnly) {
    const it = checkExpr(bc, e.index, cx);
    // An untyped quantifier binder used first as an index (`#![trigger s[i]]`) is an int.
    if (bc.infer.isVar(it) && !bc.infer.isIntVar(it)) bc.infer.unify(it, INT);
    else if (!bc.infer.isIntegral(it) && !bc.isErrorLike(it)) bc.diags.mismatch('int', bc.show(it), e.index.span);
  } else {
    checkExpr(bc, e.index, cx, USIZE);
  }
  return elem;
}

/** `e@`: Vec<T> and arrays view as Seq<T>; Ghost/Tracked unwrap; user types use their `view` spec fn. */
export function view(bc: BodyChecker, operand: Expr, cx: Cx, span: Expr['span'], target?: Extract<Expr, { kind: 'view' }>): Type {
  // A view is a spec value: exec code may not compute with it.
  if (cx.mode === 'exec' && !bc.external) bc.diags.error('mode', 'expression has mode spec, expected mode exec', span);
  const t = bc.derefAll(checkExpr(bc, operand, ghostCode(cx) ? cx : { mode: 'spec' }, undefined, 'place'));
  if (bc.isErrorLike(t)) return ERR;
  if (t.k === 'builtin') {
    switch (t.name) {
      case 'Vec': return { k: 'builtin', name: 'Seq', args: [t.args[0] ?? ERR] };
      case 'Ghost': case 'Tracked': return t.args[0] ?? ERR;
      case 'Seq': case 'Set': case 'Map': case 'ISet': case 'IMap': return t;
      default: break;
    }
  }
  if (t.k === 'array' || t.k === 'slice') return { k: 'builtin', name: 'Seq', args: [t.elem] };
  if (t.k === 'adt') {
    const m = userMethod(bc, t, 'view');
    if (m && m.entry.decl.mode === 'spec' && m.paramTys.length === 1) {
      if (target) {
        const res: Resolution = { kind: 'fn', qname: m.entry.qname, decl: m.entry.decl, typeArgs: m.typeArgs };
        target.res = res;
        bc.later(() => {
          if (res.kind === 'fn') res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x));
        });
      }
      return m.retTy;
    }
    // No usable `view`: an `impl View` the checker does not support, or one it cannot see.
    bc.diags.unsupported(`\`@\` on \`${bc.show(t)}\` (its \`View\` trait implementation)`, span);
    return ERR;
  }
  if (t.k === 'str') {
    bc.diags.unsupported('`@` on `&str` (vstd string API outside the built-in prelude)', span);
    return ERR;
  }
  bc.diags.error('type', `no method named \`view\` found for type \`${bc.show(t)}\` in the current scope`, span);
  return ERR;
}

// ---------------------------------------------------------------------------
// control flow

function ifExpr(bc: BodyChecker, e: Extract<Expr, { kind: 'if' }>, cx: Cx, expected: Type | undefined): Type {
  checkBool(bc, e.cond, cx);
  const elseBranch = e.else;
  if (!elseBranch) {
    branches(bc, [() => checkBlock(bc, e.then, cx, UNIT), () => {}]);
    return UNIT;
  }
  let thenTy: Type = ERR;
  let elseTy: Type = ERR;
  branches(bc, [
    () => { thenTy = checkBlock(bc, e.then, cx, expected); },
    () => {
      elseTy = 'kind' in elseBranch ? checkExpr(bc, elseBranch, cx, expected) : checkBlock(bc, elseBranch, cx, expected);
    },
  ]);
  if (expected) return expected;
  return joinTypes(bc, thenTy, elseTy, elseBranch.span, cx);
}

/** The type of two branches without an expected type: the non-diverging one, checked equal. */
function joinTypes(bc: BodyChecker, a: Type, b: Type, span: Expr['span'], cx: Cx): Type {
  if (bc.infer.shallow(a).k === 'never') return b;
  if (bc.infer.shallow(b).k === 'never') return a;
  bc.coerce(b, a, span, cx);
  return a;
}

function matchExpr(bc: BodyChecker, e: Extract<Expr, { kind: 'match' }>, cx: Cx, expected: Type | undefined): Type {
  const scrut = checkExpr(bc, e.scrutinee, cx, undefined, 'place');
  let result: Type | undefined = expected;
  const errorsBefore = bc.diags.list.length;
  branches(bc, e.arms.map((arm) => () => {
    bc.withScope(() => {
      checkPattern(bc, arm.pattern, scrut, cx);
      if (arm.guard) checkBool(bc, arm.guard, cx);
      if (result) {
        checkExpr(bc, arm.body, cx, result);
      } else {
        const t = checkExpr(bc, arm.body, cx);
        if (bc.infer.shallow(t).k !== 'never') result = t;
      }
    });
  }));
  // once types are final; not after an error in the arms (their patterns may be unresolved)
  if (bc.diags.list.length === errorsBefore) {
    bc.later(() => {
      const missing = uncoveredByArms(bc, e.arms);
      if (missing !== undefined) bc.diags.error('type', `non-exhaustive patterns: \`${missing}\` not covered`, e.scrutinee.span, { primaryLabel: `pattern \`${missing}\` not covered` });
    });
  }
  return result ?? NEVER;
}

function isExpr(bc: BodyChecker, e: Extract<Expr, { kind: 'is' }>, cx: Cx): Type {
  const t = bc.derefAll(checkExpr(bc, e.operand, cx, undefined, 'place'));
  const name = e.variant[e.variant.length - 1]!;
  if (t.k === 'adt') {
    const en = bc.tables.enumByName.get(t.name);
    const v = en?.decl.variants.find((x) => x.name === name);
    if (en && v) {
      e.res = { kind: 'variant', qname: `${en.qname}::${v.name}`, enumDecl: en.decl, variant: v, typeArgs: t.args };
      return BOOL;
    }
  }
  if (t.k === 'builtin' && t.name === 'Option' && (name === 'Some' || name === 'None')) {
    e.res = { kind: 'builtin', name, typeArgs: t.args };
    return BOOL;
  }
  if (!bc.isErrorLike(t)) bc.diags.error('type', `no variant named \`${name}\` for type \`${bc.show(t)}\``, joinSpans(e.operand.span, e.span));
  return BOOL;
}

function structLit(bc: BodyChecker, e: Extract<Expr, { kind: 'struct' }>, cx: Cx): Type {
  const r = walkPath(bc.scope, e.path);
  const def = r.def;
  let fields: { name: string; ty: Type }[];
  let result: Type;
  let generics: string[];
  const shown = e.path.join('::');
  if (def?.kind === 'struct') {
    generics = def.s.decl.generics;
    const m = instantiate(bc, generics, e.generics ?? []);
    const typeArgs = [...m.values()];
    e.res = { kind: 'struct', qname: def.s.qname, decl: def.s.decl, typeArgs };
    bc.later(() => { if (e.res?.kind === 'struct') e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t)); });
    fields = def.s.info.fields.map((f) => ({ name: f.name, ty: substParams(f.ty, m) }));
    result = { k: 'adt', name: def.s.qname, args: typeArgs };
    // rustc's privacy: a private field is written only inside its struct's module (and its
    // children), which keeps a macro's tokens (`tokenized_state_machine!`) unforgeable
    const priv = def.s.decl.fields.find((f) => f.vis === 'private');
    if (def.s.info.opaque && !bc.external) {
      bc.diags.error('type', opaqueFieldsMessage(def.s.decl.name), e.pathSpan);
    } else if (priv && !withinModule(bc.scope.module, def.s.module)) {
      const named = e.fields.find((f) => def.s.decl.fields.some((d) => d.name === f.name && d.vis === 'private'));
      bc.diags.error('type', `field \`${named?.name ?? priv.name}\` of struct \`${def.s.decl.name}\` is private`, named?.span ?? e.pathSpan);
    }
  } else if (def?.kind === 'variant') {
    generics = def.e.decl.generics;
    const m = instantiate(bc, generics, e.generics ?? []);
    const typeArgs = [...m.values()];
    e.res = { kind: 'variant', qname: `${def.e.qname}::${def.variant.name}`, enumDecl: def.e.decl, variant: def.variant, typeArgs };
    bc.later(() => { if (e.res?.kind === 'variant') e.res.typeArgs = typeArgs.map((t) => bc.infer.zonk(t)); });
    const info = def.e.info.variants.find((v) => v.name === def.variant.name);
    fields = (info?.fields ?? []).map((f) => ({ name: f.name, ty: substParams(f.ty, m) }));
    result = { k: 'adt', name: def.e.qname, args: typeArgs };
  } else {
    const why = !def ? unsupportedReason(bc.scope, e.path, r.failedAt, bc.scope.generics)
      : def.kind === 'vstd' ? `\`${shown} { .. }\` (vstd/std items outside the built-in prelude)`
        : def.kind === 'alias' ? `\`${shown} { .. }\` (a struct literal through a type alias)`
          : undefined;
    if (why) bc.diags.unsupported(why, e.pathSpan);
    else bc.diags.error('type', `cannot find struct, variant or union type \`${shown}\` in this scope`, e.pathSpan);
    for (const f of e.fields) checkExpr(bc, f.value, cx);
    if (e.base) checkExpr(bc, e.base, cx);
    return ERR;
  }
  const seen = new Set<string>();
  for (const f of e.fields) {
    const decl = fields.find((x) => x.name === f.name);
    seen.add(f.name);
    if (!decl) {
      bc.diags.error('type', `struct \`${shown}\` has no field named \`${f.name}\``, f.span);
      checkExpr(bc, f.value, cx);
    } else {
      const mode = fieldMode(def, f.name);
      checkExpr(bc, f.value, mode === 'exec' || cx.mode === 'spec' ? cx : { mode: mode === 'spec' ? 'spec' : 'proof' }, decl.ty);
    }
  }
  if (e.base) checkExpr(bc, e.base, cx, result, 'place');
  else {
    const missing = fields.filter((f) => !seen.has(f.name)).map((f) => `\`${f.name}\``);
    if (missing.length) bc.diags.error('type', `missing field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in initializer of \`${shown}\``, e.pathSpan);
  }
  return result;
}

/** Whether code in module `m` may see the private items of module `owner` (it is `owner` or inside it). */
function withinModule(m: ModuleScope, owner: ModuleScope): boolean {
  for (let s: ModuleScope | undefined = m; s; s = s.parent) if (s === owner) return true;
  return false;
}

/** The declared mode of a struct or variant field (`ghost`/`tracked` fields are spec/proof). */
function fieldMode(def: Def, name: string): 'exec' | 'proof' | 'spec' {
  const fields = def.kind === 'struct' ? def.s.decl.fields : def.kind === 'variant' ? def.variant.fields : [];
  return fields.find((f) => f.name === name)?.mode ?? 'exec';
}

const DIVERGING_MACROS = new Set(['unimplemented', 'panic', 'unreachable', 'todo']);

function macro(bc: BodyChecker, e: Extract<Expr, { kind: 'macro' }>, cx: Cx, expected: Type | undefined): Type {
  if (DIVERGING_MACROS.has(e.name)) return NEVER;
  if (e.name === 'vec') {
    const x = expected ? bc.infer.shallow(expected) : undefined;
    const elem = x?.k === 'builtin' && x.name === 'Vec' ? x.args[0]! : bc.infer.fresh();
    for (const a of e.args ?? []) checkExpr(bc, a, cx, elem);
    return { k: 'builtin', name: 'Vec', args: [elem] };
  }
  if (e.notInScope) bc.diags.error('type', `cannot find macro \`${e.name}\` in this scope`, e.span);
  else if (!bc.external) bc.diags.unsupported(`macro \`${e.name}!\``, e.span);
  return ERR;
}
