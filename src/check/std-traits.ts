/**
 * Impls of vstd's and std's traits with specs (the traits themselves are not in the crate):
 *   View                       `x@` is the impl's `view` (its `type V`)
 *   From, Add, Sub, Mul,       operators and conversions on user types call the impl's member
 *   PartialEq, Clone           (src/check/operators.ts); callers know its ensures
 *   AddSpecImpl, SubSpecImpl,  vstd's specs of the operator member: its requires and ensures
 *   MulSpecImpl, FromSpecImpl, (several impls of one, for different arguments, are told apart)
 *   PartialEqSpecImpl,
 *   PartialOrdSpecImpl         exec `a < b` on the type means vstd's spec of `lt` (partial-ord.ts)
 *   TryFrom, TryFromSpecImpl   `T::try_from(x)` returns `Result<T, T::Error>`; the spec impl's
 *                              `Self::Error` is the `TryFrom` impl's `type Error`
 */
import type { Expr, TypeExpr } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';
import { walkPath } from './paths.js';
import type { CrateTables, ModuleScope, TraitImplEntry } from './scopes.js';
import { typeToString } from './types.js';
import { isPrimOwnerKey } from './prelude.js';
import { typeExprText } from '../syntax/type-text.js';

/** Traits of vstd/std whose impls the checker knows: their members become the type's. */
export const STD_SPEC_TRAITS = new Set(['View', 'Clone', 'AddSpecImpl', 'SubSpecImpl', 'MulSpecImpl', 'FromSpecImpl', 'PartialEqSpecImpl', 'PartialOrdSpecImpl', 'TryFromSpecImpl']);

/**
 * vstd's `XSpecImpl` traits: the spec of the operator trait's member for the impl's type.
 * `req` is absent when vstd's member has no `requires` (`From::from`); `self` tells whether
 * the spec fns take `self` (`add_spec(self, rhs)`) or only the argument (`from_spec(v)`).
 */
export interface SpecImplShape { op: string; member: string; obeys: string; req?: string; spec: string; self: boolean }
export const SPEC_IMPLS: Record<string, SpecImplShape> = {
  AddSpecImpl: { op: 'Add', member: 'add', obeys: 'obeys_add_spec', req: 'add_req', spec: 'add_spec', self: true },
  SubSpecImpl: { op: 'Sub', member: 'sub', obeys: 'obeys_sub_spec', req: 'sub_req', spec: 'sub_spec', self: true },
  MulSpecImpl: { op: 'Mul', member: 'mul', obeys: 'obeys_mul_spec', req: 'mul_req', spec: 'mul_spec', self: true },
  FromSpecImpl: { op: 'From', member: 'from', obeys: 'obeys_from_spec', spec: 'from_spec', self: false },
  PartialEqSpecImpl: { op: 'PartialEq', member: 'eq', obeys: 'obeys_eq_spec', spec: 'eq_spec', self: true },
  // (`PartialOrd` is derived, not an impl of the crate: exec `a < b` reads the spec, partial-ord.ts)
  PartialOrdSpecImpl: { op: 'PartialOrd', member: 'partial_cmp', obeys: 'obeys_partial_cmp_spec', spec: 'partial_cmp_spec', self: true },
  TryFromSpecImpl: { op: 'TryFrom', member: 'try_from', obeys: 'obeys_try_from_spec', spec: 'try_from_spec', self: false },
};

/** std traits whose argument defaults to `Self` (`impl PartialEq for T` is `PartialEq<T>`). */
const SELF_DEFAULT = new Set(['Add', 'Sub', 'Mul', 'PartialEq', 'AddSpecImpl', 'SubSpecImpl', 'MulSpecImpl', 'PartialEqSpecImpl', 'PartialOrdSpecImpl']);

/**
 * std traits whose impls stand for operators and conversions: `a + b` calls the impl's
 * `add`, `T::from(x)` its `from`, exec `a == b` its `eq`. The impl fn's own `ensures` is
 * what callers know; like any trait method it may not add `requires`.
 */
export interface StdShape { member: string; mode: 'exec'; params: number; output: boolean; assoc?: string }
export const STD_OPERATOR_TRAITS: Record<string, StdShape> = {
  From: { member: 'from', mode: 'exec', params: 1, output: false },
  Add: { member: 'add', mode: 'exec', params: 2, output: true },
  Sub: { member: 'sub', mode: 'exec', params: 2, output: true },
  Mul: { member: 'mul', mode: 'exec', params: 2, output: true },
  PartialEq: { member: 'eq', mode: 'exec', params: 2, output: false },
  Clone: { member: 'clone', mode: 'exec', params: 1, output: false },
  // (`Self::Error` in its signature is the impl's `type Error`: src/check/assoc-types.ts)
  TryFrom: { member: 'try_from', mode: 'exec', params: 1, output: false, assoc: 'Error' },
};

/** The binary operators that stand for a std trait's member. */
export const OPERATOR_TRAITS: Record<string, string> = { '+': 'Add', '-': 'Sub', '*': 'Mul', '==': 'PartialEq', '!=': 'PartialEq' };

export function checkStdImpl(ti: TraitImplEntry, trait: string, shape: StdShape, diags: Diags): void {
  const out = ti.decl.assocTypes?.find((a) => a.name === 'Output');
  if (shape.output && !out?.ty) diags.error('type', 'not all trait items implemented, missing: `Output`', ti.decl.span);
  if (shape.assoc && !ti.decl.assocTypes?.some((a) => a.name === shape.assoc && a.ty)) diags.error('type', `not all trait items implemented, missing: \`${shape.assoc}\``, ti.decl.span);
  for (const a of ti.decl.assocTypes ?? []) if (!(shape.output && a.name === 'Output') && a.name !== shape.assoc) diags.error('type', `type \`${a.name}\` is not a member of trait \`${trait}\``, a.nameSpan);
  for (const c of ti.consts.values()) diags.error('type', `const \`${c.decl.name}\` is not a member of trait \`${trait}\``, c.decl.nameSpan);
  for (const [name, f] of ti.fns) {
    const d = f.decl;
    if (name !== shape.member) {
      diags.error('unsupported', `not supported: \`${name}\` in an impl of \`${trait}\` (only \`${shape.member}\`)`, d.nameSpan);
      continue;
    }
    if (d.mode !== shape.mode || d.params.length !== shape.params) {
      diags.error('type', `method \`${name}\` of \`${trait}\` must be an exec fn of ${shape.params} parameter(s)`, d.nameSpan);
      continue;
    }
    if (d.requires.length > 0) {
      diags.error('type', 'trait method implementation cannot declare requires clauses; these can only be inherited from the trait declaration', d.requires[0]!.span);
      continue;
    }
    const r = d.ret;
    if (out?.ty && r?.kind === 'path' && r.segments.length === 2 && r.segments[0] === 'Self' && r.segments[1] === 'Output' && r.args.length === 0) d.ret = out.ty;
  }
  if (!ti.fns.has(shape.member)) diags.error('type', `not all trait items implemented, missing: \`${shape.member}\``, ti.decl.span);
}

/**
 * The impls of std trait `trait` for the type `owner` (verified or not). `arg` picks among
 * several (`From<u64>`, `From<usize>`) by the declared type of the member's parameter `argIndex`.
 */
export function stdImplsOf(tables: CrateTables, owner: string, trait: string): TraitImplEntry[] {
  return tables.traitImpls.filter((ti) => ti.ctx.ownerKey === owner && !ti.trait && stdTraitName(tables, ti) === trait);
}

/** The last segment of an impl's trait path when it names no trait of this crate. */
export function stdTraitName(tables: CrateTables, ti: TraitImplEntry): string | undefined {
  const p = ti.decl.traitPath;
  if (p?.kind !== 'path') return undefined;
  const d = walkPath({ tables, module: ti.module }, p.segments).def;
  if (d && d.kind !== 'vstd' && d.kind !== 'builtinType' && d.kind !== 'builtinValue') return undefined;
  return p.segments[p.segments.length - 1];
}

/**
 * `impl View for T { type V = X; spec fn view(&self) -> X { .. } }`: `t@` is `t.view()`
 * (src/check/expr.ts `view`). `Self::V` in the signature is the impl's `V`.
 */
export function checkViewImpl(ti: TraitImplEntry, diags: Diags): void {
  const v = ti.decl.assocTypes?.find((a) => a.name === 'V');
  if (!v?.ty) diags.error('type', 'not all trait items implemented, missing: `V`', ti.decl.span);
  for (const a of ti.decl.assocTypes ?? []) if (a.name !== 'V') diags.error('type', `type \`${a.name}\` is not a member of trait \`View\``, a.nameSpan);
  for (const [name, f] of ti.fns) {
    const d = f.decl;
    if (name !== 'view') {
      diags.error('type', `method \`${name}\` is not a member of trait \`View\``, d.nameSpan);
      continue;
    }
    if (d.mode !== 'spec' || d.params.length !== 1 || d.params[0]!.name !== 'self' || d.params[0]!.ty.kind !== 'ref') {
      diags.error('type', 'the `view` of `impl View` must be `spec fn view(&self) -> Self::V`', d.nameSpan);
      continue;
    }
    const r = d.ret;
    if (v?.ty && r?.kind === 'path' && r.segments.length === 2 && r.segments[0] === 'Self' && r.segments[1] === 'V' && r.args.length === 0) d.ret = v.ty;
  }
  if (!ti.fns.has('view')) diags.error('type', 'not all trait items implemented, missing: `view`', ti.decl.span);
}

/**
 * What an impl's (first) trait argument names, with aliases followed and primitives by
 * name (`SubSpecImpl<InnerAddr>` and `Sub<usize>` agree when `type InnerAddr = usize`), so
 * the spec impl and the operator impl of one right operand are paired, and the members of
 * several impls of one generic trait are told apart. `Self` when the trait has no argument.
 */
export function traitArgKey(tables: CrateTables, ti: TraitImplEntry): string {
  const p = ti.decl.traitPath;
  const a = p?.kind === 'path' ? p.args[0] : undefined;
  if (a) return typeKey(tables, ti.module, a, 0);
  // the argument defaults to `Self`: the self type's key
  const owner = ti.ctx.ownerKey;
  if (owner && SELF_DEFAULT.has(stdTraitName(tables, ti) ?? '')) return isPrimOwnerKey(owner) ? owner.slice('#prim::'.length) : owner;
  return 'Self';
}

function typeKey(tables: CrateTables, module: ModuleScope, t: TypeExpr, depth: number): string {
  if (t.kind !== 'path' || depth > 8) return typeExprText(t);
  const d = t.segments.length === 1 && t.segments[0] === 'Self' ? undefined : walkPath({ tables, module }, t.segments).def;
  const args = t.args.length ? `<${t.args.map((x) => typeKey(tables, module, x, depth + 1)).join(', ')}>` : '';
  if (d?.kind === 'alias' && t.args.length === 0) return typeKey(tables, d.module, d.decl.ty, depth + 1);
  if (d?.kind === 'prim') return typeToString(d.ty);
  if (d?.kind === 'struct') return d.s.qname + args;
  if (d?.kind === 'enum') return d.e.qname + args;
  return typeExprText(t);
}

/**
 * A generic spec impl whose type parameters are those of its (first) trait argument, for a
 * self type without them (`impl<T> FromSpecImpl<*const T> for VirtAddr`): it is paired with
 * the operator impl written with the same argument (`impl<T> From<*const T> for VirtAddr`),
 * whose key is the same text, and a call picks it by matching that argument
 * (src/check/generic-impl.ts).
 */
function genericArgImpl(ti: TraitImplEntry): boolean {
  const p = ti.decl.traitPath;
  const a = p?.kind === 'path' ? p.args[0] : undefined;
  if (!a || ti.ctx.generics.some((g) => mentions(ti.decl.selfTy, g))) return false;
  return ti.ctx.generics.every((g) => mentions(a, g));
}

function mentions(t: TypeExpr, name: string): boolean {
  switch (t.kind) {
    case 'path': return (t.segments.length === 1 && t.segments[0] === name) || t.args.some((x) => mentions(x, name));
    case 'ref': case 'ptr': return mentions(t.inner, name);
    case 'tuple': return t.elems.some((x) => mentions(x, name));
    case 'array': case 'slice': return mentions(t.elem, name);
    default: return false;
  }
}

/** The hidden name under which the owner's table holds member `name` of one impl (never written in source). */
export function implMemberKey(name: string, argKey: string): string {
  return `${name}#${argKey}`;
}

/**
 * `impl AddSpecImpl<R> for T { obeys_add_spec, add_req, add_spec }`: the `add` of T's
 * `Add<R>` impl takes `requires self.add_req(rhs)` and
 * `ensures Self::obeys_add_spec() ==> ret == self.add_spec(rhs)` (vstd's spec of `Add::add`),
 * so its body is checked against them and callers of `a + b` must establish `add_req`.
 * `impl FromSpecImpl<X> for T`: T's `From<X>` impl's `from(v)` takes
 * `ensures Self::obeys_from_spec() ==> ret == Self::from_spec(v)`. Several impls for one
 * type (`SubSpecImpl<PhysAddr>`, `SubSpecImpl<usize>`) are paired with the operator impl
 * of the same argument; the clauses name the impl's members by their hidden keys.
 */
export function checkSpecImpl(tables: CrateTables, ti: TraitImplEntry, trait: string, diags: Diags): void {
  const shape = SPEC_IMPLS[trait]!;
  if (trait === 'TryFromSpecImpl') inheritErrorType(tables, ti);
  const names = [shape.obeys, ...(shape.req ? [shape.req] : []), shape.spec];
  const specArity = shape.self ? 2 : 1;
  for (const [name, f] of ti.fns) {
    const d = f.decl;
    const arity = name === shape.obeys ? 0 : name === shape.req || name === shape.spec ? specArity : -1;
    if (arity < 0) diags.error('type', `method \`${name}\` is not a member of trait \`${trait}\``, d.nameSpan);
    else if (d.mode !== 'spec' || d.params.length !== arity || (arity === 2 && d.params[0]!.name !== 'self') || (!shape.self && arity === 1 && d.params[0]!.name === 'self')) {
      const what = arity === 0 ? 'no parameters' : shape.self ? '`self` and the right operand' : 'the converted value (no `self`)';
      diags.error('type', `\`${name}\` of \`${trait}\` must be a spec fn of ${what}`, d.nameSpan);
    }
  }
  const missing = names.filter((n) => !ti.fns.has(n));
  if (missing.length) {
    diags.error('type', `not all trait items implemented, missing: ${missing.map((n) => `\`${n}\``).join(', ')}`, ti.decl.span);
    return;
  }
  const owner = ti.ctx.ownerKey!;
  const key = traitArgKey(tables, ti);
  const twins = tables.traitImpls.filter((o) => o !== ti && o.ctx.ownerKey === owner && !o.trait && stdTraitName(tables, o) === trait && traitArgKey(tables, o) === key);
  if (ti.ctx.generics.length > 0 && !genericArgImpl(ti)) {
    // its members may answer for many argument types: the operator impl is not paired
    diags.error('unsupported', `not supported: a generic impl of \`${trait}\``, ti.decl.traitPath!.span);
    return;
  }
  if (twins.length > 0) {
    // rustc rejects two impls for one argument: these differ in a way the key does not show
    diags.error('unsupported', `not supported: impls of \`${trait}\` whose arguments Proofgate does not tell apart`, ti.decl.traitPath!.span);
    return;
  }
  const opImpl = tables.traitImpls.find((o) => o.ctx.ownerKey === owner && !o.trait && stdTraitName(tables, o) === shape.op && traitArgKey(tables, o) === key);
  const f = opImpl?.fns.get(shape.member)?.decl;
  if (!f || f.params.length !== specArity || !opImpl!.decl.verified) return;
  const at = ti.fns.get(shape.req ?? shape.spec)!.decl.nameSpan;
  const path = (segments: string[], span = at): Expr => ({ kind: 'path', segments, generics: [], span });
  const arg = f.params[specArity - 1]!.name;
  const member = (name: string): string => implMemberKey(name, key);
  const specCall = (name: string, span: Expr['span']): Expr => shape.self
    ? { kind: 'method', receiver: path(['self'], span), method: member(name), methodSpan: span, generics: [], args: [path([arg], span)], span }
    : { kind: 'call', callee: path(['Self', member(name)], span), args: [path([arg], span)], span };
  if (!f.retName) {
    f.retName = 'ret%';
    f.retNameSpan = f.nameSpan;
  }
  const atSpec = ti.fns.get(shape.spec)!.decl.nameSpan;
  const obeys: Expr = { kind: 'call', callee: path(['Self', member(shape.obeys)], atSpec), args: [], span: atSpec };
  const eq: Expr = { kind: 'binary', op: '==', left: path([f.retName], atSpec), right: specCall(shape.spec, atSpec), opSpan: atSpec, span: atSpec };
  if (shape.req) f.requires = [...f.requires, specCall(shape.req, at)];
  f.ensures = [...f.ensures, { kind: 'binary', op: '==>', left: obeys, right: eq, opSpan: atSpec, span: atSpec }];
}

/**
 * `TryFromSpecImpl<X>` has `TryFrom<X>` as a supertrait: `Self::Error` in its `try_from_spec`
 * is the `type Error` of the type's `TryFrom<X>` impl (none: `Self::Error` stays unresolved
 * and is reported where it is written).
 */
function inheritErrorType(tables: CrateTables, ti: TraitImplEntry): void {
  const key = traitArgKey(tables, ti);
  const op = tables.traitImpls.find((o) => o.ctx.ownerKey === ti.ctx.ownerKey && !o.trait && stdTraitName(tables, o) === 'TryFrom' && traitArgKey(tables, o) === key);
  const err = op?.decl.assocTypes?.find((a) => a.name === 'Error')?.ty;
  if (err && !ti.ctx.assocTypes?.has('Error')) ti.ctx.assocTypes = new Map([...(ti.ctx.assocTypes ?? []), ['Error', err]]);
}
