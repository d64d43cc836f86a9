/** Strongly connected components of the call graph (for recursion and termination checks). */
import type { CheckedCrate } from './program.js';
import type { Expr, FnItem } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { walkBlock, walkExpr } from '../syntax/walk.js';

export type Scc = (decl: FnItem) => ReadonlySet<FnItem>;

/** The fns a fn's body and clauses call (resolved calls and method calls). */
export function callees(decl: FnItem): Set<FnItem> {
  const out = new Set<FnItem>();
  const visit = (e: Expr) => {
    if (e.kind === 'call' && e.callee.kind === 'path' && e.callee.res?.kind === 'fn') out.add(e.callee.res.decl);
    if (e.kind === 'method' && e.res?.kind === 'fn') out.add(e.res.decl);
  };
  walkBlock(decl.body, visit);
  for (const c of [...decl.requires, ...decl.ensures, ...decl.decreases]) walkExpr(c, visit);
  return out;
}

/** Tarjan's algorithm; a fn is recursive iff its component has a cycle (size > 1 or a self-call). */
export function recursionComponents(crate: CheckedCrate): Scc {
  const edges = new Map<FnItem, Set<FnItem>>();
  // Only checked fns: the checker resolves no calls in other bodies (plain Rust outside
  // verus!, external ones), so walking them finds nothing, and their expressions may be
  // as deep as rustc allows.
  for (const f of crate.fns) if (f.verified) edges.set(f.decl, callees(f.decl));
  // a call to a trait's member may run any impl's: recursion through a bound is recursion
  for (const impl of crate.traitImpls ?? []) {
    for (const [name, f] of impl.fns) {
      const decl = crate.fns.find((t) => t.traitOf === impl.trait && t.decl.name === name);
      if (decl) edges.get(decl.decl)?.add(f.decl);
    }
  }
  return components(crate, edges);
}

/** Fns reachable from `from` through calls (itself included). */
function callClosure(from: FnItem, calls: Map<FnItem, Set<FnItem>>): Set<FnItem> {
  const seen = new Set<FnItem>([from]);
  const todo = [from];
  while (todo.length) for (const g of calls.get(todo.pop()!) ?? []) if (!seen.has(g)) { seen.add(g); todo.push(g); }
  return seen;
}

export interface BroadcastPlan {
  /** Whether the proof of `fn` may assume broadcast lemma `lemma`. */
  assumes: (fn: FnItem, lemma: FnItem) => boolean;
  /** Broadcast lemmas whose proofs rely on each other (a cycle through `broadcast use`). */
  cyclic: FnItem[];
  /** `broadcast use` statements in a fn's body naming a lemma whose proof depends on that fn (not granted). */
  refusedInBody: { fn: FnItem; lemma: FnItem; span: Span }[];
}

/** Fns whose applications trigger a broadcast lemma (its `#![trigger]` groups, else its `#[trigger]` terms, else its ensures). */
function triggerHeads(lemma: FnItem): Set<FnItem> {
  const marked = new Set<FnItem>();
  const all = new Set<FnItem>();
  const add = (into: Set<FnItem>) => (e: Expr) => {
    if (e.kind === 'call' && e.callee.kind === 'path' && e.callee.res?.kind === 'fn') into.add(e.callee.res.decl);
    if (e.kind === 'method' && e.res?.kind === 'fn') into.add(e.res.decl);
  };
  // `ensures #![trigger ..]` groups are the lemma's patterns: only they trigger it
  if (lemma.ensuresTriggers?.length) {
    for (const g of lemma.ensuresTriggers) for (const t of g) walkExpr(t, add(marked));
    return marked;
  }
  for (const c of lemma.ensures) {
    walkExpr(c, (e) => { if (e.kind === 'trigger') walkExpr(e.operand, add(marked)); });
    walkExpr(c, add(all));
  }
  return marked.size ? marked : all;
}

/**
 * Which broadcast lemmas each proof may assume, such that no lemma's proof depends on the
 * lemma itself through any chain of calls and assumed lemmas. Assumptions are granted in a
 * fixed order (ordinary fns first, then lemmas in source order), each only if it closes no
 * cycle; this is what keeps the proofs sound. Separately, lemmas whose proofs mention each
 * other's triggers (so they would rely on each other) are reported as a cycle.
 */
export function broadcastPlan(crate: CheckedCrate, crateLemmas: FnItem[]): BroadcastPlan {
  // the lemmas of `broadcast use` statements in bodies are planned with the crate's, but
  // granted only to the fn whose body names them
  const declOf = new Map(crate.fns.map((f) => [f.qname, f.decl]));
  const inBody = new Map<FnItem, Map<FnItem, Span>>();
  for (const [fn, uses] of crate.bodyBroadcasts ?? []) {
    const f = declOf.get(fn);
    if (!f) continue;
    inBody.set(f, new Map(uses.flatMap((u) => { const l = declOf.get(u.lemma); return l ? [[l, u.span] as const] : []; })));
  }
  const lemmas = [...new Set([...crateLemmas, ...[...inBody.values()].flatMap((m) => [...m.keys()])])];
  const crateWide = new Set(crateLemmas);
  const refusedInBody: BroadcastPlan['refusedInBody'] = [];
  const calls = new Map<FnItem, Set<FnItem>>();
  for (const f of crate.fns) if (f.verified) calls.set(f.decl, callees(f.decl));
  const graph = new Map<FnItem, Set<FnItem>>();
  for (const [f, cs] of calls) graph.set(f, new Set(cs));
  const reaches = (from: FnItem, to: FnItem): boolean => {
    const seen = new Set<FnItem>([from]);
    const todo = [from];
    while (todo.length) {
      const x = todo.pop()!;
      if (x === to) return true;
      for (const y of graph.get(x) ?? []) if (!seen.has(y)) { seen.add(y); todo.push(y); }
    }
    return false;
  };
  const granted = new Map<FnItem, Set<FnItem>>();
  const isLemma = new Set(lemmas);
  // only this crate's proofs are checked here: a dependency's (vstd's, another crate's) are
  // checked with that crate, under its own `broadcast use`, and cannot reach this crate's fns
  const own = new Set(crate.files);
  // (a spec fn's only proof is its termination check, which may use them too, as in Verus)
  const provers = crate.fns.filter((f) => own.has(f.file)).map((f) => f.decl).filter((d) => !!d.body);
  for (const f of [...provers.filter((d) => !isLemma.has(d)), ...provers.filter((d) => isLemma.has(d))]) {
    for (const l of lemmas) {
      const named = inBody.get(f)?.get(l);
      if (!crateWide.has(l) && !named) continue;
      if (l === f || reaches(l, f)) {
        if (named) refusedInBody.push({ fn: f, lemma: l, span: named });
        continue;
      }
      graph.get(f)?.add(l);
      let g = granted.get(f);
      if (!g) granted.set(f, g = new Set());
      g.add(l);
    }
  }
  const assumes = (fn: FnItem, lemma: FnItem): boolean => granted.get(fn)?.has(lemma) ?? false;

  // the cycle report: lemma F relies on lemma M when F's proof (or a fn it calls) applies one of M's triggers
  // (among the crate-wide lemmas, each in force in the others' proofs; a body's `broadcast
  // use` of a lemma that depends on the fn is refused above and reported at the statement)
  const heads = new Map(crateLemmas.map((l) => [l, triggerHeads(l)]));
  const relies = new Map<FnItem, Set<FnItem>>();
  for (const f of crateLemmas) {
    const mentioned = new Set<FnItem>();
    for (const g of callClosure(f, calls)) for (const h of calls.get(g) ?? []) mentioned.add(h);
    relies.set(f, new Set(crateLemmas.filter((m) => m !== f && [...heads.get(m)!].some((h) => mentioned.has(h)))));
  }
  const scc = components(crate, relies);
  return { assumes, cyclic: crateLemmas.filter((l) => scc(l).size > 1), refusedInBody };
}

function components(crate: CheckedCrate, edges: Map<FnItem, Set<FnItem>>): Scc {
  const index = new Map<FnItem, number>();
  const low = new Map<FnItem, number>();
  const onStack = new Set<FnItem>();
  const stack: FnItem[] = [];
  const comp = new Map<FnItem, Set<FnItem>>();
  let counter = 0;
  const strong = (v: FnItem): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) { strong(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c = new Set<FnItem>();
      let w: FnItem;
      do { w = stack.pop()!; onStack.delete(w); c.add(w); } while (w !== v);
      const cyclic = c.size > 1 || (edges.get(v)?.has(v) ?? false);
      for (const x of c) comp.set(x, cyclic ? c : new Set());
    }
  };
  for (const f of crate.fns) if (!index.has(f.decl)) strong(f.decl);
  return (decl) => comp.get(decl) ?? new Set();
}
