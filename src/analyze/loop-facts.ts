/**
 * What the analysis knows at each loop head, as plain facts about the function's integer
 * locals: their bounds (where tighter than their types) and the order relations between them. These are only candidates: the verifier proves
 * each one inductive before using it (src/infer), so nothing here has to be exact.
 */
import type { CheckedCrate } from '../check/program.js';
import { intRange } from '../check/types.js';
import type { IrFunction, IrLocal, IrSpan, IrStmt } from '../ir/types.js';
import { analyzeCrate } from './index.js';
import { joinStates, type State } from './state.js';

export interface LoopBound { local: IrLocal; lo?: bigint; hi?: bigint }
export interface LoopRelation { left: IrLocal; rel: '<' | '<='; right: IrLocal }

export interface LoopHeadFacts {
  /** The loop's head span (`while c`, `loop`, `for x in r`): how the loop is found in the source. */
  headSpan: IrSpan;
  bounds: LoopBound[];
  relations: LoopRelation[];
}

export interface LoopFactsOptions {
  functionFilter?: (qname: string) => boolean;
  stateLevel?: number;
}

type LoopStmt = IrStmt & { k: 'loop' };

/** Per function (qualified name), the facts at the heads of its loops (loops with none are left out). */
export function loopHeadFacts(crate: CheckedCrate, opts: LoopFactsOptions = {}): Map<string, LoopHeadFacts[]> {
  const heads = new Map<string, Map<number, { fn: IrFunction; loop: LoopStmt; head: State }>>();
  const result = analyzeCrate(crate, {
    ...(opts.functionFilter ? { functionFilter: opts.functionFilter } : {}),
    stateLevel: opts.stateLevel ?? 8,
    onLoopHead: (fn, loop, head) => {
      const byLoop = heads.get(fn.name) ?? new Map<number, { fn: IrFunction; loop: LoopStmt; head: State }>();
      heads.set(fn.name, byLoop);
      const seen = byLoop.get(loop.id);
      byLoop.set(loop.id, { fn, loop, head: seen ? joinStates(seen.head, head) : head });
    },
  });
  // a function the analysis gave up on has no facts worth trying
  for (const s of result.skipped) heads.delete(s.function);
  const out = new Map<string, LoopHeadFacts[]>();
  for (const [name, byLoop] of heads) {
    const facts = [...byLoop.values()].map(({ fn, loop, head }) => factsAt(fn, loop, head)).filter((f) => f.bounds.length + f.relations.length > 0);
    if (facts.length > 0) out.set(name, facts);
  }
  return out;
}

/** An exec integer local of the user's (not a temporary of the lowering). */
function userIntLocal(fn: IrFunction, id: number): IrLocal | undefined {
  const l = fn.locals.get(id);
  if (!l || l.ty.k !== 'int' || l.mode !== 'exec' || (l.origin !== 'let' && l.origin !== 'param')) return undefined;
  return l;
}

/**
 * Bounds and relations of the user's integer locals at the head. Those the loop leaves alone
 * count too: the verifier cuts a loop at its invariants, so what `requires` or the code
 * before the loop says about them is not known inside unless it is an invariant.
 */
function factsAt(fn: IrFunction, loop: LoopStmt, head: State): LoopHeadFacts {
  const bounds: LoopBound[] = [];
  for (const [key, v] of head.vals) {
    if (!/^\d+$/.test(key)) continue;
    const l = userIntLocal(fn, Number(key));
    if (!l || !v || l.ty.k !== 'int') continue;
    const range = intRange(l.ty.kind);
    // a bound no tighter than the type's says nothing the verifier does not know
    const lo = v.lo !== undefined && (!range || v.lo > range.min) ? v.lo : undefined;
    const hi = v.hi !== undefined && (!range || v.hi < range.max) ? v.hi : undefined;
    if (lo !== undefined && hi !== undefined && lo > hi) continue; // an unreachable head
    if (lo === undefined && hi === undefined) continue;
    bounds.push({ local: l, ...(lo !== undefined ? { lo } : {}), ...(hi !== undefined ? { hi } : {}) });
  }
  const relations: LoopRelation[] = [];
  for (const f of head.facts) {
    const m = /^(\d+)(<=|<)(\d+)$/.exec(f);
    if (!m) continue;
    const left = userIntLocal(fn, Number(m[1]));
    const right = userIntLocal(fn, Number(m[3]));
    if (!left || !right) continue;
    relations.push({ left, rel: m[2] as '<' | '<=', right });
  }
  return { headSpan: loop.headSpan, bounds, relations };
}
