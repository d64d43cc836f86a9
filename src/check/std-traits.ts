/**
 * Impls of vstd's and std's traits with specs (the traits themselves are not in the crate):
 *   View                       `x@` is the impl's `view` (its `type V`)
 *   From, Add, Sub, Mul,       operators and conversions on user types call the impl's member
 *   PartialEq, Clone           (src/check/operators.ts); callers know its ensures
 *   AddSpecImpl, SubSpecImpl,  vstd's specs of the operator member: its requires and ensures
 *   MulSpecImpl
 */
import type { Expr } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';
import { walkPath } from './paths.js';
import type { CrateTables, TraitImplEntry } from './scopes.js';
import { typeExprText } from '../syntax/type-text.js';

/** Traits of vstd/std whose impls the checker knows: their members become the type's. */
export const STD_SPEC_TRAITS = new Set(['View', 'Clone', 'AddSpecImpl', 'SubSpecImpl', 'MulSpecImpl']);

/** vstd's `XSpecImpl` traits: the spec of the operator trait's member for the impl's type. */
export const SPEC_IMPLS: Record<string, { op: string; member: string }> = {
  AddSpecImpl: { op: 'Add', member: 'add' },
  SubSpecImpl: { op: 'Sub', member: 'sub' },
  MulSpecImpl: { op: 'Mul', member: 'mul' },
};

/**
 * std traits whose impls stand for operators and conversions: `a + b` calls the impl's
 * `add`, `T::from(x)` its `from`, exec `a == b` its `eq`. The impl fn's own `ensures` is
 * what callers know; like any trait method it may not add `requires`.
 */
export interface StdShape { member: string; mode: 'exec'; params: number; output: boolean }
export const STD_OPERATOR_TRAITS: Record<string, StdShape> = {
  From: { member: 'from', mode: 'exec', params: 1, output: false },
  Add: { member: 'add', mode: 'exec', params: 2, output: true },
  Sub: { member: 'sub', mode: 'exec', params: 2, output: true },
  Mul: { member: 'mul', mode: 'exec', params: 2, output: true },
  PartialEq: { member: 'eq', mode: 'exec', params: 2, output: false },
  Clone: { member: 'clone', mode: 'exec', params: 1, output: false },
};

/** The binary operators that stand for a std trait's member. */
export const OPERATOR_TRAITS: Record<string, string> = { '+': 'Add', '-': 'Sub', '*': 'Mul', '==': 'PartialEq', '!=': 'PartialEq' };

export function checkStdImpl(ti: TraitImplEntry, trait: string, shape: StdShape, diags: Diags): void {
  const out = ti.decl.assocTypes?.find((a) => a.name === 'Output');
  if (shape.output && !out?.ty) diags.error('type', 'not all trait items implemented, missing: `Output`', ti.decl.span);
  for (const a of ti.decl.assocTypes ?? []) if (!(shape.output && a.name === 'Output')) diags.error('type', `type \`${a.name}\` is not a member of trait \`${trait}\``, a.nameSpan);
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

const argText = (ti: TraitImplEntry): string => {
  const p = ti.decl.traitPath;
  const a = p?.kind === 'path' ? p.args[0] : undefined;
  return a ? typeExprText(a) : 'Self';
};

/**
 * `impl AddSpecImpl<R> for T { obeys_add_spec, add_req, add_spec }`: the `add` of T's
 * `Add<R>` impl takes `requires self.add_req(rhs)` and
 * `ensures Self::obeys_add_spec() ==> ret == self.add_spec(rhs)` (vstd's spec of `Add::add`),
 * so its body is checked against them and callers of `a + b` must establish `add_req`.
 */
export function checkSpecImpl(tables: CrateTables, ti: TraitImplEntry, trait: string, diags: Diags): void {
  const { op, member } = SPEC_IMPLS[trait]!;
  const names = { obeys: `obeys_${member}_spec`, req: `${member}_req`, spec: `${member}_spec` };
  for (const [name, f] of ti.fns) {
    const d = f.decl;
    const arity = name === names.obeys ? 0 : name === names.req || name === names.spec ? 2 : -1;
    if (arity < 0) diags.error('type', `method \`${name}\` is not a member of trait \`${trait}\``, d.nameSpan);
    else if (d.mode !== 'spec' || d.params.length !== arity || (arity === 2 && d.params[0]!.name !== 'self')) {
      diags.error('type', `\`${name}\` of \`${trait}\` must be a spec fn of ${arity === 0 ? 'no parameters' : '`self` and the right operand'}`, d.nameSpan);
    }
  }
  const missing = Object.values(names).filter((n) => !ti.fns.has(n));
  if (missing.length) {
    diags.error('type', `not all trait items implemented, missing: ${missing.map((n) => `\`${n}\``).join(', ')}`, ti.decl.span);
    return;
  }
  const owner = ti.ctx.ownerKey!;
  const siblings = tables.traitImpls.filter((o) => o.ctx.ownerKey === owner && !o.trait && stdTraitName(tables, o) === trait);
  if (siblings.length > 1) {
    if (siblings[0] === ti) diags.error('unsupported', `not supported: more than one \`${trait}\` impl for one type`, ti.decl.span);
    return;
  }
  const opImpl = tables.traitImpls.find((o) => o.ctx.ownerKey === owner && !o.trait && stdTraitName(tables, o) === op && argText(o) === argText(ti));
  const f = opImpl?.fns.get(member)?.decl;
  if (!f || f.params.length !== 2 || !opImpl!.decl.verified) return;
  const at = ti.fns.get(names.req)!.decl.nameSpan;
  const path = (segments: string[]): Expr => ({ kind: 'path', segments, generics: [], span: at });
  const rhs = f.params[1]!.name;
  const callOn = (method: string, span = at): Expr => ({ kind: 'method', receiver: path(['self']), method, methodSpan: span, generics: [], args: [path([rhs])], span });
  if (!f.retName) {
    f.retName = 'ret%';
    f.retNameSpan = f.nameSpan;
  }
  const atSpec = ti.fns.get(names.spec)!.decl.nameSpan;
  const obeys: Expr = { kind: 'call', callee: { ...path(['Self', names.obeys]), span: atSpec }, args: [], span: atSpec };
  const spec = callOn(names.spec, atSpec);
  const eq: Expr = { kind: 'binary', op: '==', left: { ...path([f.retName]), span: atSpec }, right: spec, opSpan: atSpec, span: atSpec };
  f.requires = [...f.requires, callOn(names.req)];
  f.ensures = [...f.ensures, { kind: 'binary', op: '==>', left: obeys, right: eq, opSpan: atSpec, span: atSpec }];
}
