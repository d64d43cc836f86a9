/**
 * Traits: declarations, impls of them, and what a trait impl's methods owe.
 *
 *   collectTrait     enters a trait's members (checked with `Self` a generic parameter)
 *   newTraitImpl     records an `impl Tr for T` block
 *   linkTraitImpls   resolves each impl's trait and makes its members (and the trait's
 *                    defaults it does not override) associated items of the self type
 *   checkTraitImpls  an impl must match its trait; its methods inherit the trait's
 *                    `requires` (they may add none) and `ensures` (they may add more),
 *                    as in Verus, so each impl body is verified against the trait's contract
 *   traitMethodOf    `x.m()` / `T::m(x)` on a type parameter: the trait member reached
 *                    through the parameter's bounds; callers then know only the trait's specs
 */
import type { Expr, FnItem, ImplItem, SourceFile, TraitBound, TraitItem, TypeExpr } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';
import { makeFn } from './collect.js';
import { walkPath, type ItemScope } from './paths.js';
import type { TraitImplInfo } from './program.js';
import type { CrateTables, FnEntry, ImplContext, ModuleScope, TraitEntry, TraitImplEntry } from './scopes.js';
import type { Signatures } from './signatures.js';
import { lowerType } from './lower-type.js';
import { checkSpecImpl, checkStdImpl, checkViewImpl, implMemberKey, SPEC_IMPLS, STD_OPERATOR_TRAITS, STD_SPEC_TRAITS, stdTraitName, traitArgKey } from './std-traits.js';
import { isPrimOwnerKey, isStructuralOwnerKey } from './prelude.js';
import { checkTraitAssocTypes, conformAssocTypes, markSelfProjections, usableThroughBound } from './assoc-types.js';

export function collectTrait(item: TraitItem, module: ModuleScope, file: SourceFile, tables: CrateTables): TraitEntry {
  const qname = `${module.qprefix}::${item.name}`;
  const selfTy: TypeExpr = { kind: 'path', segments: ['Self'], args: [], span: item.nameSpan };
  // `Self: Tr<T>` inside the trait: its members reached through `Self` take the trait's own parameters
  const own: TypeExpr[] = item.generics.map((g) => ({ kind: 'path', segments: [g], args: [], span: item.nameSpan }));
  const selfBound: TraitBound = { param: selfTy, trait: { kind: 'path', segments: [item.name], args: own, span: item.nameSpan }, span: item.nameSpan };
  const ctx: ImplContext = { selfTy, generics: ['Self', ...item.generics], bounds: [selfBound, ...item.bounds] };
  const entry: TraitEntry = { qname, decl: item, module, file, ctx, fns: new Map(), consts: new Map() };
  ctx.trait = entry;
  for (const sub of item.items) {
    if (sub.kind !== 'fn') continue;
    const f = makeFn(sub, module, file, ctx, `${qname}::${sub.name}`);
    tables.fns.push(f);
    tables.fnByDecl.set(sub, f);
    entry.fns.set(sub.name, f);
  }
  markSelfProjections(entry);
  tables.traits.push(entry);
  return entry;
}

export function newTraitImpl(decl: ImplItem, module: ModuleScope, file: SourceFile, ctx: ImplContext, tables: CrateTables): TraitImplEntry {
  const entry: TraitImplEntry = { decl, module, file, ctx, fns: new Map(), consts: new Map() };
  tables.traitImpls.push(entry);
  return entry;
}

/** The trait a path names, if it is a trait of this crate. */
export function resolveTrait(scope: ItemScope, path: TypeExpr | undefined): TraitEntry | undefined {
  if (path?.kind !== 'path') return undefined;
  const d = walkPath(scope, path.segments).def;
  return d?.kind === 'trait' ? d.t : undefined;
}

/** Names of trait members defined on one type by two traits: a call by the bare name is ambiguous. */
const ambiguous = new WeakMap<CrateTables, Set<string>>();
/**
 * Members that several impls of one trait define on one type (`from_spec` of
 * `FromSpecImpl<usize>` and of `FromSpecImpl<u64>`; `m` of `Tr` for `S<u8>` and for `S<u16>`):
 * a call picks one by its receiver's and arguments' types.
 */
const overloads = new WeakMap<CrateTables, Map<string, FnEntry[]>>();
/**
 * A generic trait's default members a type keeps (`Owner::name`), with the one impl that gives
 * them (a call binds the trait's parameters to that impl's arguments: genericDefaultImpl).
 */
const genericDefaults = new WeakMap<CrateTables, Map<string, TraitImplEntry>>();

/** The impl whose trait arguments a call of `Owner::name`, a generic trait's default member, takes. */
export function genericDefaultImpl(tables: CrateTables, owner: string, name: string): TraitImplEntry | undefined {
  return genericDefaults.get(tables)?.get(`${owner}::${name}`);
}

export function linkTraitImpls(tables: CrateTables): void {
  const clash = new Set<string>();
  ambiguous.set(tables, clash);
  const sets = new Map<string, FnEntry[]>();
  overloads.set(tables, sets);
  const defaults = new Map<string, TraitImplEntry>();
  genericDefaults.set(tables, defaults);
  // how many impls of each trait each type has (a generic trait's defaults need exactly one)
  const implCount = new Map<string, number>();
  for (const ti of tables.traitImpls) {
    const t = resolveTrait({ tables, module: ti.module }, ti.decl.traitPath);
    if (t && ti.ctx.ownerKey) implCount.set(`${ti.ctx.ownerKey}|${t.qname}`, (implCount.get(`${ti.ctx.ownerKey}|${t.qname}`) ?? 0) + 1);
  }
  /** key -> the std trait whose impls give it (several impls of it overload the name) */
  const fromTraits = new Map<string, string | undefined>();
  for (const ti of tables.traitImpls) {
    ti.trait = resolveTrait({ tables, module: ti.module }, ti.decl.traitPath);
    const owner = ti.ctx.ownerKey;
    const std = ti.trait ? undefined : stdTraitName(tables, ti);
    if (!owner || (!ti.trait && !STD_SPEC_TRAITS.has(std ?? ''))) continue;
    // (a std trait's impl for a tuple, array or slice is refused: checkTraitImpls)
    if (!ti.trait && isStructuralOwnerKey(owner)) continue;
    let table = tables.assoc.get(owner);
    if (!table) {
      table = new Map();
      tables.assoc.set(owner, table);
    }
    const members = new Map<string, FnEntry>(ti.fns);
    // (a generic trait's default member takes the impl's trait arguments: only when the type has
    // one impl of the trait, itself not generic, so a call knows them; genericDefaultImpl)
    const genericTrait = !!ti.trait && ti.trait.decl.generics.length > 0;
    const knownArgs = !genericTrait || (ti.ctx.generics.length === 0 && implCount.get(`${owner}|${ti.trait!.qname}`) === 1
      && ti.decl.traitPath?.kind === 'path' && ti.decl.traitPath.args.length === ti.trait!.decl.generics.length);
    // (nor one naming the trait's associated types: its types would be the trait's abstract ones)
    if (knownArgs) {
      for (const [name, f] of ti.trait?.fns ?? []) {
        if (members.has(name) || !f.decl.body || f.info.selfProjection) continue;
        members.set(name, f);
        if (genericTrait) defaults.set(`${owner}::${name}`, ti);
      }
    }
    const argKey = std ? traitArgKey(tables, ti) : undefined;
    /**
     * impls of one trait (std's, or the crate's: a generic one's for several arguments, any
     * one's for several instantiations, `impl Tr for S<u8>` and `impl Tr for S<u16>`) overload
     * a member name, picked by the receiver's and arguments' types; two traits' clash
     */
    const family = std ?? ti.trait?.qname;
    for (const [name, fn] of members) {
      // each impl's member also under a key of its own (the clauses std-traits.ts adds name it)
      if (argKey !== undefined) table.set(implMemberKey(name, argKey), { kind: 'fn', fn });
      const key = `${owner}::${name}`;
      // (a trait's default member, kept by several impls, is one member)
      const had = table.get(name);
      if (had?.kind === 'fn' && had.fn === fn) continue;
      const set = sets.get(key);
      if (set) {
        if (!set.includes(fn)) set.push(fn);
        continue;
      }
      if (clash.has(key)) continue;
      if (!table.has(name)) {
        table.set(name, { kind: 'fn', fn });
        fromTraits.set(key, family);
      } else if (fromTraits.has(key)) {
        const prev = table.get(name)!;
        table.delete(name);
        if (family !== undefined && fromTraits.get(key) === family && prev.kind === 'fn') sets.set(key, [prev.fn, fn]);
        // two traits give Owner a member `name`: a call by the bare name is ambiguous
        else clash.add(key);
      }
      // else an inherent member of that name takes precedence (as in Rust)
    }
    for (const [name, c] of ti.consts) if (!table.has(name)) table.set(name, { kind: 'const', c });
  }
}

/** The members `name` of `owner` that several impls of one std trait define (undefined if not that). */
export function overloadsOf(tables: CrateTables, owner: string, name: string): FnEntry[] | undefined {
  return overloads.get(tables)?.get(`${owner}::${name}`);
}

/** Whether `Owner::name` was left out because two traits define it on Owner. */
export function isAmbiguousMember(tables: CrateTables, owner: string, name: string): boolean {
  return ambiguous.get(tables)?.has(`${owner}::${name}`) ?? false;
}

// ---------------------------------------------------------------------------
// conformance and inherited specs

/** The std traits whose impls for a primitive type the checker knows (conversions to it). */
const PRIM_STD_TRAITS = new Set(['From', 'FromSpecImpl']);

export function checkTraitImpls(tables: CrateTables, diags: Diags): void {
  for (const t of tables.traits) if (t.decl.verified) withIsolation(t, diags, () => checkTraitDecl(t, diags));
  const specImpls: (() => void)[] = [];
  for (const ti of tables.traitImpls) withIsolation(ti, diags, () => {
    if (!ti.decl.verified) {
      // callers through a bound assume the trait's ensures of every impl: each must be checked
      if (ti.trait?.decl.verified) diags.error('mode', `an impl of the verified trait \`${ti.trait.decl.name}\` outside verified code: its methods would not be checked against the trait's specs`, ti.decl.traitPath!.span);
      return;
    }
    const path = ti.decl.traitPath!;
    const std = ti.trait ? undefined : stdTraitName(tables, ti);
    if (!ti.trait && isStructuralOwnerKey(ti.ctx.ownerKey)) {
      diags.error('unsupported', 'not supported: an impl of a trait outside the crate for a tuple, array or slice type', ti.decl.selfTy.span);
      return;
    }
    if (std && isPrimOwnerKey(ti.ctx.ownerKey) && !PRIM_STD_TRAITS.has(std)) {
      // an operator on a primitive keeps its built-in meaning (operators.ts): its impl would be ignored
      diags.error('unsupported', `not supported: implementing \`${ti.decl.traitName}\` for a primitive type`, path.span);
      return;
    }
    if (std === 'View' && ti.ctx.ownerKey) {
      checkViewImpl(ti, diags);
      return;
    }
    if (std && SPEC_IMPLS[std] && ti.ctx.ownerKey) {
      // after the operator impls are checked (their own requires are errors, these are not)
      specImpls.push(() => withIsolation(ti, diags, () => checkSpecImpl(tables, ti, std, diags)));
      return;
    }
    const shape = std ? STD_OPERATOR_TRAITS[std] : undefined;
    if (shape && ti.ctx.ownerKey) {
      checkStdImpl(ti, std!, shape, diags);
      return;
    }
    if (!ti.trait) {
      diags.error('unsupported', `not supported: implementing \`${ti.decl.traitName}\` (only traits declared in the crate)`, path.span);
      return;
    }
    if (isMarkerImpl(ti)) return; // `impl<T: Bounds> Marker for T {}`: it declares nothing and owes nothing
    if (!ti.ctx.ownerKey) {
      diags.error('unsupported', 'not supported: a trait impl for a type that is not a struct or enum of the crate, a primitive, a tuple, an array or a slice', ti.decl.selfTy.span);
      return;
    }
    const args = path.kind === 'path' ? path.args : [];
    if (args.length !== ti.trait.decl.generics.length) {
      // (a trait's default type arguments are not modelled)
      diags.error('unsupported', `not supported: an impl of \`${ti.trait.decl.name}\` with ${args.length} of its ${ti.trait.decl.generics.length} type argument(s)`, path.span);
      return;
    }
    conform(ti, ti.trait, new Map(ti.trait.decl.generics.map((g, i) => [g, args[i]!])), diags);
  });
  for (const f of specImpls) f();
}

/**
 * An empty impl of a trait without members (`impl<T: Copy + From<usize>> AddressSpec for T {}`),
 * for any self type: a bound of the trait then gives just its supertraits (operators.ts).
 */
function isMarkerImpl(ti: TraitImplEntry): boolean {
  const t = ti.trait;
  return !!t && t.decl.items.length === 0 && t.decl.assocTypes.length === 0 && t.decl.generics.length === 0
    && ti.decl.items.length === 0 && (ti.decl.assocTypes ?? []).length === 0 && !(ti.decl.traitPath?.kind === 'path' && ti.decl.traitPath.args.length > 0);
}

/** An impl with a construct that is not supported: its methods are not verified (isolation.ts). */
function withIsolation(owner: TraitImplEntry | TraitEntry, diags: Diags, check: () => void): void {
  const before = diags.list.length;
  check();
  const reason = diags.list.slice(before).find((d) => d.kind === 'unsupported');
  if (!reason) return;
  if (owner.decl.kind === 'impl') (owner as TraitImplEntry).unsupported = reason.message;
  for (const f of owner.fns.values()) f.info.ownerUnsupported = reason.message;
}

function checkTraitDecl(t: TraitEntry, diags: Diags): void {
  const d = t.decl;
  checkTraitAssocTypes(t, diags);
  for (const it of d.items) {
    // an associated const is used at known types only (`S::C`, the impl's value); `T::C` does not resolve
    if (it.kind === 'const' && it.value) diags.error('unsupported', 'not supported: a default value for an associated const of a trait', it.span);
  }
}

function conform(ti: TraitImplEntry, trait: TraitEntry, typeArgs: ReadonlyMap<string, TypeExpr>, diags: Diags): void {
  const traitName = trait.decl.name;
  for (const [name, f] of ti.fns) {
    const tf = trait.fns.get(name);
    if (!tf) {
      diags.error('type', `method \`${name}\` is not a member of trait \`${traitName}\``, f.decl.nameSpan);
      continue;
    }
    inherit(f.decl, tf.decl, traitName, typeArgs, diags);
  }
  const traitConsts = trait.decl.items.filter((c) => c.kind === 'const');
  for (const [name, c] of ti.consts) {
    if (!traitConsts.some((tc) => tc.name === name)) diags.error('type', `const \`${name}\` is not a member of trait \`${traitName}\``, c.decl.nameSpan);
  }
  const missing = [
    ...conformAssocTypes(ti, trait, diags),
    ...traitConsts.filter((tc) => !ti.consts.has(tc.name)).map((tc) => `\`${tc.name}\``),
    ...[...trait.fns.values()].filter((tf) => !tf.decl.body && !ti.fns.has(tf.decl.name)).map((tf) => `\`${tf.decl.name}\``),
  ];
  if (missing.length) diags.error('type', `not all trait items implemented, missing: ${missing.join(', ')}`, ti.decl.span);
}

/** The impl fn takes the trait fn's `requires` and `ensures` (its own ensures are added). */
function inherit(f: FnItem, tf: FnItem, traitName: string, typeArgs: ReadonlyMap<string, TypeExpr>, diags: Diags): void {
  if (f.mode !== tf.mode) {
    diags.error('type', `method \`${f.name}\` is ${f.mode} here but ${tf.mode} in trait \`${traitName}\``, f.nameSpan);
    return;
  }
  if (f.params.length !== tf.params.length) {
    diags.error('type', `method \`${f.name}\` has ${f.params.length} parameter(s) but the declaration in trait \`${traitName}\` has ${tf.params.length}`, f.nameSpan);
    return;
  }
  if (f.requires.length > 0) {
    diags.error('type', 'trait method implementation cannot declare requires clauses; these can only be inherited from the trait declaration', f.requires[0]!.span);
    return;
  }
  if (f.generics.length !== tf.generics.length || f.generics.some((g, i) => g !== tf.generics[i])) {
    if (tf.requires.length + tf.ensures.length + tf.returns.length > 0) diags.error('unsupported', 'not supported: a trait method implementation whose generic parameters are named differently from the trait\'s', f.nameSpan);
    return;
  }
  // Rust matches an impl's parameters to the trait's by position: the trait's clauses are renamed
  const renames = new Map<string, string>();
  f.params.forEach((p, i) => {
    const t = tf.params[i]!.name;
    if (p.name !== t && p.name !== '_' && t !== '_') renames.set(t, p.name);
  });
  const unnamed = f.params.findIndex((p, i) => (p.name === '_') !== (tf.params[i]!.name === '_'));
  const clauses = [...tf.requires, ...tf.ensures, ...tf.returns];
  if (clauses.length > 0 && unnamed >= 0) {
    diags.error('unsupported', `not supported: a trait method implementation whose parameter \`${f.params[unnamed]!.name}\` is named differently from the trait's \`${tf.params[unnamed]!.name}\``, f.params[unnamed]!.nameSpan);
    return;
  }
  const names = new Set([...renames.keys(), ...renames.values(), ...(f.retName ? [f.retName] : [])]);
  const asRet = tf.retName && [...renames.values()].includes(tf.retName) ? tf.retName : undefined;
  const shadow = asRet ?? (renames.size > 0 ? clauses.map((c) => boundNameIn(c, names)).find((n) => n !== undefined) : undefined);
  if (shadow !== undefined) {
    diags.error('unsupported', `not supported: renaming the trait's parameters in clauses that bind \`${shadow}\` (the impl names its parameters differently)`, f.nameSpan);
    return;
  }
  if (tf.retName && tf.ensures.length + tf.returns.length > 0) {
    if (f.retName && f.retName !== tf.retName) {
      diags.error('unsupported', `not supported: a trait method implementation whose return value is named \`${f.retName}\`, not the trait's \`${tf.retName}\``, f.retNameSpan ?? f.nameSpan);
      return;
    }
    if (!f.retName) {
      f.retName = tf.retName;
      f.retNameSpan = tf.retNameSpan;
    }
  }
  const generic = typeArgs.size > 0 ? clauses.map((c) => traitParamAsValue(c, typeArgs)).find((n) => n !== undefined) : undefined;
  if (generic !== undefined) {
    diags.error('unsupported', `not supported: the trait's clauses name its type parameter \`${generic}\` in a path (\`${generic}::..\`)`, f.nameSpan);
    return;
  }
  const copy = (e: Expr): Expr => substTypeParams(renameParams(cloneExpr(e), renames), typeArgs);
  f.requires = tf.requires.map(copy);
  f.ensures = [...tf.ensures.map(copy), ...f.ensures];
  f.returns = [...tf.returns.map(copy), ...f.returns];
}

/** A fresh copy of a clause (the checker annotates expressions in place: each use needs its own). */
function cloneExpr(e: Expr): Expr {
  return structuredClone(e);
}

/** Renames the plain paths `old` to `new` throughout a (fresh, unchecked) clause. */
function renameParams(e: Expr, renames: ReadonlyMap<string, string>): Expr {
  if (renames.size === 0) return e;
  eachNode(e, (o) => {
    if (o.kind === 'path' && Array.isArray(o.segments) && o.segments.length === 1 && Array.isArray(o.generics)) {
      const to = renames.get(o.segments[0] as string);
      if (to !== undefined) o.segments = [to];
    }
  });
  return e;
}

/** Walks every object node of a clause (spans aside). */
function eachNode(e: Expr, f: (o: Record<string, unknown>) => void): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    f(o);
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && typeof v === 'object') visit(v);
  };
  visit(e);
}

/** A generic trait's type parameters in a clause's types (`x as T`, `forall|y: T|`) become the impl's arguments. */
function substTypeParams(e: Expr, typeArgs: ReadonlyMap<string, TypeExpr>): Expr {
  if (typeArgs.size === 0) return e;
  eachNode(e, (o) => {
    // a type path has `args` (an expression path has `generics`)
    if (o.kind !== 'path' || !Array.isArray(o.segments) || !Array.isArray(o.args) || o.segments.length !== 1 || o.args.length > 0) return;
    const to = typeArgs.get(o.segments[0] as string);
    if (!to) return;
    for (const k of Object.keys(o)) if (k !== 'span') delete o[k];
    Object.assign(o, structuredClone(to), { span: o.span });
  });
  return e;
}

/** A trait type parameter used as an expression path's first segment (`T::f(..)`): not substituted. */
function traitParamAsValue(e: Expr, typeArgs: ReadonlyMap<string, TypeExpr>): string | undefined {
  let found: string | undefined;
  eachNode(e, (o) => {
    if (o.kind === 'path' && Array.isArray(o.segments) && Array.isArray(o.generics) && typeArgs.has(o.segments[0] as string)) found ??= o.segments[0] as string;
  });
  return found;
}

/** A name of `names` that a quantifier, closure, `let` or pattern inside `e` binds (renaming would capture it). */
function boundNameIn(e: Expr, names: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const o = node as Record<string, unknown>;
    // quantifier binders, and a closure's parameters
    const binders = Array.isArray(o.binders) ? o.binders : o.kind === 'closure' && Array.isArray(o.params) ? o.params : [];
    for (const b of binders as { name?: unknown }[]) if (typeof b.name === 'string' && names.has(b.name)) found = b.name;
    if (o.kind === 'ident' && typeof o.name === 'string' && names.has(o.name) && !('segments' in o)) found = o.name;
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && typeof v === 'object') visit(v);
  };
  visit(e);
  return found;
}

// ---------------------------------------------------------------------------
// bounds

/** The traits (of this crate) a bound list gives a type parameter, with their supertraits. */
export function traitsOfParam(scope: ItemScope, bounds: readonly TraitBound[], param: string): TraitEntry[] {
  const out: TraitEntry[] = [];
  const visit = (t: TraitEntry) => {
    if (out.includes(t)) return;
    out.push(t);
    for (const s of t.decl.supertraits) {
      const st = resolveTrait({ tables: scope.tables, module: t.module }, s);
      if (st) visit(st);
    }
  };
  for (const b of bounds) {
    if (b.param.kind !== 'path' || b.param.segments.length !== 1 || b.param.segments[0] !== param) continue;
    const t = resolveTrait(scope, b.trait);
    if (t) visit(t);
  }
  return out;
}

/** The trait member `name` reachable from type parameter `param` through its bounds. */
export function traitMethodOf(scope: ItemScope & { impl?: ImplContext }, fn: FnItem | undefined, param: string, name: string): FnEntry | 'ambiguous' | undefined {
  const bounds = [...(fn?.bounds ?? []), ...(scope.impl?.bounds ?? [])];
  // (a member naming the trait's associated types only on the trait's own `Self`, assoc-types.ts)
  const found = traitsOfParam(scope, bounds, param).map((t) => t.fns.get(name)).filter((f): f is FnEntry => !!f && usableThroughBound(f, param, scope.impl?.trait));
  if (found.length > 1) return 'ambiguous';
  return found[0];
}

/** A trait member `name` that the bounds of `param` reach but that names the trait's associated types (not usable there). */
export function projectionMemberOf(scope: ItemScope & { impl?: ImplContext }, fn: FnItem | undefined, param: string, name: string): FnEntry | undefined {
  const bounds = [...(fn?.bounds ?? []), ...(scope.impl?.bounds ?? [])];
  return traitsOfParam(scope, bounds, param).map((t) => t.fns.get(name)).find((f) => !!f && !usableThroughBound(f, param, scope.impl?.trait));
}

/**
 * The arguments of a generic trait as bound on `param` (`A: Tr<u8>`: [[u8]]), one list per
 * bound naming it directly (a bound reached through a supertrait is not listed).
 */
export function boundTraitArgs(scope: ItemScope & { impl?: ImplContext }, fn: FnItem | undefined, param: string, trait: TraitEntry): TypeExpr[][] {
  const bounds = [...(fn?.bounds ?? []), ...(scope.impl?.bounds ?? [])];
  return bounds
    .filter((b) => b.param.kind === 'path' && b.param.segments.length === 1 && b.param.segments[0] === param && resolveTrait(scope, b.trait) === trait)
    .map((b) => (b.trait.kind === 'path' ? b.trait.args : []));
}

/** The checked crate's view of trait impls (for dispatch at known types in src/vc). */
export function traitImplInfos(tables: CrateTables, sigs: Signatures): TraitImplInfo[] {
  const out: TraitImplInfo[] = [];
  for (const ti of tables.traitImpls) {
    if (!ti.trait || !ti.decl.verified) continue;
    if (ti.unsupported || !ti.ctx.ownerKey) {
      // (its self type as far as it lowers: `error` stands for any type)
      const selfTy = sigs.diags.withMuted(true, () => lowerType(ti.decl.selfTy, sigs.typeScope(ti.module, { ...ti.ctx, selfTy: ti.decl.selfTy }, []), sigs.diags));
      out.push({ trait: ti.trait.qname, generics: ti.ctx.generics, selfTy, fns: new Map(), unsupported: ti.unsupported ?? 'a trait impl for this type' });
      continue;
    }
    const any = [...ti.fns.values()][0];
    // (an impl without fns, all the trait's defaults, is found too: there they are the members' meaning)
    const selfTy = any ? sigs.sigs.get(any.decl)?.selfType : sigs.typeScope(ti.module, ti.ctx, []).selfType;
    if (!selfTy) continue;
    const path = ti.decl.traitPath;
    const args = path?.kind === 'path' ? path.args : [];
    // a generic trait's impl is picked by its arguments too (src/ir/lower-dispatch.ts)
    const traitArgs = args.length ? sigs.diags.withMuted(true, () => args.map((a) => lowerType(a, sigs.typeScope(ti.module, ti.ctx, []), sigs.diags))) : undefined;
    out.push({ trait: ti.trait.qname, generics: ti.ctx.generics, selfTy, ...(traitArgs ? { traitArgs } : {}), fns: new Map([...ti.fns].map(([n, f]) => [n, f.info])) });
  }
  return out;
}
