/**
 * Associated types of the crate's traits (`trait Tr { type X; fn f(&self, x: Self::X); }`),
 * as type members resolved per impl:
 *   in the trait    `Self::X` is an abstract type, a type parameter named `Self::X` (an
 *                   uninterpreted sort of its own, as `Self` is)
 *   in an impl      `Self::X` is the impl's `type X = T;`
 *   at a known type a member is the impl's, whose signature names the impl's types
 * Not modelled (`not supported` where used): `T::X` through a bound (the trait's members
 * whose signatures name `Self::X` are not reached through a bound, except on the trait's own
 * `Self` inside it), a default (`type X = T;` in the trait), a generic `type X<T>`.
 */
import type { FnItem, TypeExpr } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';
import { someNode } from './some-node.js';
import type { TypeScope } from './lower-type.js';
import type { FnEntry, TraitEntry, TraitImplEntry } from './scopes.js';
import type { Type } from './types.js';

/** The type parameter that stands for `Self::X` inside the trait. */
export function projectionParam(name: string): Type {
  return { k: 'param', name: `Self::${name}` };
}

/** Impl associated types being lowered (`type X = Self::X;` is a cycle). */
const inProgress = new Set<TypeExpr>();

/**
 * `Self::X` in a type: the trait's abstract `X` inside a trait declaring it, the impl's type
 * inside a trait impl defining it; undefined when neither (other paths resolve as before).
 */
export function lowerSelfProjection(name: string, scope: TypeScope, diags: Diags, lower: (te: TypeExpr, scope: TypeScope, diags: Diags) => Type): Type | undefined {
  const impl = scope.impl;
  if (!impl) return undefined;
  if (impl.trait?.decl.assocTypes.some((a) => a.name === name)) return projectionParam(name);
  const te = impl.assocTypes?.get(name);
  if (!te || inProgress.has(te)) return te ? { k: 'error' } : undefined;
  inProgress.add(te);
  try {
    return lower(te, scope, diags);
  } finally {
    inProgress.delete(te);
  }
}

/** What a trait's associated types declare that is not modelled (reported at each). */
export function checkTraitAssocTypes(t: TraitEntry, diags: Diags): void {
  for (const a of t.decl.assocTypes) {
    if (a.generic) diags.unsupported('generic associated types', a.span);
    else if (a.ty) diags.unsupported('a default for an associated type', a.span);
  }
}

/** An impl's associated types against its trait's: each declared there, and none missing. */
export function conformAssocTypes(ti: TraitImplEntry, trait: TraitEntry, diags: Diags): string[] {
  const declared = new Set(trait.decl.assocTypes.map((a) => a.name));
  const given = new Set<string>();
  for (const a of ti.decl.assocTypes ?? []) {
    if (!declared.has(a.name)) diags.error('type', `type \`${a.name}\` is not a member of trait \`${trait.decl.name}\``, a.nameSpan);
    else if (a.generic) diags.unsupported('generic associated types', a.span);
    given.add(a.name);
  }
  return [...declared].filter((n) => !given.has(n)).map((n) => `\`${n}\``);
}

/** The impl's `type X = T;` declarations, for its context (collect.ts). */
export function implAssocTypes(decl: { assocTypes?: { name: string; ty?: TypeExpr }[] }): Map<string, TypeExpr> | undefined {
  const m = new Map<string, TypeExpr>();
  for (const a of decl.assocTypes ?? []) if (a.ty) m.set(a.name, a.ty);
  return m.size ? m : undefined;
}

/**
 * Marks the trait's members whose declaration names one of its associated types as
 * `Self::X`, or uses a marked member (by a method or `Self::` call of its name: its values
 * are of those types too), so none is instantiated at an impl's types.
 */
export function markSelfProjections(t: TraitEntry): void {
  const names = new Set(t.decl.assocTypes.map((a) => a.name));
  if (names.size === 0) return;
  const marked = new Set<string>();
  const mentions = (f: FnItem): boolean => someNode([f.params, f.ret, f.requires, f.ensures, f.returns, f.body], (o) => {
    const segs = o.segments;
    // a type path has `args` (an expression path has `generics`)
    if (o.kind === 'path' && Array.isArray(segs) && segs.length === 2 && segs[0] === 'Self') return Array.isArray(o.args) ? names.has(segs[1] as string) : marked.has(segs[1] as string);
    return o.kind === 'method' && marked.has(o.method as string);
  });
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, f] of t.fns) {
      if (marked.has(name) || !mentions(f.decl)) continue;
      marked.add(name);
      f.info.selfProjection = true;
      changed = true;
    }
  }
}

/**
 * Whether the trait member `f`, reached through a bound of type parameter `param`, may be
 * used: not when its signature names `Self::X` (its types would be the trait's abstract
 * ones), unless it is on the trait's own `Self` inside that trait, where they are the same.
 */
export function usableThroughBound(f: FnEntry, param: string, inTrait: TraitEntry | undefined): boolean {
  if (!f.info.selfProjection) return true;
  return param === 'Self' && inTrait !== undefined && f.impl?.trait === inTrait;
}
