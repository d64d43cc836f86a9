/**
 * The types a generic broadcast lemma is stated at, in a fn's proof. Verus passes types as
 * values, so a generic lemma's axiom holds at every type meeting its bounds; here each type
 * parameter is an SMT sort of its own, so the axiom is stated again at each type parameter of
 * the proving fn (its own, its impl's, a trait's `Self`) that meets the lemma parameter's
 * bounds. A bound counts as met only when shown: by the parameter's own bounds (with
 * supertraits, and the std traits those imply), or by a blanket `impl<T: ..> Tr for T` whose
 * bounds are met. Anything not shown leaves the instance out: the proof knows less, never more.
 */
import type { TraitBound, TypeExpr } from '../syntax/ast.js';
import { Diags } from './diagnostics.js';
import { lowerType } from './lower-type.js';
import type { ItemScope } from './paths.js';
import type { CrateTables, FnEntry } from './scopes.js';
import { resolveTrait } from './traits.js';
import { typeToString } from './types.js';

/** A bound as written, with where it is read. */
interface Bound { trait: TypeExpr; scope: ItemScope; generics: string[] }

/** std traits that a bound on them implies (their supertraits). */
const STD_IMPLIES: Record<string, string[]> = {
  Ord: ['Eq', 'PartialOrd', 'PartialEq'],
  Eq: ['PartialEq'],
  PartialOrd: ['PartialEq'],
  Copy: ['Clone'],
};

const MAX_DEPTH = 4;

/**
 * Per fn qname, per generic lemma qname: each substitution (lemma generic -> fn type parameter),
 * and whether the lemma's axiom at its own parameters may be stated at all: not when the fn has a
 * type parameter of the same name (the same sort) that does not meet the lemma's bounds.
 */
export type BroadcastInstances = Map<string, Map<string, { base: boolean; subs: Record<string, string>[] }>>;

export function broadcastInstances(t: CrateTables, lemmaNames: readonly string[]): BroadcastInstances {
  const out: BroadcastInstances = new Map();
  // (a bound on anything but a lemma generic itself, `where <A as Tr>::X: U`, is not judged here: no instances)
  const plain = (f: FnEntry) => (f.decl.bounds ?? []).every((b) => b.param.kind === 'path' && b.param.segments.length === 1 && b.param.args.length === 0 && f.decl.generics.includes(b.param.segments[0]!));
  const lemmas = lemmaNames.map((q) => t.fns.find((f) => f.qname === q)).filter((f): f is FnEntry => !!f && f.decl.generics.length > 0 && !f.impl);
  if (lemmas.length === 0) return out;
  for (const f of t.fns) {
    const params = paramsOf(f);
    if (params.length === 0) continue;
    const per = new Map<string, { base: boolean; subs: Record<string, string>[] }>();
    for (const l of lemmas) {
      if (l === f) continue;
      if (!plain(l)) {
        // no instances; nor its own-sort axiom where the fn has a same-named parameter
        if (l.decl.generics.some((g) => params.includes(g))) per.set(l.qname, { base: false, subs: [] });
        continue;
      }
      // each lemma generic at each fn parameter meeting its bounds (all combinations)
      let subs: Record<string, string>[] = [{}];
      let base = true;
      for (const g of l.decl.generics) {
        const need = boundsOn(l.decl.bounds ?? [], g, { tables: t, module: l.module }, l.decl.generics);
        const fits = params.filter((p) => need.every((b) => meets(t, f, p, b, 0)));
        if (params.includes(g) && !fits.includes(g)) base = false;
        subs = subs.flatMap((s) => fits.map((p) => ({ ...s, [g]: p })));
      }
      // (the lemma's own parameter names are already its own sorts: the base axiom)
      subs = subs.filter((s) => Object.entries(s).some(([g, p]) => g !== p));
      if (subs.length > 8) subs = [];
      if (subs.length > 0 || !base) per.set(l.qname, { base, subs });
    }
    if (per.size > 0) out.set(f.qname, per);
  }
  return out;
}

/** The type parameters in scope in `f`: its own, its impl's (a trait's `Self`). */
function paramsOf(f: FnEntry): string[] {
  const ps = [...f.decl.generics, ...(f.impl?.generics ?? [])];
  if (f.impl?.trait && !ps.includes('Self')) ps.push('Self');
  return [...new Set(ps)];
}

function boundsOn(bounds: readonly TraitBound[], param: string, scope: ItemScope, generics: string[]): Bound[] {
  return bounds.filter((b) => b.param.kind === 'path' && b.param.segments.length === 1 && b.param.segments[0] === param && b.param.args.length === 0)
    .map((b) => ({ trait: b.trait, scope, generics }));
}

/** A bound's identity: a crate trait's qname or a std trait's name, with its arguments as types; undefined when unsure. */
function keyOf(b: Bound): string | undefined {
  const te = b.trait;
  if (te.kind !== 'path' || te.bindings?.length) return undefined;
  const tr = resolveTrait(b.scope, te);
  const diags = new Diags();
  const args = te.args.map((a) => lowerType(a, { ...b.scope, generics: new Set(b.generics), constValue: () => undefined }, diags));
  if (diags.list.length > 0) return undefined;
  const shown = args.map(typeToString);
  if (args.some((a) => /"k":"(param|error|var)"/.test(JSON.stringify(a)))) return undefined;
  const name = tr ? tr.qname : `std:${te.segments[te.segments.length - 1]}`;
  return shown.length ? `${name}<${shown.join(',')}>` : name;
}

/** The keys of the bounds `f` gives `param`, with supertraits and std-implied traits. */
function known(t: CrateTables, f: FnEntry, param: string): Set<string> {
  const out = new Set<string>();
  const visit = (b: Bound, depth: number): void => {
    const k = keyOf(b);
    if (!k || out.has(k)) return;
    out.add(k);
    if (k.startsWith('std:')) for (const s of STD_IMPLIES[k.slice(4)] ?? []) out.add(`std:${s}`);
    const tr = resolveTrait(b.scope, b.trait);
    if (tr && depth < MAX_DEPTH) for (const s of tr.decl.supertraits) visit({ trait: s, scope: { tables: t, module: tr.module }, generics: ['Self', ...tr.decl.generics] }, depth + 1);
  };
  const scope = { tables: t, module: f.module };
  const generics = paramsOf(f);
  for (const b of [...boundsOn(f.decl.bounds ?? [], param, scope, generics), ...boundsOn(f.impl?.bounds ?? [], param, scope, generics)]) visit(b, 0);
  return out;
}

/** Whether `param` of `f` is shown to meet bound `need`. */
function meets(t: CrateTables, f: FnEntry, param: string, need: Bound, depth: number): boolean {
  const k = keyOf(need);
  if (!k) return false;
  if (known(t, f, param).has(k)) return true;
  const tr = resolveTrait(need.scope, need.trait);
  if (!tr || depth >= MAX_DEPTH || need.trait.kind !== 'path' || need.trait.args.length > 0) return false;
  // a blanket `impl<G: ..> Tr for G` (no other generics, every bound on G itself)
  return t.traitImpls.some((im) => {
    if (im.trait !== tr || im.decl.generics.length !== 1 || im.decl.traitPath?.kind !== 'path' || im.decl.traitPath.args.length > 0) return false;
    const g = im.decl.generics[0]!;
    const st = im.decl.selfTy;
    if (st.kind !== 'path' || st.segments.length !== 1 || st.segments[0] !== g || st.args.length > 0) return false;
    const bounds = im.decl.bounds ?? [];
    if (bounds.some((b) => b.param.kind !== 'path' || b.param.segments.length !== 1 || b.param.segments[0] !== g)) return false;
    const scope = { tables: t, module: im.module };
    return boundsOn(bounds, g, scope, [g]).every((b) => meets(t, f, param, b, depth + 1));
  });
}
