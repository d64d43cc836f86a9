/** Strongly connected components of the call graph (for recursion and termination checks). */
import type { CheckedCrate } from '../check/program.js';
import type { Expr, FnItem } from '../syntax/ast.js';
import { walkBlock, walkExpr } from './walk.js';

export type Scc = (decl: FnItem) => ReadonlySet<FnItem>;

function callees(decl: FnItem): Set<FnItem> {
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
