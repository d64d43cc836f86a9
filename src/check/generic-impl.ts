/**
 * Members of generic impls of std traits (`impl<T> From<*const T> for VirtAddr`,
 * `impl<T> FromSpecImpl<*const T> for VirtAddr`): as rustc selects an impl, one applies
 * to an argument when its parameter type, with the impl's type parameters as holes, is
 * the argument's type; what fills the holes is the call's type arguments.
 */
import type { BodyChecker } from './context.js';
import { substParams } from './infer.js';
import type { FnEntry } from './scopes.js';
import { typeToString, type Type } from './types.js';

/** The impl's type parameters that make `pattern` the type `arg`; undefined when none do. */
export function matchParams(pattern: Type, arg: Type, holes: readonly string[]): Map<string, Type> | undefined {
  const bound = new Map<string, Type>();
  const go = (p: Type, a: Type): boolean => {
    if (p.k === 'param' && holes.includes(p.name)) {
      const prev = bound.get(p.name);
      if (prev) return typeToString(prev) === typeToString(a);
      bound.set(p.name, a);
      return true;
    }
    if (p.k !== a.k) return false;
    switch (p.k) {
      case 'ref': { const x = a as typeof p; return p.mut === x.mut && go(p.inner, x.inner); }
      case 'tuple': { const x = a as typeof p; return p.elems.length === x.elems.length && p.elems.every((e, i) => go(e, x.elems[i]!)); }
      case 'array': { const x = a as typeof p; return p.len === x.len && go(p.elem, x.elem); }
      case 'slice': return go(p.elem, (a as typeof p).elem);
      case 'builtin': case 'adt': {
        const x = a as typeof p;
        return p.name === x.name && p.args.length === x.args.length && p.args.every((e, i) => go(e, x.args[i]!));
      }
      default: return typeToString(p) === typeToString(a);
    }
  };
  return go(pattern, arg) ? bound : undefined;
}

/** A member of a generic impl, with its type arguments for one call. */
export interface GenericFit { f: FnEntry; typeArgs: Type[]; paramTys: Type[]; retTy: Type }

/**
 * Whether the member `f` of an impl with type parameters takes `args` (already checked, at
 * the member's parameters `from` on): its type arguments and instantiated signature.
 */
export function fitGeneric(bc: BodyChecker, f: FnEntry, args: Type[], from = 0): GenericFit | undefined {
  const sig = bc.sigs.sigs.get(f.decl);
  const holes = f.impl?.generics ?? [];
  if (!sig || holes.length === 0 || sig.generics.length !== holes.length) return undefined;
  const all = new Map<string, Type>();
  for (let i = 0; i < args.length; i++) {
    const p = sig.paramTys[from + i];
    if (!p) return undefined;
    const m = matchParams(bc.derefAll(p), bc.infer.zonk(bc.derefAll(args[i]!)), holes);
    if (!m) return undefined;
    for (const [k, v] of m) {
      const prev = all.get(k);
      if (prev && typeToString(prev) !== typeToString(v)) return undefined;
      all.set(k, v);
    }
  }
  // a parameter the arguments do not fix is not inferred here
  if (holes.some((h) => !all.has(h))) return undefined;
  return { f, typeArgs: holes.map((h) => all.get(h)!), paramTys: sig.paramTys.map((p) => substParams(p, all)), retTy: substParams(sig.retTy, all) };
}

/**
 * The member `member` of the one impl (generic or not) whose parameter `index` takes `arg`
 * (an integer literal fits the one integer candidate).
 */
export function pickMember(bc: BodyChecker, impls: readonly { fns: Map<string, FnEntry>; ctx: { generics: readonly string[] } }[], member: string, index: number, arg: Type): GenericFit | 'none' | 'ambiguous' {
  const a = bc.infer.shallow(bc.derefAll(arg));
  const fits: GenericFit[] = [];
  for (const ti of impls) {
    const f = ti.fns.get(member);
    const sig = f ? bc.sigs.sigs.get(f.decl) : undefined;
    const p = sig?.paramTys[index];
    if (!f || !sig || !p) continue;
    if (ti.ctx.generics.length > 0) {
      const g = fitGeneric(bc, f, [a], index);
      if (g) fits.push(g);
      continue;
    }
    const pt = bc.derefAll(p);
    if (typeToString(pt) === typeToString(a) || (bc.infer.isIntVar(a) && pt.k === 'int')) fits.push({ f, typeArgs: [], paramTys: sig.paramTys, retTy: sig.retTy });
  }
  if (fits.length === 0) return 'none';
  if (fits.length > 1) return 'ambiguous';
  return fits[0]!;
}
