/**
 * Glob imports (`use m::*`, `use super::*`, `use crate::*`, `use E::*`) resolved in time
 * linear in the crate, cycles included.
 *
 * Glob targets are settled first, to a fixed point (a target may itself be named through
 * another glob): each round resolves what it can against the edges of the rounds before.
 * The modules are then grouped into strongly connected components of the glob graph; every
 * module of a component sees the same glob-imported names, so a name's glob answer is
 * computed once per component (from its targets' own items and explicit imports, then the
 * components it points to) and memoized. Visibility is not enforced (as elsewhere in the
 * checker), so this sees a superset of what rustc would: fine for code rustc accepts.
 */
import type { Def, ModuleScope } from './scopes.js';

/** What the index needs from name resolution (paths.ts) without depending on it. */
export interface GlobHost {
  /** `module`'s own item or explicit (non-glob) import named `name`. */
  ownOrImported(module: ModuleScope, name: string): Def | undefined;
  /** Resolves a `use` path in `module`. */
  resolve(module: ModuleScope, path: string[]): Def | undefined;
  /** A member of a glob target that is not a module (`use E::*` brings E's variants). */
  leafMember(target: Def, name: string): Def | undefined;
}

/** Above this many target modules a component merges their names into one index. */
const MERGE_ABOVE = 4;

interface Component {
  members: ModuleScope[];
  /** Distinct module targets of the members' globs. */
  targets: ModuleScope[];
  /** Non-module targets (enums, built-in types). */
  leaves: Def[];
  /** Distinct other components the targets belong to. */
  next: Component[];
  /** Name -> target modules whose own items or imports hold it (built on first use when targets are many). */
  merged?: Map<string, ModuleScope[]>;
  /** Name -> answer (null: none). */
  memo: Map<string, Def | null>;
  busy: Set<string>;
}

export class GlobIndex {
  private readonly edges = new Map<ModuleScope, Def[]>();
  private components = new Map<ModuleScope, Component>();
  /** Settling round; an import that failed in this round is not retried within it. */
  round = 0;
  sealed = false;

  constructor(private readonly host: GlobHost, private readonly modules: ModuleScope[]) {}

  /** Resolves every glob's target, round by round, until a round finds nothing new. */
  settle(): void {
    let pending: { module: ModuleScope; path: string[] }[] = [];
    for (const m of this.modules) for (const g of m.globs) pending.push({ module: m, path: g.path });
    for (;;) {
      this.round++;
      this.components = this.buildComponents();
      const found: { module: ModuleScope; def: Def }[] = [];
      const still: typeof pending = [];
      for (const p of pending) {
        const def = this.host.resolve(p.module, p.path);
        if (!def) still.push(p);
        else if (def.kind !== 'vstd') found.push({ module: p.module, def }); // vstd globs: the prelude answers
      }
      if (found.length === 0) break;
      for (const f of found) {
        const list = this.edges.get(f.module) ?? [];
        list.push(f.def);
        this.edges.set(f.module, list);
      }
      pending = still;
    }
    this.round++;
    this.components = this.buildComponents();
    this.sealed = true;
  }

  /** What `module`'s globs bring in under `name`. */
  lookup(module: ModuleScope, name: string): Def | undefined {
    const c = this.components.get(module);
    return c ? this.inComponent(c, name) : undefined;
  }

  private inComponent(c: Component, name: string): Def | undefined {
    const memo = c.memo.get(name);
    if (memo !== undefined) return memo ?? undefined;
    if (c.busy.has(name)) return undefined; // a cycle through explicit imports: not here
    c.busy.add(name);
    let found: Def | undefined;
    try {
      found = this.direct(c, name);
      for (let i = 0; !found && i < c.next.length; i++) found = this.inComponent(c.next[i]!, name);
      // Modules and values are separate namespaces: what is found first may have a twin further on.
      for (let i = 0; found && needsTwin(found) && i < c.next.length; i++) {
        const other = this.inComponent(c.next[i]!, name);
        if (other) found = joinNamespaces(found, other) ?? found;
      }
    } finally {
      c.busy.delete(name);
    }
    c.memo.set(name, found ?? null);
    return found;
  }

  private direct(c: Component, name: string): Def | undefined {
    for (const leaf of c.leaves) {
      const d = this.host.leafMember(leaf, name);
      if (d) return d;
    }
    let candidates = c.targets;
    if (c.targets.length > MERGE_ABOVE) {
      c.merged ??= mergeNames(c.targets);
      candidates = c.merged.get(name) ?? [];
    }
    let found: Def | undefined;
    for (const t of candidates) {
      const d = this.host.ownOrImported(t, name);
      if (!d || d.kind === 'vstd') continue;
      if (!found) found = d;
      else {
        const joined = joinNamespaces(found, d);
        if (joined) return joined;
      }
      if (!needsTwin(found)) return found;
    }
    return found;
  }

  /** Tarjan's algorithm over the glob edges (iterative: crates can nest modules deeply). */
  private buildComponents(): Map<ModuleScope, Component> {
    const result = new Map<ModuleScope, Component>();
    const index = new Map<ModuleScope, number>();
    const low = new Map<ModuleScope, number>();
    const stack: ModuleScope[] = [];
    const onStack = new Set<ModuleScope>();
    const succ = (m: ModuleScope): ModuleScope[] => (this.edges.get(m) ?? []).flatMap((d) => (d.kind === 'mod' ? [d.module] : []));
    let counter = 0;
    for (const start of this.modules) {
      if (index.has(start)) continue;
      const work: { m: ModuleScope; next: ModuleScope[]; i: number }[] = [];
      const open = (m: ModuleScope): void => {
        index.set(m, counter);
        low.set(m, counter);
        counter++;
        stack.push(m);
        onStack.add(m);
        work.push({ m, next: succ(m), i: 0 });
      };
      open(start);
      while (work.length > 0) {
        const top = work[work.length - 1]!;
        if (top.i < top.next.length) {
          const w = top.next[top.i++]!;
          if (!index.has(w)) open(w);
          else if (onStack.has(w)) low.set(top.m, Math.min(low.get(top.m)!, index.get(w)!));
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.m, Math.min(low.get(parent.m)!, low.get(top.m)!));
        if (low.get(top.m) !== index.get(top.m)) continue;
        const members: ModuleScope[] = [];
        let w: ModuleScope;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          members.push(w);
        } while (w !== top.m);
        const c: Component = { members, targets: [], leaves: [], next: [], memo: new Map(), busy: new Set() };
        for (const m of members) result.set(m, c);
      }
    }
    // Targets and successor components (every successor is complete: Tarjan emits sinks first).
    for (const c of new Set(result.values())) {
      const targets = new Set<ModuleScope>();
      const next = new Set<Component>();
      for (const m of c.members) {
        for (const d of this.edges.get(m) ?? []) {
          if (d.kind !== 'mod') {
            c.leaves.push(d);
            continue;
          }
          targets.add(d.module);
          const other = result.get(d.module);
          if (other && other !== c) next.add(other);
        }
      }
      c.targets = [...targets];
      c.next = [...next];
    }
    return result;
  }
}

/** A module, or a fn/const, not yet joined with a same-named def of the other namespace. */
function needsTwin(d: Def): boolean {
  return d.kind === 'mod' || ((d.kind === 'fn' || d.kind === 'const') && !d.moduleTwin);
}

/** A fn/const and a module of the same name, as one def (the value, reaching the module on `::`). */
function joinNamespaces(a: Def, b: Def): Def | undefined {
  if (a.kind === 'mod' && (b.kind === 'fn' || b.kind === 'const')) return { ...b, moduleTwin: b.moduleTwin ?? a.module };
  if (b.kind === 'mod' && (a.kind === 'fn' || a.kind === 'const')) return { ...a, moduleTwin: a.moduleTwin ?? b.module };
  return undefined;
}

/** A module def joined with the first fn or const of the same name among `later` lookups, if any. */
export function withValueTwin(mod: Extract<Def, { kind: 'mod' }>, later: (() => Def | undefined)[]): Def {
  for (const look of later) {
    const d = look();
    if (d?.kind === 'fn' || d?.kind === 'const') return { ...d, moduleTwin: d.moduleTwin ?? mod.module };
  }
  return mod;
}

function mergeNames(targets: ModuleScope[]): Map<string, ModuleScope[]> {
  const merged = new Map<string, ModuleScope[]>();
  const add = (name: string, t: ModuleScope): void => {
    const list = merged.get(name);
    if (!list) merged.set(name, [t]);
    else if (list[list.length - 1] !== t) list.push(t);
  };
  for (const t of targets) {
    for (const name of t.defs.keys()) add(name, t);
    for (const name of t.imports.keys()) add(name, t);
  }
  return merged;
}
