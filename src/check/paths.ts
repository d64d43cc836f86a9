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
      const guard = enterGuard();
      importGuards.set(imp, guard);
      try {
        imp.def = resolveUsePath(tables, module, imp.path);
      } finally {
        leaveGuard();
      }
      imp.state = 'done';
    } else if (imp.state === 'busy') {
      blockedBy(importGuards.get(imp) ?? 0);
    }
    if (imp.def) return imp.def;
  }
  if (module.globs.length > 0) {
    const viaGlob = lookupViaGlobs(tables, module, name);
    if (viaGlob) return viaGlob;
  }
  return preludeDef(name);
}

/*
 * Cycle guards. Resolving an import or a glob can come back to the same question
 * (`mod a { use b::*; } mod b { use a::*; }`, or `use x::*` whose `x` is looked up in the
 * module's own globs); a guard makes the repeated question answer "not here". Guards are
 * numbered by nesting depth. An answer is cached only if every guard that blocked a lookup
 * during its computation was its own or one taken inside it: then the answer is a function
 * of the tables alone. One blocked by an enclosing guard depends on what was in progress
 * around it, and is recomputed next time.
 */
let guardDepth = 0;
/** The shallowest guard that blocked a lookup in the current computation (Infinity: none). */
let shallowestBlock = Infinity;

function enterGuard(): number {
  return guardDepth++;
}
function leaveGuard(): void {
  guardDepth--;
}
function blockedBy(guard: number): void {
  if (guard < shallowestBlock) shallowestBlock = guard;
}

/** Runs a guarded computation; reports whether its answer may be cached. */
function guardedCompute<T>(compute: (guard: number) => T): { value: T; cacheable: boolean } {
  const outerBlock = shallowestBlock;
  shallowestBlock = Infinity;
  const guard = enterGuard();
  let value: T;
  try {
    value = compute(guard);
  } finally {
    leaveGuard();
  }
  const cacheable = shallowestBlock >= guard;
  shallowestBlock = Math.min(outerBlock, shallowestBlock);
  return { value, cacheable };
}

const importGuards = new WeakMap<object, number>();

/** Per module: the glob imports' answer for a name; per glob: its target. */
const globAnswers = new WeakMap<ModuleScope, Map<string, Def | undefined>>();
const globTargets = new WeakMap<object, Def | undefined>();
/** Per module: the names whose glob lookup is in progress, with their guard. */
const globLookups = new WeakMap<ModuleScope, Map<string, number>>();
/** Modules whose glob targets are being resolved, with their guard. */
const globBusy = new Map<ModuleScope, number>();

/**
 * Tables whose entries are complete (collect.ts has entered every item and impl): only then
 * are answers cached, since before that an impl's associated items may still be missing.
 */
const sealedTables = new WeakSet<CrateTables>();
export function sealNameTables(tables: CrateTables): void {
  sealedTables.add(tables);
}

function lookupViaGlobs(tables: CrateTables, module: ModuleScope, name: string): Def | undefined {
  let answers = globAnswers.get(module);
  if (answers?.has(name)) return answers.get(name);
  let busy = globLookups.get(module);
  if (busy === undefined) {
    busy = new Map();
    globLookups.set(module, busy);
  }
  const busyGuard = busy.get(name);
  if (busyGuard !== undefined) {
    blockedBy(busyGuard);
    return undefined;
  }
  const inProgress = busy;
  const { value: found, cacheable } = guardedCompute((guard) => {
    inProgress.set(name, guard);
    try {
      for (const glob of module.globs) {
        const target = globTarget(tables, module, glob);
        if (!target) continue;
        const d = memberOf(tables, target, name);
        if (d && d.kind !== 'vstd') return d;
      }
      return undefined;
    } finally {
      inProgress.delete(name);
    }
  });
  if (cacheable && sealedTables.has(tables)) {
    if (answers === undefined) {
      answers = new Map();
      globAnswers.set(module, answers);
    }
    answers.set(name, found);
  }
  return found;
}

/** What one of the module's `use path::*` names. */
function globTarget(tables: CrateTables, module: ModuleScope, glob: ModuleScope['globs'][number]): Def | undefined {
  if (globTargets.has(glob)) return globTargets.get(glob);
  const busyGuard = globBusy.get(module);
  if (busyGuard !== undefined) {
    blockedBy(busyGuard);
    return undefined;
  }
  const { value: target, cacheable } = guardedCompute((guard) => {
    globBusy.set(module, guard);
    try {
      return resolveUsePath(tables, module, glob.path);
    } finally {
      globBusy.delete(module);
    }
  });
  if (cacheable && sealedTables.has(tables)) globTargets.set(glob, target);
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
    case 'trait': {
      const f = owner.t.fns.get(name);
      return f ? { kind: 'fn', fn: f } : undefined;
    }
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
