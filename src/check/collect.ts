/**
 * First pass: enters every item of the crate (verified or not) into module scopes
 * and the crate-wide tables. Types are not looked at yet (signatures.ts does that).
 */
import type { ConstItem, FnItem, ImplItem, Item, SourceFile } from '../syntax/ast.js';
import type { Crate } from '../syntax/crate.js';
import { typeExprText } from '../syntax/type-text.js';
import { VSTD_CRATE } from '../syntax/vstd-lib.js';
import { builtinOwnerKey, isPrimOwnerKey, isStructuralOwnerKey, primOwnerKey, structuralOwnerKey } from './prelude.js';
import { settleGlobs, walkPath } from './paths.js';
import { collectTrait, linkTraitImpls, newTraitImpl } from './traits.js';
import { dualSpecName, makeDualSpecTwin } from './dual-spec.js';
import { implAssocTypes } from './assoc-types.js';
import { ModuleScope, type ConstEntry, type CrateTables, type Def, type EnumEntry, type FnEntry, type ImplContext, type StructEntry } from './scopes.js';

export function collectCrate(crate: Crate): CrateTables {
  const root = new ModuleScope(crate.name, [], undefined, crate.root);
  const tables: CrateTables = {
    name: crate.name,
    root,
    fns: [],
    structs: [],
    enums: [],
    consts: [],
    assoc: new Map(),
    fnByDecl: new Map(),
    structByName: new Map(),
    enumByName: new Map(),
    broadcastUses: [],
    bodyBroadcastUses: new Map(),
    traitMethods: new Map(),
    traitMethodNames: new Set(),
    dualSpecNames: new Set(),
    externCrates: new Map(),
    traits: [],
    traitImpls: [],
  };
  const impls: { item: ImplItem; module: ModuleScope; file: SourceFile }[] = [];
  // Dependencies first, each its own module tree (`crate::` inside one is its own root).
  for (const dep of crate.deps ?? []) {
    const depRoot = new ModuleScope(dep.name, [], undefined, dep.root);
    tables.externCrates.set(dep.name, depRoot);
    collectItems(dep.root.items, depRoot, dep.root, tables, impls, dep);
  }
  collectItems(crate.root.items, root, crate.root, tables, impls, crate);
  settleGlobs(tables);
  for (const { item, module, file } of impls) collectImpl(item, module, file, tables);
  linkTraitImpls(tables);
  if (crate.deps?.length) {
    // A dependency's exec and proof fns are trusted like external_body ones here (their
    // clauses checked, their bodies not); its spec fns keep their bodies, which are their meaning.
    const own = new Set(crate.files);
    for (const f of tables.fns) if (!own.has(f.file) && f.decl.mode !== 'spec') f.decl.flags.externalBody = true;
  }
  return tables;
}

function collectItems(
  items: Item[] | undefined,
  module: ModuleScope,
  file: SourceFile,
  tables: CrateTables,
  impls: { item: ImplItem; module: ModuleScope; file: SourceFile }[],
  crate: Crate,
): void {
  for (const item of items ?? []) {
    switch (item.kind) {
      case 'verus':
        collectItems(item.items, module, file, tables, impls, crate);
        break;
      case 'include':
        collectItems(item.items, module, fileOf(crate, item.items, file), tables, impls, crate);
        break;
      case 'mod': {
        const child = new ModuleScope(module.crateName, [...module.path, item.name], module, fileOf(crate, item.items, file));
        module.children.set(item.name, child);
        define(module, item.name, { kind: 'mod', module: child });
        collectItems(item.items, child, child.file, tables, impls, crate);
        break;
      }
      case 'use':
        for (const t of item.trees) module.addUse(t);
        break;
      case 'type_alias':
        define(module, item.name, { kind: 'alias', decl: item, module });
        break;
      case 'broadcast_group':
        define(module, item.name, { kind: 'broadcastGroup', group: { qname: `${module.qprefix}::${item.name}`, decl: item, module } });
        break;
      case 'broadcast_use':
        for (const p of item.paths) tables.broadcastUses.push({ path: p.path, span: p.span, module });
        break;
      case 'fn': {
        const dual = dualSpecName(item);
        if (dual) tables.dualSpecNames.add(dual);
        const twin = makeDualSpecTwin(item);
        for (const decl of twin ? [item, twin] : [item]) {
          const entry = makeFn(decl, module, file, undefined, `${module.qprefix}::${decl.name}`);
          tables.fns.push(entry);
          tables.fnByDecl.set(decl, entry);
          define(module, decl.name, { kind: 'fn', fn: entry });
        }
        break;
      }
      case 'const': {
        const entry = makeConst(item, module, file, undefined, `${module.qprefix}::${item.name}`);
        tables.consts.push(entry);
        define(module, item.name, { kind: 'const', c: entry });
        break;
      }
      case 'struct': {
        const qname = `${module.qprefix}::${item.name}`;
        const entry: StructEntry = { qname, decl: item, module, info: { qname, decl: item, generics: item.generics, fields: [], ...(externalBodyStruct(item) ? { opaque: true } : {}) } };
        tables.structs.push(entry);
        tables.structByName.set(qname, entry);
        define(module, item.name, { kind: 'struct', s: entry });
        break;
      }
      case 'enum': {
        const qname = `${module.qprefix}::${item.name}`;
        const entry: EnumEntry = { qname, decl: item, module, info: { qname, decl: item, generics: item.generics, variants: [] } };
        tables.enums.push(entry);
        tables.enumByName.set(qname, entry);
        define(module, item.name, { kind: 'enum', e: entry });
        break;
      }
      case 'impl':
        impls.push({ item, module, file });
        break;
      case 'trait':
        define(module, item.name, { kind: 'trait', t: collectTrait(item, module, file, tables) });
        for (const m of item.items) if (m.kind === 'fn') tables.traitMethodNames.add(m.name);
        break;
      case 'opaque':
        if (item.what === 'trait') for (const m of file.text.slice(item.span.start, item.span.end).matchAll(/\bfn\s+([A-Za-z_]\w*)/g)) tables.traitMethodNames.add(m[1]!);
        if (item.what === 'macro' && item.name && item.name !== 'macro_rules') module.itemMacros.push(item.name);
        if (item.name && item.what !== 'macro' && item.what !== 'macro_rules') module.unsupportedItems.set(item.name, OPAQUE_WHAT[item.what] ?? `\`${item.what}\` items`);
        break;
    }
  }
}

/** How a skipped item is named in `not supported` messages. */
const OPAQUE_WHAT: Record<string, string> = {
  type: 'type aliases', trait: 'traits', union: 'unions', static: 'static items', extern: 'extern blocks',
  fn: 'functions outside the subset', struct: 'types outside the subset', enum: 'types outside the subset',
  const: 'constants outside the subset', impl: 'impl blocks outside the subset', mod: 'modules outside the subset',
};

/** The file a module's or include's items came from (their spans say so). */
function fileOf(crate: Crate, items: Item[] | undefined, fallback: SourceFile): SourceFile {
  const first = items?.[0];
  if (!first) return fallback;
  return filesByPath(crate).get(first.span.file) ?? fallback;
}

/** A crate's files by path (a scan per module would make collection quadratic in the files). */
const fileIndexes = new WeakMap<Crate, Map<string, SourceFile>>();
function filesByPath(crate: Crate): Map<string, SourceFile> {
  let m = fileIndexes.get(crate);
  if (!m) {
    m = new Map(crate.files.map((f) => [f.path, f]));
    fileIndexes.set(crate, m);
  }
  return m;
}

function define(module: ModuleScope, name: string, def: Def): void {
  const old = module.defs.get(name);
  // `mod size` and `fn size` live in different namespaces: the value is kept, the module
  // is reached through it when a path goes on (`size::x`).
  if (old?.kind === 'mod' && (def.kind === 'fn' || def.kind === 'const')) {
    module.defs.set(name, { ...def, moduleTwin: old.module });
    return;
  }
  if ((old?.kind === 'fn' || old?.kind === 'const') && def.kind === 'mod') {
    old.moduleTwin = def.module;
    return;
  }
  // Otherwise the first definition wins; duplicates are rustc errors we do not need to mirror.
  if (!old) module.defs.set(name, def);
}

/** Impl blocks attach to their self type; the owner key is found after all types are entered. */
function collectImpl(item: ImplItem, module: ModuleScope, file: SourceFile, tables: CrateTables): void {
  const ownerKey = implOwnerKey(item, module, tables);
  const onBuiltin = ownerKey !== undefined && item.traitName === undefined && !tables.structByName.has(ownerKey) && !tables.enumByName.has(ownerKey);
  const hoisted = onBuiltin ? hoistImplGenerics(item) : [];
  const assocTypes = item.traitName !== undefined ? implAssocTypes(item) : undefined;
  const impl: ImplContext = { selfTy: item.selfTy, generics: item.generics, ownerKey, bounds: item.bounds, ...(hoisted.length ? { selfTyGenerics: hoisted } : {}), ...(assocTypes ? { assocTypes } : {}) };
  const traitImpl = item.traitName !== undefined ? newTraitImpl(item, module, file, impl, tables) : undefined;
  // (a type of another crate is named as written here: `PInfoPerm::Tr::m`, not the dependency's path under this module)
  const foreignAdt = ownerKey !== undefined && !ownerKey.startsWith(`${module.crateName}::`) && (tables.structByName.has(ownerKey) || tables.enumByName.has(ownerKey));
  // (a trait impl for one instantiation, `Tr for S<u8>` or an alias to it, is named with it:
  // impls for `S<u8>` and `S<u16>` define different fns)
  const instance = item.traitName !== undefined && ownerKey !== undefined && !isPrimOwnerKey(ownerKey) && instanceText(item, module, tables);
  const ownerName = instance ? instance : ownerKey && !isPrimOwnerKey(ownerKey) && !isStructuralOwnerKey(ownerKey) && !foreignAdt ? ownerKey : typeText(item);
  let table = ownerKey ? tables.assoc.get(ownerKey) : undefined;
  if (ownerKey && !table) {
    table = new Map();
    tables.assoc.set(ownerKey, table);
  }
  const isTraitImpl = item.traitName !== undefined;
  // an inherent member's dual_spec twin is a member beside it (in a trait impl it would not be the trait's)
  const twins = isTraitImpl ? [] : item.items.flatMap((sub) => (sub.kind === 'fn' ? [makeDualSpecTwin(sub)] : [])).filter((t) => t !== undefined);
  for (const sub of [...item.items, ...twins]) {
    // a trait's member is named after the trait too: `S::Tr::m` beside an inherent `S::m`,
    // with the trait's arguments so `impl From<u64>` and `impl From<u32>` name different fns
    const member = isTraitImpl ? `${traitText(item)}::${sub.name}` : sub.name;
    const qname = `${ownerName.startsWith(module.crateName + '::') ? ownerName : `${module.qprefix}::${ownerName}`}::${member}`;
    if (sub.kind === 'fn') {
      const entry = makeFn(sub, module, file, impl, qname);
      const dual = dualSpecName(sub);
      if (dual) tables.dualSpecNames.add(dual);
      if (isTraitImpl) {
        tables.traitMethodNames.add(sub.name);
        if (ownerKey) {
          const names = tables.traitMethods.get(ownerKey) ?? new Set<string>();
          names.add(sub.name);
          tables.traitMethods.set(ownerKey, names);
        }
      }
      tables.fns.push(entry);
      tables.fnByDecl.set(sub, entry);
      if (traitImpl) traitImpl.fns.set(sub.name, entry);
      else if (table && !table.has(sub.name)) table.set(sub.name, { kind: 'fn', fn: entry });
    } else {
      const entry = makeConst(sub, module, file, impl, qname);
      tables.consts.push(entry);
      if (traitImpl) traitImpl.consts.set(sub.name, entry);
      else if (table && !table.has(sub.name)) table.set(sub.name, { kind: 'const', c: entry });
    }
  }
}

/**
 * vstd's methods on a built-in type (`impl<A> Set<A> { spec fn disjoint(self, ..) }`) take
 * the impl's type parameters as their own (`fn disjoint<A>`): the impl block is in the
 * vstd dependency, whose files the later stages of a dependent crate do not walk, so each
 * method carries all its parameters itself.
 */
function hoistImplGenerics(item: ImplItem): string[] {
  const hoisted = item.generics;
  if (hoisted.length === 0) return [];
  for (const sub of item.items) if (sub.kind === 'fn') sub.generics = [...hoisted, ...sub.generics];
  item.generics = [];
  return hoisted;
}

/** The ADT an impl block is for, resolved like any type path in the impl's module. */
function implOwnerKey(item: ImplItem, module: ModuleScope, tables: CrateTables): string | undefined {
  const t = item.selfTy;
  // `impl<T> Tr for (T, nat)`: a trait impl for a tuple, array or slice type (traits.ts; not
  // for a reference, `&S`: the checker does not tell `&S` from `S` where a type parameter is inferred)
  if (item.traitName !== undefined) {
    if (t.kind === 'tuple') return structuralOwnerKey({ kind: 'tuple', arity: t.elems.length });
    if (t.kind === 'array' || t.kind === 'slice') return structuralOwnerKey({ kind: t.kind });
  }
  if (t.kind !== 'path') return undefined;
  let d = walkPath({ tables, module }, t.segments).def;
  // `impl Alias { .. }` with `type Alias = S;` adds to S; a trait impl also for `type Alias = S<u8>;`
  // (its members' self type is the alias's instantiation: a call on another one does not unify)
  if (d?.kind === 'alias' && t.args.length === 0 && d.decl.ty.kind === 'path' && (d.decl.ty.args.length === 0 || item.traitName !== undefined)) d = walkPath({ tables, module: d.module }, d.decl.ty.segments).def;
  if (d?.kind === 'struct') return d.s.qname;
  if (d?.kind === 'enum') return d.e.qname;
  // vstd's own methods of the built-in types (`impl<A> Set<A> { spec fn disjoint .. }` in lib/vstd)
  if (d?.kind === 'builtinType' && module.crateName === VSTD_CRATE) return builtinOwnerKey(d.name);
  // `impl From<PhysAddr> for usize`: members of std traits' impls on a primitive (traits.ts)
  if (d?.kind === 'prim' && item.traitName !== undefined) return primOwnerKey(d.ty);
  return undefined;
}

/** The trait as written, with its arguments (`From<u64>`). */
function traitText(item: ImplItem): string {
  return item.traitPath?.kind === 'path' ? typeExprText(item.traitPath) : item.traitName!;
}

/**
 * A trait impl's self type as written when it is one instantiation of a generic type (its
 * arguments are not just the impl's parameters), or an alias: undefined otherwise.
 */
function instanceText(item: ImplItem, module: ModuleScope, tables: CrateTables): string | undefined {
  const t = item.selfTy;
  if (t.kind !== 'path') return undefined;
  const d = walkPath({ tables, module }, t.segments).def;
  if (d?.kind === 'alias' && d.decl.ty.kind === 'path' && d.decl.ty.args.length > 0) return typeExprText(t);
  const plain = t.args.every((a, i) => a.kind === 'path' && a.args.length === 0 && a.segments.length === 1 && a.segments[0] === item.generics[i]);
  if (t.args.length > 0 && !plain) return typeExprText(t);
  return undefined;
}

function typeText(item: ImplItem): string {
  // (a constructor's impls are named by their self types as written: `(T, nat)` and `(T, int)` define different fns)
  return item.selfTy.kind === 'path' ? item.selfTy.segments.join('::') : item.traitName !== undefined ? typeExprText(item.selfTy) : 'impl';
}

export function makeFn(decl: FnItem, module: ModuleScope, file: SourceFile, impl: ImplContext | undefined, qname: string): FnEntry {
  const verified = decl.verified && !decl.flags.external;
  return {
    qname,
    decl,
    file,
    module,
    impl,
    info: {
      qname,
      decl,
      file,
      modulePath: module.path,
      implType: impl?.ownerKey,
      params: [],
      retTy: { k: 'tuple', elems: [] },
      verified,
      ...(impl?.trait ? { traitOf: impl.trait.qname } : {}),
    },
  };
}

export function makeConst(decl: ConstItem, module: ModuleScope, file: SourceFile, impl: ImplContext | undefined, qname: string): ConstEntry {
  return { qname, decl, file, module, impl, info: { qname, decl, ty: { k: 'error' } } };
}

/** `#[verifier::external_body]` (or `#[verus_verify(external_body)]`) on a struct: an opaque type (StructInfo.opaque). */
function externalBodyStruct(item: Item): boolean {
  return item.attrs.some((a) => a.name === 'verifier::external_body' || (a.name === 'verus_verify' && /(^|,)\s*external_body\s*(,|$)/.test(a.args)));
}
