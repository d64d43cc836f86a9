/**
 * Name resolution of paths (`x`, `m::f`, `crate::a::S`, `super::g`, `Self::new`,
 * `E::V`, `u64::MAX`, `vstd::seq::Seq`) against the module tree, `use` imports
 * (including globs and `as`), impl associated items and the prelude.
 */
import { builtinAssocFn, builtinOwnerKey, intConstant, preludeDef, primOwnerKey, proofgateMember, vstdMember } from './prelude.js';
import { GlobIndex, withValueTwin } from './globs.js';
import type { CrateTables, Def, EnumEntry, ImplContext, ModuleScope } from './scopes.js';
import { VSTD_CRATE } from '../syntax/vstd-lib.js';

export interface ItemScope {
  tables: CrateTables;
  module: ModuleScope;
  impl?: ImplContext;
}

/** What a single name means in a module: its items, then imports, then globs, then the prelude. */
export function lookupName(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  const own = ownOrImported(tables, module, name);
  if (own?.kind === 'mod' && module.globs.length > 0) return withValueTwin(own, [() => globIndexes.get(tables)?.lookup(module, name)]);
  if (own) return own;
  if (module.globs.length > 0) {
    const viaGlob = globIndexes.get(tables)?.lookup(module, name);
    if (viaGlob) return viaGlob;
  }
  const dep = tables.externCrates.get(name);
  if (dep) return { kind: 'mod', module: dep };
  const fromPrelude = VSTD_PRELUDE_ITEMS.has(name) && module.globs.some((g) => g.path.length === 2 && g.path[0] === VSTD_CRATE && g.path[1] === 'prelude') ? vstdItem(tables, VSTD_PRELUDE_ITEMS.get(name)!) : undefined;
  if (fromPrelude) return fromPrelude;
  // (std's prelude has `size_of` and `align_of` since Rust 1.80; `NonNull`, `null` need their path)
  return (STD_PTR_ITEMS.has(name) ? undefined : stdFromVstd(tables, name)) ?? preludeDef(name);
}

/** The std items lib/vstd defines as Verus source (std_specs), where std's prelude and paths find them. */
const STD_FROM_VSTD: ReadonlyMap<string, string[]> = new Map([
  ['Result', ['std_specs', 'result', 'Result']],
  ['Ok', ['std_specs', 'result', 'Result', 'Ok']],
  ['Err', ['std_specs', 'result', 'Result', 'Err']],
  // std::ptr's (lib/vstd/raw_ptr.rs), found only by their path (`core::ptr::NonNull`)
  ['NonNull', ['raw_ptr', 'NonNull']],
  ['null', ['raw_ptr', 'null']],
  ['null_mut', ['raw_ptr', 'null_mut']],
  // std::mem's (lib/vstd/layout.rs), by their path (`core::mem::size_of`) or bare, from std's prelude
  ['size_of', ['layout', 'std_size_of']],
  ['align_of', ['layout', 'std_align_of']],
]);
const STD_PTR_ITEMS: ReadonlySet<string> = new Set(['NonNull', 'null', 'null_mut']);
const STD_MEM_ITEMS: ReadonlySet<string> = new Set(['size_of', 'align_of']);

/**
 * `Result`, `Ok`, `Err` (bare, or as `std::result::Result`, `core::result::Result::Ok`): the
 * items of the crate's vstd (lib/vstd/std_specs), or of the crate itself when it is vstd.
 */
function stdFromVstd(tables: CrateTables, name: string): Def | undefined {
  const path = STD_FROM_VSTD.get(name);
  if (!path) return undefined;
  return vstdItem(tables, path);
}

/** lib/vstd items that vstd's `prelude` re-exports, brought in by `use vstd::prelude::*` (the rest of the prelude is built in). */
const VSTD_PRELUDE_ITEMS: ReadonlyMap<string, string[]> = new Map([
  ['InstanceId', ['tokens', 'InstanceId']],
]);

/** The item of the crate's vstd (or of the crate itself when it is vstd) at `path`. */
function vstdItem(tables: CrateTables, path: string[]): Def | undefined {
  const root = tables.externCrates.get(VSTD_CRATE) ?? (tables.name === VSTD_CRATE ? tables.root : undefined);
  if (!root) return undefined;
  let def: Def | undefined = { kind: 'mod', module: root };
  for (const seg of path) {
    def = memberOf(tables, def, seg);
    if (!def) return undefined;
  }
  return def;
}

/** `core::cmp::Ordering` / `std::cmp::Ordering`: lib/vstd's (std_specs/cmp.rs); not in std's prelude. */
function stdCmpFromVstd(tables: CrateTables, name: string): Def | undefined {
  if (name !== 'Ordering') return undefined;
  const root = tables.externCrates.get(VSTD_CRATE) ?? (tables.name === VSTD_CRATE ? tables.root : undefined);
  if (!root) return undefined;
  let def: Def | undefined = { kind: 'mod', module: root };
  for (const seg of ['std_specs', 'cmp', name]) {
    def = memberOf(tables, def, seg);
    if (!def) return undefined;
  }
  return def;
}

/** A module's own item or explicit import named `name`; an import is resolved once (cycles: not found). */
function ownOrImported(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  const own = module.defs.get(name);
  if (own) return own;
  const imp = module.imports.get(name);
  if (!imp) return undefined;
  const index = globIndexes.get(tables);
  if (imp.state === 'todo' && !(imp.failedInRound !== undefined && imp.failedInRound === index?.round)) {
    imp.state = 'busy';
    try {
      imp.def = resolveUsePath(tables, module, imp.path);
    } finally {
      // While globs are still being settled a failure may be for want of a later round's edge.
      if (imp.def || !index || index.sealed) imp.state = 'done';
      else {
        imp.state = 'todo';
        imp.failedInRound = index.round;
      }
    }
  }
  return imp.state === 'done' ? imp.def : undefined;
}

/** Per crate: its glob imports' index, built once every item is entered. */
const globIndexes = new WeakMap<CrateTables, GlobIndex>();

/** Settles the crate's glob imports (collect.ts calls it once its items, not yet impls, are entered). */
export function settleGlobs(tables: CrateTables): void {
  const modules: ModuleScope[] = [];
  const visit = (m: ModuleScope): void => {
    modules.push(m);
    for (const c of m.children.values()) visit(c);
  };
  visit(tables.root);
  for (const dep of tables.externCrates.values()) visit(dep);
  const index = new GlobIndex({
    ownOrImported: (m, name) => ownOrImported(tables, m, name),
    resolve: (m, path) => resolveUsePath(tables, m, path),
    leafMember: (target, name) => (target.kind === 'enum' ? variantOf(target.e, name) : memberOf(tables, target, name)),
  }, modules);
  globIndexes.set(tables, index);
  index.settle();
}

function variantOf(e: EnumEntry, name: string): Def | undefined {
  const v = e.decl.variants.find((x) => x.name === name);
  return v ? { kind: 'variant', e, variant: v } : undefined;
}

/** A `use` path: relative to the current module unless it starts with crate/self/super/vstd. */
export function resolveUsePath(tables: CrateTables, module: ModuleScope, path: string[]): Def | undefined {
  const r = walkPath({ tables, module }, path);
  return r.def;
}

export interface PathResult {
  def?: Def;
  /** Index of the first segment that did not resolve (when def is undefined). */
  failedAt: number;
}

/** Resolves a whole path in an item scope. */
export function walkPath(scope: ItemScope, segments: string[]): PathResult {
  const { tables } = scope;
  if (segments.length === 0) return { failedAt: 0 };
  let def: Def | undefined;
  let i = 0;
  const first = segments[0]!;
  if (first === 'crate') {
    def = { kind: 'mod', module: scope.module.root };
    i = 1;
  } else if (first === 'self' && segments.length > 1) {
    def = { kind: 'mod', module: scope.module };
    i = 1;
  } else if (first === 'super') {
    let m = scope.module;
    while (segments[i] === 'super') {
      if (!m.parent) return { failedAt: i };
      m = m.parent;
      i++;
    }
    def = { kind: 'mod', module: m };
  } else if (first === 'Self' && scope.impl) {
    def = implSelfDef(scope);
    if (!def) return { failedAt: 0 };
    i = 1;
  } else {
    def = lookupName(tables, scope.module, first);
    if (!def) return { failedAt: 0 };
    i = 1;
  }
  for (; i < segments.length; i++) {
    if ((def.kind === 'fn' || def.kind === 'const') && def.moduleTwin) def = { kind: 'mod', module: def.moduleTwin };
    const next = memberOf(tables, def, segments[i]!);
    if (!next) return { failedAt: i };
    def = next;
  }
  return { def, failedAt: -1 };
}

/** The definition the impl's `Self` stands for. */
export function implSelfDef(scope: ItemScope): Def | undefined {
  const key = scope.impl?.ownerKey;
  if (key) {
    const s = scope.tables.structByName.get(key);
    if (s) return { kind: 'struct', s };
    const e = scope.tables.enumByName.get(key);
    if (e) return { kind: 'enum', e };
  }
  const t = scope.impl?.selfTy;
  if (t?.kind === 'path') return walkPath({ tables: scope.tables, module: scope.module }, t.segments).def;
  return undefined;
}

/** `owner::name` for a module, type, enum or vstd path. */
export function memberOf(tables: CrateTables, owner: Def, name: string): Def | undefined {
  switch (owner.kind) {
    case 'mod':
      return memberOfModule(tables, owner.module, name) ?? builtinVstdMember(tables, owner.module, name);
    case 'vstd':
      // `std::result::Result` (not `std::io::Result`, `core::fmt::Result`: other types)
      return (owner.name === 'result' || (owner.name === 'ptr' && STD_PTR_ITEMS.has(name)) || (owner.name === 'mem' && STD_MEM_ITEMS.has(name)) ? stdFromVstd(tables, name) : owner.name === 'cmp' ? stdCmpFromVstd(tables, name) : undefined) ?? vstdMember(name);
    case 'proofgate':
      return proofgateMember(name);
    case 'enum': {
      const v = owner.e.decl.variants.find((x) => x.name === name);
      if (v) return { kind: 'variant', e: owner.e, variant: v };
      return tables.assoc.get(owner.e.qname)?.get(name);
    }
    case 'struct':
      return tables.assoc.get(owner.s.qname)?.get(name);
    case 'trait': {
      const f = owner.t.fns.get(name);
      return f ? { kind: 'fn', fn: f } : undefined;
    }
    case 'alias': {
      // `Alias::MAX`, `Alias::new(..)`: members of what a plain `type Alias = Target;` names
      const t = owner.decl.ty;
      if (t.kind !== 'path' || t.args.length > 0) return undefined;
      const target = walkPath({ tables, module: owner.module }, t.segments).def;
      return target && target.kind !== 'alias' ? memberOf(tables, target, name) : undefined;
    }
    case 'prim': {
      // the primitive's own constants first (inherent items take precedence over traits' in Rust)
      const c = owner.ty.k === 'int' ? intConstant(owner.ty.kind, name) : undefined;
      if (c) return { kind: 'builtinValue', name: c.name };
      // members of the crate's trait impls for the primitive (`usize::from(p)`, `u64::lemma(..)`)
      return tables.assoc.get(primOwnerKey(owner.ty))?.get(name);
    }
    case 'builtinType': {
      if (owner.name === 'Option' && (name === 'Some' || name === 'None')) return { kind: 'builtinValue', name };
      const sig = builtinAssocFn(owner.name, name, () => ({ k: 'error' }), []);
      if (sig) return { kind: 'builtinValue', name: `${owner.name}::${name}` };
      // an associated fn lib/vstd defines on it (`Seq::tracked_empty()`)
      return tables.assoc.get(builtinOwnerKey(owner.name))?.get(name);
    }
    default:
      return undefined;
  }
}

/**
 * In a module of the vstd dependency (lib/vstd, syntax/vstd-lib.ts), a name it does not
 * define is the built-in prelude's, as `vstd::seq::Seq` was before there was a library.
 */
function builtinVstdMember(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  return module.root === tables.externCrates.get(VSTD_CRATE) ? vstdMember(name) : undefined;
}

/** A module's own items and its imports (as seen from outside; visibility is not enforced). */
function memberOfModule(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  const d = module.defs.get(name);
  if (d) return d;
  const viaUse = module.imports.has(name) || module.globs.length > 0 ? lookupName(tables, module, name) : undefined;
  // The prelude is not a member of user modules.
  if (viaUse && viaUse !== preludeDef(name)) return viaUse;
  return undefined;
}
