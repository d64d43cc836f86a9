/**
 * Name resolution of paths (`x`, `m::f`, `crate::a::S`, `super::g`, `Self::new`,
 * `E::V`, `u64::MAX`, `vstd::seq::Seq`) against the module tree, `use` imports
 * (including globs and `as`), impl associated items and the prelude.
 */
import { builtinAssocFn, intConstant, preludeDef, vstdMember } from './prelude.js';
import type { CrateTables, Def, ImplContext, ModuleScope } from './scopes.js';

export interface ItemScope {
  tables: CrateTables;
  module: ModuleScope;
  impl?: ImplContext;
}

/** What a single name means in a module: its items, then imports, then globs, then the prelude. */
export function lookupName(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  const own = module.defs.get(name);
  if (own) return own;
  const imp = module.imports.get(name);
  if (imp) {
    if (imp.state === 'todo') {
      imp.state = 'busy';
      imp.def = resolveUsePath(tables, module, imp.path);
      imp.state = 'done';
    } else if (imp.state === 'busy') {
      cutShort = true;
    }
    if (imp.def) return imp.def;
  }
  if (module.globs.length > 0) {
    const viaGlob = lookupViaGlobs(tables, module, name);
    if (viaGlob) return viaGlob;
  }
  return preludeDef(name);
}

/**
 * Cycle guards (`mod a { use b::*; } mod b { use a::*; }`, an import being resolved) cut
 * lookups short; `cutShort` records that one did. An answer computed without any cut is a
 * function of the tables alone and is cached; one computed with a cut depends on what was in
 * progress around it and is recomputed next time.
 */
let cutShort = false;

/** Per module: the glob imports' answer for a name; per glob: its target. */
const globAnswers = new WeakMap<ModuleScope, Map<string, Def | undefined>>();
const globTargets = new WeakMap<object, Def | undefined>();
const globLookups = new WeakMap<ModuleScope, Set<string>>();

/**
 * Tables whose entries are complete (collect.ts has entered every item and impl): only then
 * are answers cached, since before that an impl's associated items may still be missing.
 */
const sealedTables = new WeakSet<CrateTables>();
export function sealNameTables(tables: CrateTables): void {
  sealedTables.add(tables);
}

function lookupViaGlobs(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  const sealed = sealedTables.has(tables);
  let answers = globAnswers.get(module);
  if (answers === undefined && sealed) {
    answers = new Map();
    globAnswers.set(module, answers);
  } else if (answers?.has(name)) {
    return answers.get(name);
  }
  let busy = globLookups.get(module);
  if (busy === undefined) {
    busy = new Set<string>();
    globLookups.set(module, busy);
  }
  if (busy.has(name)) {
    cutShort = true;
    return undefined;
  }
  const outerCut = cutShort;
  cutShort = false;
  busy.add(name);
  let found: Def | undefined;
  try {
    for (const glob of module.globs) {
      const target = globTarget(tables, module, glob);
      if (!target) continue;
      const d = memberOf(tables, target, name);
      if (d && d.kind !== 'vstd') { found = d; break; }
    }
  } finally {
    busy.delete(name);
  }
  if (!cutShort && answers) answers.set(name, found);
  cutShort = outerCut || cutShort;
  return found;
}

// Guards against `use a::*` cycles between modules.
const globBusy = new Set<ModuleScope>();

/** What one of the module's `use path::*` names. */
function globTarget(tables: CrateTables, module: ModuleScope, glob: ModuleScope['globs'][number]): Def | undefined {
  if (globTargets.has(glob)) return globTargets.get(glob);
  if (globBusy.has(module)) {
    cutShort = true;
    return undefined;
  }
  const outerCut = cutShort;
  cutShort = false;
  globBusy.add(module);
  let target: Def | undefined;
  try {
    target = resolveUsePath(tables, module, glob.path);
  } finally {
    globBusy.delete(module);
  }
  if (!cutShort && sealedTables.has(tables)) globTargets.set(glob, target);
  cutShort = outerCut || cutShort;
  return target;
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
      return memberOfModule(tables, owner.module, name);
    case 'vstd':
      return vstdMember(name);
    case 'enum': {
      const v = owner.e.decl.variants.find((x) => x.name === name);
      if (v) return { kind: 'variant', e: owner.e, variant: v };
      return tables.assoc.get(owner.e.qname)?.get(name);
    }
    case 'struct':
      return tables.assoc.get(owner.s.qname)?.get(name);
    case 'prim': {
      if (owner.ty.k !== 'int') return undefined;
      const c = intConstant(owner.ty.kind, name);
      return c ? { kind: 'builtinValue', name: c.name } : undefined;
    }
    case 'builtinType': {
      if (owner.name === 'Option' && (name === 'Some' || name === 'None')) return { kind: 'builtinValue', name };
      const sig = builtinAssocFn(owner.name, name, () => ({ k: 'error' }), []);
      return sig ? { kind: 'builtinValue', name: sig.name } : undefined;
    }
    default:
      return undefined;
  }
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
