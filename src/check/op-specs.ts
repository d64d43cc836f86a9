/**
 * The spec members of std's operator traits (vstd's `NotSpec`, `AddSpec`, `SubSpec`,
 * `BitAndSpec`, ...) and `call_requires` / `call_ensures` of the operators, for a type
 * parameter bounded by the operator trait with `Output` (and `Rhs`) itself, and for the
 * primitive integer types:
 *
 *   x.sub_req(y), x.sub_spec(y), x.not_req(), ...   the member of lib/vstd's `OpSpecs` at x's type
 *   call_requires(T::sub, (x, y))                   `x.sub_req(y)` (a call needs just that)
 *   call_ensures(T::sub, (x, y), r)                 `OpSpecs::ensures_sub(x, y, r)`
 *   call_ensures(T::eq, (&x, &y), r)                `OpSpecs::ensures_eq(x, y, r)` (`T: PartialEq`)
 *   call_ensures(usize::from, (x,), r)              std's lossless integer conversions: same value
 *
 * The node is rewritten in place into a call of that spec fn (later stages see an ordinary
 * trait spec fn: uninterpreted at a type parameter, lib/vstd's definition at an integer type,
 * src/ir/lower-dispatch.ts). Anything else is left to the caller (undefined).
 */
import type { BinaryExpr, CallExpr, Expr, MethodCallExpr, PathExpr, UnaryExpr } from '../syntax/ast.js';
import type { BodyChecker, Cx } from './context.js';
import { checkExpr } from './expr.js';
import { checkCallMode } from './modes.js';
import { stdBounds, type StdBound } from './operators.js';
import { walkPath } from './paths.js';
import { OP_BOUND, type Resolution } from './resolution.js';
import type { FnEntry } from './scopes.js';
import type { Type } from './types.js';
import { ENSURES_FROM_INT, losslessFrom } from './int-conversions.js';

const BOOL: Type = { k: 'bool' };
export const OP_SPECS = 'vstd::std_specs::ops::OpSpecs';


/** Operator trait members: the std trait and the number of operands. */
const OPS: Record<string, { trait: string; arity: 1 | 2 }> = {
  add: { trait: 'Add', arity: 2 }, sub: { trait: 'Sub', arity: 2 }, mul: { trait: 'Mul', arity: 2 },
  bitand: { trait: 'BitAnd', arity: 2 }, bitor: { trait: 'BitOr', arity: 2 }, bitxor: { trait: 'BitXor', arity: 2 },
  not: { trait: 'Not', arity: 1 },
};

/** Whether `b` names the bounded type itself (`T`, or `Self` in a supertrait list). */
function isSelf(b: StdBound, t: { segments: string[]; args: unknown[] } | undefined, param: string): boolean {
  if (!t || t.args.length > 0 || t.segments.length !== 1) return false;
  return t.segments[0] === param || (t.segments[0] === 'Self' && (b.viaTrait === true || param === 'Self'));
}

/** `T: Op<Output = T>` (and `Rhs` T or left out) among T's bounds. */
function boundedBy(bc: BodyChecker, param: string, trait: string, needsOutput: boolean): boolean {
  return stdBounds(bc, param).some((b) => {
    if (b.name !== trait) return false;
    const rhs = b.args[0];
    if (b.args.length > 1 || (rhs && !(rhs.kind === 'path' && isSelf(b, rhs, param)))) return false;
    if (!needsOutput) return true;
    const out = b.bindings?.find((x) => x.name === 'Output')?.ty;
    return out?.kind === 'path' && isSelf(b, out, param);
  });
}

/** A machine integer type, or a type parameter bounded by `trait` as above: whose members these are. */
function opSelf(bc: BodyChecker, t: Type, trait: string, needsOutput = true): boolean {
  if (t.k === 'int') return t.kind !== 'int' && t.kind !== 'nat';
  return t.k === 'param' && boundedBy(bc, t.name, trait, needsOutput);
}

function opSpecsFn(bc: BodyChecker, member: string): FnEntry | undefined {
  return bc.tables.traits.find((t) => t.qname === OP_SPECS)?.fns.get(member);
}

/** `x.sub_req(y)`, `x.sub_spec(y)`, `x.not_req()`, ... on a type parameter or an integer type. */
export function opSpecMethod(bc: BodyChecker, e: MethodCallExpr, recv: Type, cx: Cx): Type | undefined {
  const m = /^(\w+)_(req|spec)$/.exec(e.method);
  const op = m ? OPS[m[1]!] : undefined;
  if (!m || !op || e.args.length !== op.arity - 1 || !opSelf(bc, recv, op.trait)) return undefined;
  const f = opSpecsFn(bc, e.method);
  if (!f) return undefined;
  e.res = resolution(f, recv);
  checkCallMode(bc, cx, 'spec', f.qname, e.span, f.decl);
  for (const a of e.args) checkExpr(bc, a, { mode: 'spec' }, recv);
  return m[2] === 'req' ? BOOL : recv;
}

function resolution(f: FnEntry, self: Type): Resolution {
  return { kind: 'fn', qname: f.qname, decl: f.decl, typeArgs: [self] };
}

/** `call_ensures(P::op, (x, y), r)` / `call_requires(P::op, (x, y))` of an operator or a lossless integer `from`. */
export function opCallSpec(bc: BodyChecker, e: CallExpr, callee: PathExpr, cx: Cx): Type | undefined {
  const kind = callee.segments.length === 1 ? callee.segments[0] : undefined;
  if ((kind !== 'call_ensures' && kind !== 'call_requires') || e.args.length !== (kind === 'call_ensures' ? 3 : 2)) return undefined;
  const target = e.args[0]!;
  if (target.kind !== 'path' || target.segments.length !== 2 || target.generics.length > 0) return undefined;
  if (walkPath(bc.scope, [kind]).def?.kind === 'fn') return undefined; // the crate's own fn of that name
  const [owner, member] = target.segments as [string, string];
  const self = ownerType(bc, owner);
  const tuple = e.args[1]!;
  if (!self || tuple.kind !== 'tuple') return undefined;
  const ret = kind === 'call_ensures' ? e.args[2]! : undefined;
  if (member === 'from' && self.k === 'int' && ret) return fromInt(bc, e, target, self, tuple.elems, ret, cx);
  const op = OPS[member];
  const eq = member === 'eq' && ret !== undefined;
  if (!(op || eq) || !opSelf(bc, self, op?.trait ?? 'PartialEq', !eq) || tuple.elems.length !== (op?.arity ?? 2)) return undefined;
  const f = opSpecsFn(bc, ret ? `ensures_${member}` : `${member}_req`);
  if (!f) return undefined;
  checkCallMode(bc, cx, 'spec', f.qname, e.span, f.decl);
  // `eq` takes its operands by reference (erased in the encoding)
  for (const x of tuple.elems) {
    const t = checkExpr(bc, x, { mode: 'spec' }, eq ? undefined : self);
    if (eq && !bc.infer.unify(bc.derefAll(t), self) && !bc.isErrorLike(t)) bc.diags.mismatch(bc.show(self), bc.show(bc.derefAll(t)), x.span);
  }
  if (ret) checkExpr(bc, ret, { mode: 'spec' }, eq ? BOOL : self);
  const args = eq ? tuple.elems.map(derefd) : tuple.elems;
  replace(bc, e, target, f.qname, resolution(f, self), [...args, ...(ret ? [ret] : [])]);
  return BOOL;
}

/** `&x` as `x` (an `eq` operand). */
function derefd(x: Expr): Expr {
  return x.kind === 'ref' ? x.operand : x;
}

/** `call_ensures(usize::from, (x,), r)` with x of an integer type std converts from losslessly. */
function fromInt(bc: BodyChecker, e: CallExpr, target: PathExpr, to: Type & { k: 'int' }, elems: Expr[], ret: Expr, cx: Cx): Type | undefined {
  if (elems.length !== 1) return undefined;
  const x = elems[0]!;
  const from = bc.infer.shallow(checkExpr(bc, x, { mode: 'spec' }));
  if (!losslessFrom(from, to)) {
    if (!bc.isErrorLike(from)) bc.diags.unsupported(`\`call_ensures\` of \`${bc.show(to)}::from\` from \`${bc.show(from)}\` (only std's lossless integer conversions)`, target.span);
    return { k: 'error' };
  }
  checkExpr(bc, ret, { mode: 'spec' }, to);
  const root = bc.tables.externCrates.get('vstd') ?? bc.tables.root;
  const d = walkPath({ tables: bc.tables, module: root }, ENSURES_FROM_INT.split('::').slice(1)).def;
  if (d?.kind !== 'fn') return undefined;
  checkCallMode(bc, cx, 'spec', ENSURES_FROM_INT, e.span, d.fn.decl);
  replace(bc, e, target, ENSURES_FROM_INT, { kind: 'fn', qname: ENSURES_FROM_INT, decl: d.fn.decl, typeArgs: [from, to] }, [x, ret]);
  return BOOL;
}

/** The type `P` of `P::op`: a type parameter in scope or a primitive integer type. */
function ownerType(bc: BodyChecker, owner: string): Type | undefined {
  if (bc.scope.generics.has(owner)) return { k: 'param', name: owner };
  const d = walkPath(bc.scope, [owner]).def;
  return d?.kind === 'prim' && d.ty.k === 'int' ? d.ty : undefined;
}

/** The node becomes the spec call `qname(args)` (in place, so every later stage sees a plain call). */
function replace(bc: BodyChecker, e: Expr, target: PathExpr, qname: string, res: Resolution, args: Expr[]): void {
  const callee: PathExpr = { kind: 'path', segments: qname.split('::'), generics: [], span: target.span, res };
  const node = e as unknown as Record<string, unknown>;
  for (const k of Object.keys(node)) if (k !== 'span' && k !== 'ty') delete node[k];
  Object.assign(node, { kind: 'call', callee, args } satisfies Omit<CallExpr, 'span'>);
  bc.record(callee, BOOL);
}

const BINARY: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '&': 'bitand', '|': 'bitor', '^': 'bitxor' };

/**
 * Exec `a - b` / `!a` with `a` of a type parameter bounded by the operator trait (`Output`
 * itself): a call of the impl's member, which requires `a.sub_req(b)` and gives a result `r`
 * with `call_ensures(T::sub, (a, b), r)` (src/ir/lower-op-bound.ts). Undefined otherwise.
 */
export function boundOperator(bc: BodyChecker, e: BinaryExpr | UnaryExpr, cx: Cx, left: Type): Type | undefined {
  const member = e.kind === 'binary' ? BINARY[e.op] : e.op === '!' ? 'not' : undefined;
  const s = bc.infer.shallow(left);
  if (cx.mode !== 'exec' || !member || s.k !== 'param' || !opSelf(bc, s, OPS[member]!.trait)) return undefined;
  if (!opSpecsFn(bc, `${member}_req`)) return undefined;
  if (e.kind === 'binary') checkExpr(bc, e.right, cx, s);
  e.res = { kind: 'builtin', name: `${member}${OP_BOUND}`, typeArgs: [s] };
  return s;
}
