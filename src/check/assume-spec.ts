/**
 * Verus's `assume_specification<G>[ target ](params) -> R requires .. ensures ..;` (parsed by
 * src/syntax/assume-spec.ts into a bodiless exec fn marked `assumeSpec`): a trusted contract
 * for an existing exec fn (std's, which Proofgate's vstd models). Here each one is linked to
 * its target, after the signatures are lowered:
 *
 * - the target resolves to an exec fn Proofgate knows (`<*mut T>::add`, `NonNull::<T>::as_ptr`,
 *   `core::mem::size_of::<V>`), else the item is `not supported`;
 * - its parameter and return types are the target's, its generics standing for the target's
 *   one for one (else a type error);
 * - the target is another crate's (vstd's): a fn of the crate itself carries its own contract;
 * - at most one per target.
 *
 * Calls of the target then use the assumed contract instead of the target's own (calls.ts,
 * assumedCallee): its `requires` is checked, its `ensures`/`returns` assumed. The item is
 * trusted (src/ir/lower.ts marks it `trusted: 'assume_specification'`). Its
 * `#[verifier::when_used_as_spec(f)]` names a spec fn of its own module with exactly its
 * parameters (names of generics included) and return type, as Verus requires; in spec code a
 * use of the target means `f`.
 */
import type { FnItem } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';
import { lowerType } from './lower-type.js';
import { walkPath } from './paths.js';
import { builtinOwnerKey, primOwnerKey } from './prelude.js';
import type { CrateTables, Def, FnEntry } from './scopes.js';
import type { FnSig, Signatures } from './signatures.js';
import { sameType, typeToString, type Type } from './types.js';

const WHEN_USED_AS_SPEC = 'verifier::when_used_as_spec';

/** Links every `assume_specification` of the crate (and its dependencies) to its target: `tables.assumeSpecs`. */
export function linkAssumeSpecs(tables: CrateTables, sigs: Signatures, diags: Diags): void {
  const links = new Map<FnEntry, AssumedSpec>();
  tables.assumeSpecs = links;
  for (const f of tables.fns) {
    const a = f.decl.assumeSpec;
    if (!a || f.decl.headerUnsupported) continue;
    diags.withMuted(!f.info.verified, () => {
      const target = resolveTarget(tables, sigs, f, diags);
      if (!target) return;
      if (target.module.crateName === f.module.crateName) {
        diags.error('type', `\`assume_specification\` for \`${a.text}\`, a function of this crate: write its contract on it instead`, a.target.span);
        return;
      }
      if (target.decl.mode !== 'exec' || target.decl.assumeSpec) {
        diags.error('type', `\`assume_specification\` for \`${a.text}\`: it is not an exec function`, a.target.span);
        return;
      }
      const spec = sigs.sigs.get(f.decl);
      const of = sigs.sigs.get(target.decl);
      if (!spec || !of) return;
      const order = signaturesMatch(of, spec);
      if (!order) {
        diags.error('type', `\`assume_specification\` for \`${a.text}\` must have its signature: \`${showSig(of)}\``, f.decl.nameSpan);
        return;
      }
      const before = links.get(target);
      if (before) {
        diags.error('type', `duplicate specification for \`${a.text}\``, f.decl.nameSpan, { labels: [{ message: 'the other one', span: before.spec.decl.nameSpan }] });
        return;
      }
      if (!twinMatches(tables, sigs, f, diags)) return;
      links.set(target, { spec: f, order });
    });
  }
}

/** The fn an `assume_specification`'s target path names, or undefined (reported). */
function resolveTarget(tables: CrateTables, sigs: Signatures, f: FnEntry, diags: Diags): FnEntry | undefined {
  const a = f.decl.assumeSpec!;
  const t = a.target;
  let def: Def | undefined;
  if (t.qself) {
    if (t.qself.trait) {
      diags.unsupported(`\`assume_specification\` for a trait method (\`${a.text}\`)`, t.span);
      return undefined;
    }
    const scope = sigs.typeScope(f.module, undefined, f.decl.generics);
    const self = lowerType(t.qself.ty, scope, diags);
    if (self.k === 'error') return undefined;
    const key = ownerKey(self);
    const member = t.segments[1];
    const d = key && member ? tables.assoc.get(key)?.get(member) : undefined;
    def = d;
  } else {
    def = walkPath({ tables, module: f.module }, t.segments).def;
  }
  if (def?.kind === 'fn') return def.fn;
  diags.unsupported(`\`assume_specification\` for \`${a.text}\` (a function Proofgate's vstd does not define)`, t.span);
  return undefined;
}

function ownerKey(t: Type): string | undefined {
  if (t.k === 'adt') return t.name;
  if (t.k === 'builtin') return builtinOwnerKey(t.name);
  if (t.k === 'int' || t.k === 'bool' || t.k === 'char') return primOwnerKey(t);
  return undefined;
}

/** An `assume_specification` linked to its target: `order[j]` is the target's generic the spec's `j`th stands for. */
export interface AssumedSpec { spec: FnEntry; order: number[] }

/**
 * Whether `spec`'s parameter and return types are `of`'s with `of`'s generic parameters
 * renamed one for one to `spec`'s (so a call's instantiation of the one is one of the other):
 * then for each of `spec`'s generics, the index of `of`'s it stands for.
 */
function signaturesMatch(of: FnSig, spec: FnSig): number[] | undefined {
  if (of.paramTys.length !== spec.paramTys.length || of.generics.length !== spec.generics.length) return undefined;
  const sigma = new Map<string, Type>();
  const vars = new Set(of.generics);
  const match = (t: Type, s: Type): boolean => {
    if (t.k === 'param' && vars.has(t.name)) {
      const known = sigma.get(t.name);
      if (known) return sameType(known, s);
      sigma.set(t.name, s);
      return true;
    }
    if (t.k !== s.k) return false;
    switch (t.k) {
      case 'tuple': { const y = s as typeof t; return t.elems.length === y.elems.length && t.elems.every((e, i) => match(e, y.elems[i]!)); }
      case 'ref': { const y = s as typeof t; return t.mut === y.mut && match(t.inner, y.inner); }
      case 'array': { const y = s as typeof t; return t.len === y.len && match(t.elem, y.elem); }
      case 'slice': return match(t.elem, (s as typeof t).elem);
      case 'builtin': case 'adt': {
        const y = s as typeof t;
        return t.name === y.name && t.args.length === y.args.length && t.args.every((e, i) => match(e, y.args[i]!));
      }
      default: return sameType(t, s);
    }
  };
  if (!of.paramTys.every((t, i) => match(t, spec.paramTys[i]!)) || !match(of.retTy, spec.retTy)) return undefined;
  // generics no parameter type mentions (`size_of::<V>()`) pair up in order
  const unused = spec.generics.filter((h) => ![...sigma.values()].some((t) => t.k === 'param' && t.name === h));
  for (const g of of.generics) if (!sigma.has(g) && unused.length) sigma.set(g, { k: 'param', name: unused.shift()! });
  // each of the target's generics is a distinct generic of the spec's
  const order: number[] = spec.generics.map(() => -1);
  of.generics.forEach((g, i) => {
    const s = sigma.get(g);
    const j = s?.k === 'param' ? spec.generics.indexOf(s.name) : -1;
    if (j >= 0 && order[j] === -1) order[j] = i;
  });
  return order.every((i) => i >= 0) ? order : undefined;
}

function showSig(sig: FnSig): string {
  const g = sig.generics.length ? `<${sig.generics.join(', ')}>` : '';
  return `fn${g}(${sig.paramTys.map(typeToString).join(', ')}) -> ${typeToString(sig.retTy)}`;
}

/**
 * The spec fn an assumed spec's `when_used_as_spec(f)` names (of its module), with Verus's
 * checks: it exists, is a spec fn, and has the same generics, parameter types and return type.
 */
export function assumedTwin(tables: CrateTables, f: FnEntry): FnEntry | undefined {
  const name = twinName(f.decl);
  const d = name ? f.module.defs.get(name) : undefined;
  return d?.kind === 'fn' && d.fn.decl.mode === 'spec' ? d.fn : undefined;
}

function twinName(decl: FnItem): string | undefined {
  return decl.attrs.find((x) => x.name === WHEN_USED_AS_SPEC)?.args.trim();
}

function twinMatches(tables: CrateTables, sigs: Signatures, f: FnEntry, diags: Diags): boolean {
  const name = twinName(f.decl);
  if (name === undefined) return true;
  const at = f.decl.attrs.find((x) => x.name === WHEN_USED_AS_SPEC)!.span;
  const d = f.module.defs.get(name);
  if (d?.kind !== 'fn') {
    diags.error('type', 'cannot find function referred to in when_used_as_spec', at);
    return false;
  }
  if (d.fn.decl.mode !== 'spec') {
    diags.error('type', 'when_used_as_spec must point from an exec function to a spec function', at);
    return false;
  }
  const twin = sigs.sigs.get(d.fn.decl);
  const spec = sigs.sigs.get(f.decl);
  if (!twin || !spec) return false;
  if (twin.generics.length !== spec.generics.length || twin.generics.some((g, i) => g !== spec.generics[i])) {
    diags.error('type', 'when_used_as_spec function should have the same type bounds', at);
    return false;
  }
  if (twin.paramTys.length !== spec.paramTys.length || twin.paramTys.some((t, i) => !sameType(t, spec.paramTys[i]!))) {
    diags.error('type', 'when_used_as_spec function should have the same parameters', at);
    return false;
  }
  if (!sameType(twin.retTy, spec.retTy)) {
    diags.error('type', 'when_used_as_spec function should have the same return types', at);
    return false;
  }
  return assumedTwin(tables, f) !== undefined;
}

/**
 * `#[verifier::external_type_specification] struct ExT<G>(T<G>);` declares the external type
 * `T` known to verified code. The types Proofgate knows are the ones its vstd defines (as
 * `NonNull`), usable already and opaque outside vstd; so the declaration is accepted when its
 * one field names such a type at the struct's own generics, and refused otherwise.
 */
export function checkExternalTypeSpecs(tables: CrateTables, diags: Diags): void {
  for (const s of tables.structs) {
    const attr = s.decl.attrs.find((a) => a.name === 'verifier::external_type_specification');
    if (!attr || !s.decl.verified) continue;
    const fields = s.info.fields ?? [];
    const ty = fields[0]?.ty;
    if (s.decl.shape !== 'tuple' || fields.length !== 1 || !ty) {
      diags.error('type', '`external_type_specification` must be a tuple struct of exactly one field: the external type', s.decl.nameSpan);
      continue;
    }
    if (ty.k === 'error') continue; // reported where the type is written
    const home = ty.k === 'adt' ? (tables.structByName.get(ty.name)?.module ?? tables.enumByName.get(ty.name)?.module) : undefined;
    const known = (ty.k === 'adt' && home !== undefined && home.crateName !== s.module.crateName) || ty.k === 'builtin';
    const atOwnGenerics = known && (ty.k === 'adt' || ty.k === 'builtin') && ty.args.length === s.decl.generics.length && ty.args.every((a, i) => a.k === 'param' && a.name === s.decl.generics[i]);
    if (!known || !atOwnGenerics) {
      diags.unsupported(`\`external_type_specification\` of \`${typeToString(ty)}\` (only a type of another crate, as Proofgate's vstd defines std's, at the struct's own generic parameters)`, s.decl.fields[0]?.ty.span ?? s.decl.nameSpan);
    }
  }
}
