/**
 * Dispatch of a trait member at a known type. A trait's spec fn is uninterpreted for an
 * abstract `Self`; once `Self` is instantiated (a generic callee's contract used at a
 * known type) it means the impl's definition, and a trait's exec/proof fn is known by
 * the impl's contract (the trait's, inherited, plus the impl's own ensures).
 */
import type { CheckedCrate, FnInfo, TraitImplInfo } from '../check/program.js';
import type { Type } from '../check/types.js';
import type { FnItem, Item } from '../syntax/ast.js';

const TRAIT_GENERICS = new WeakMap<CheckedCrate, Map<FnItem, number>>();
const IMPL_GENERICS = new WeakMap<CheckedCrate, Map<FnItem, string[]>>();

/** Type parameters of a fn as the checker instantiates them: its impl's (a trait's: `Self`, then the trait's), then its own. */
export function fnGenerics(crate: CheckedCrate, decl: FnItem): string[] {
  let m = IMPL_GENERICS.get(crate);
  if (!m) {
    const found = new Map<FnItem, string[]>();
    const visit = (items: Item[] | undefined): void => {
      for (const it of items ?? []) {
        if (it.kind === 'impl') for (const f of it.items) if (f.kind === 'fn') found.set(f, it.generics);
        // a trait's members are generic over `Self` first (src/check/traits.ts)
        if (it.kind === 'trait') for (const f of it.items) if (f.kind === 'fn') found.set(f, ['Self', ...it.generics]);
        if (it.kind === 'mod' || it.kind === 'verus' || it.kind === 'include') visit(it.items);
      }
    };
    // the dependencies' files too (their impls' methods are called: vstd's `Result::spec_is_ok`)
    for (const f of new Set([...crate.files, ...crate.fns.map((x) => x.file)])) visit(f.items);
    IMPL_GENERICS.set(crate, m = found);
  }
  return [...(m.get(decl) ?? []), ...decl.generics];
}

/** How many type parameters a trait member's trait has (its members are generic over `Self`, those, then their own). */
function traitGenericsOf(crate: CheckedCrate, decl: FnItem): number | undefined {
  let m = TRAIT_GENERICS.get(crate);
  if (!m) {
    const found = new Map<FnItem, number>();
    const visit = (items: Item[] | undefined): void => {
      for (const it of items ?? []) {
        if (it.kind === 'trait') for (const f of it.items) if (f.kind === 'fn') found.set(f, it.generics.length);
        if (it.kind === 'mod' || it.kind === 'verus' || it.kind === 'include') visit(it.items);
      }
    };
    for (const f of crate.files) visit(f.items);
    TRAIT_GENERICS.set(crate, m = found);
  }
  return m.get(decl);
}

/** A call of a trait member at its (instantiated) type arguments: the impl's fn, when `Self` is known. */
export function dispatchCall(crate: CheckedCrate, info: FnInfo, typeArgs: Type[]): { info: FnInfo; typeArgs: Type[] } | undefined {
  if (!info.traitOf) return undefined;
  const traitGenerics = traitGenericsOf(crate, info.decl);
  if (traitGenerics === undefined || typeArgs.length !== 1 + traitGenerics + info.decl.generics.length) return undefined;
  return dispatchTraitFn(crate, info, typeArgs, traitGenerics);
}

export function dispatchTraitFn(crate: CheckedCrate, info: FnInfo, typeArgs: Type[], traitGenerics: number): { info: FnInfo; typeArgs: Type[] } | undefined {
  const found = implAt(crate, info, typeArgs, traitGenerics);
  if (!found) return undefined;
  const { impl, m } = found;
  const f = impl.fns.get(info.decl.name);
  if (!f) return undefined; // the trait's default body serves
  if (impl.generics.some((g) => !m.has(g))) return undefined;
  return { info: f, typeArgs: [...impl.generics.map((g) => m.get(g)!), ...typeArgs.slice(1 + traitGenerics)] };
}

/**
 * Whether a trait member's default body is its meaning at these type arguments: `Self` is a
 * known type whose impl of the trait is found and does not define the member. At an abstract
 * `Self` (a type parameter), or where the impl is not found, an impl may override it.
 */
export function defaultBodyServes(crate: CheckedCrate, info: FnInfo, typeArgs: Type[], traitGenerics: number): boolean {
  // (a body over the trait's abstract associated types is not instantiated at the impl's)
  if (info.selfProjection) return false;
  const found = implAt(crate, info, typeArgs, traitGenerics);
  return !!found && !found.impl.fns.has(info.decl.name);
}

/** The kinds of known self types whose impls are found (not a type parameter: any impl may be its). */
const DISPATCHED = new Set<Type['k']>(['adt', 'int', 'bool', 'char', 'tuple', 'array', 'slice']);

/** The impl of a trait member's trait for the known `Self` (and trait arguments) of typeArgs, with its generics bound. */
function implAt(crate: CheckedCrate, info: FnInfo, typeArgs: Type[], traitGenerics: number): { impl: TraitImplInfo; m: Map<string, Type> } | undefined {
  if (!info.traitOf) return undefined;
  const self = typeArgs[0];
  // (impls for a primitive, `impl Tr for u64`, and for a tuple, array or slice type,
  // `impl<T> Tr for (T, nat)`, are dispatched to as well)
  if (!self || !DISPATCHED.has(self.k)) return undefined;
  for (const impl of crate.traitImpls ?? []) {
    if (impl.trait !== info.traitOf || impl.unsupported) continue;
    const m = new Map<string, Type>();
    const vars = new Set(impl.generics);
    if (!matchType(impl.selfTy, self, vars, m)) continue;
    // a generic trait's impl is the one of the call's trait arguments
    if (traitGenerics > 0 && !(impl.traitArgs?.length === traitGenerics && impl.traitArgs.every((a, i) => matchType(a, typeArgs[1 + i]!, vars, m)))) continue;
    return { impl, m };
  }
  return undefined;
}

/** Binds the impl's generics so that `pattern` (the impl's self type) equals `actual`. */
function matchType(pattern: Type, actual: Type, vars: Set<string>, m: Map<string, Type>): boolean {
  if (pattern.k === 'param' && vars.has(pattern.name)) {
    const known = m.get(pattern.name);
    if (known) return sameType(known, actual);
    m.set(pattern.name, actual);
    return true;
  }
  switch (pattern.k) {
    case 'adt':
      return actual.k === 'adt' && actual.name === pattern.name && pattern.args.length === actual.args.length
        && pattern.args.every((a, i) => matchType(a, actual.args[i]!, vars, m));
    case 'builtin':
      return actual.k === 'builtin' && actual.name === pattern.name && pattern.args.length === actual.args.length
        && pattern.args.every((a, i) => matchType(a, actual.args[i]!, vars, m));
    case 'tuple':
      return actual.k === 'tuple' && actual.elems.length === pattern.elems.length && pattern.elems.every((a, i) => matchType(a, actual.elems[i]!, vars, m));
    case 'ref':
      return actual.k === 'ref' && actual.mut === pattern.mut && matchType(pattern.inner, actual.inner, vars, m);
    case 'array':
      return actual.k === 'array' && actual.len === pattern.len && matchType(pattern.elem, actual.elem, vars, m);
    case 'slice':
      return actual.k === 'slice' && matchType(pattern.elem, actual.elem, vars, m);
    default:
      return sameType(pattern, actual);
  }
}

function sameType(a: Type, b: Type): boolean {
  // (an array's length is a bigint)
  const text = (t: Type) => JSON.stringify(t, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  return text(a) === text(b);
}

/**
 * Why a trait member used at these type arguments is not supported: its `Self` is a known type
 * (not a type parameter) that no supported impl is for, and an impl of the trait that is not
 * supported may be it. The member would otherwise be the trait's abstract one there, which
 * knows less than the impl Verus uses (a false alarm, or worse).
 */
export function refusedImplAt(crate: CheckedCrate, info: FnInfo, typeArgs: Type[]): string | undefined {
  if (!info.traitOf) return undefined;
  const traitGenerics = traitGenericsOf(crate, info.decl) ?? 0;
  const self = typeArgs[0];
  if (!self || self.k === 'param' || implAt(crate, info, typeArgs, traitGenerics)) return undefined;
  for (const impl of crate.traitImpls ?? []) {
    if (impl.trait !== info.traitOf || !impl.unsupported) continue;
    if (impl.selfTy.k === 'error' || mayMatch(impl.selfTy, self, new Set(impl.generics))) return impl.unsupported.replace(/^not supported: /, '');
  }
  return undefined;
}

/**
 * Whether `pattern` (over `vars`, its parts that did not lower as `error`) may be `actual`,
 * references aside (where a type parameter is inferred the checker may take `S` for `&S`).
 */
function mayMatch(pattern: Type, actual: Type, vars: Set<string>): boolean {
  if (pattern.k === 'error' || (pattern.k === 'param' && vars.has(pattern.name))) return true;
  if (pattern.k === 'ref') return mayMatch(pattern.inner, actual.k === 'ref' ? actual.inner : actual, vars);
  if (actual.k === 'ref') return mayMatch(pattern, actual.inner, vars);
  switch (pattern.k) {
    case 'adt':
    case 'builtin':
      return actual.k === pattern.k && actual.name === pattern.name && pattern.args.length === actual.args.length && pattern.args.every((a, i) => mayMatch(a, actual.args[i]!, vars));
    case 'tuple':
      return actual.k === 'tuple' && actual.elems.length === pattern.elems.length && pattern.elems.every((a, i) => mayMatch(a, actual.elems[i]!, vars));
    case 'array':
      return actual.k === 'array' && mayMatch(pattern.elem, actual.elem, vars);
    case 'slice':
      return actual.k === 'slice' && mayMatch(pattern.elem, actual.elem, vars);
    default:
      return sameType(pattern, actual);
  }
}
