/**
 * Qualified paths `<T as Tr>::m` naming a member of a trait of the crate: at a known type
 * (a struct or enum, or a primitive) the impl's own member (`reveal(<VirtAddr as
 * SpecVAddrImpl>::region_to_dom)`), at a type parameter the trait's member reached through
 * its bounds (callers know the trait's specs). Other shapes (`<T>::m`, std traits, a member
 * the impl inherits from the trait's default) are `not supported`.
 */
import type { PathExpr } from '../syntax/ast.js';
import type { BodyChecker } from './context.js';
import { lowerType } from './lower-type.js';
import { isStructuralOwnerKey, primOwnerKey, typeOwnerKey } from './prelude.js';
import { matchParams } from './generic-impl.js';
import type { FnEntry, TraitEntry } from './scopes.js';
import { resolveTrait, traitsOfParam } from './traits.js';
import type { Type } from './types.js';

export type Qualified =
  | { kind: 'impl'; fn: FnEntry; self: Type }
  | { kind: 'bound'; fn: FnEntry; self: Type }
  | { kind: 'unsupported'; why: string };

/** What `<T as Tr>::m` names. */
export function resolveQualified(bc: BodyChecker, e: PathExpr): Qualified {
  const q = e.qself!;
  const name = e.segments[1]!;
  const trait = q.trait ? resolveTrait(bc.scope, q.trait) : undefined;
  if (!trait) return { kind: 'unsupported', why: `qualified paths (\`${name}\` of a trait outside the crate, or without \`as\`)` };
  const ty = lowerType(q.ty, bc.scope, bc.diags);
  if (ty.k === 'param') {
    const bounds = [...(bc.fn?.bounds ?? []), ...(bc.scope.impl?.bounds ?? [])];
    if (!traitsOfParam(bc.scope, bounds, ty.name).includes(trait)) return { kind: 'unsupported', why: `qualified paths (\`${ty.name}\` is not bounded by \`${trait.decl.name}\` here)` };
    const fn = trait.fns.get(name);
    return fn ? { kind: 'bound', fn, self: ty } : { kind: 'unsupported', why: `qualified paths (\`${name}\` is not a fn of \`${trait.decl.name}\`)` };
  }
  const owner = ty.k === 'adt' ? ty.name : ty.k === 'int' || ty.k === 'bool' || ty.k === 'char' ? primOwnerKey(ty) : ty.k === 'tuple' || ty.k === 'array' || ty.k === 'slice' ? typeOwnerKey(ty) : undefined;
  const fn = owner ? implMember(bc, trait, owner, name, ty) : undefined;
  return fn ? { kind: 'impl', fn, self: ty } : { kind: 'unsupported', why: `qualified paths (\`${name}\` of an impl of \`${trait.decl.name}\` for \`${bc.show(ty)}\` that defines it)` };
}

function implMember(bc: BodyChecker, trait: TraitEntry, owner: string, name: string, ty: Type): FnEntry | undefined {
  let impls = bc.tables.traitImpls.filter((ti) => ti.trait === trait && ti.ctx.ownerKey === owner);
  // a constructor's impls (`(T, nat)` and `(T, bool)` share a key): the one whose self type is `ty`
  if (isStructuralOwnerKey(owner)) {
    impls = impls.filter((ti) => {
      const f = [...ti.fns.values()][0];
      const selfTy = f ? bc.sigs.sigs.get(f.decl)?.selfType : undefined;
      return !!selfTy && !!matchParams(selfTy, bc.infer.zonk(ty), ti.ctx.generics);
    });
  }
  return impls.length === 1 ? impls[0]!.fns.get(name) : undefined;
}
