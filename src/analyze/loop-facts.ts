/**
 * What the analysis knows at each loop head, as plain facts about the function's integer
 * locals: their bounds (where tighter than their types) and the order relations between them. These are only candidates: the verifier proves
 * each one inductive before using it (src/infer), so nothing here has to be exact.
 */
import type { CheckedCrate } from '../check/program.js';
import { intRange, type Type } from '../check/types.js';
import type { IrFunction, IrLocal, IrSpan, IrStmt } from '../ir/types.js';
import { analyzeCrate } from './index.js';
import { joinStates, type State } from './state.js';

/** An integer local, or the length of a sequence local (`v.len()`). */
export interface LoopTerm { local: IrLocal; len: boolean }
export interface LoopBound { term: LoopTerm; lo?: bigint; hi?: bigint }
export interface LoopRelation { left: LoopTerm; rel: '<' | '<='; right: LoopTerm }

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

const USIZE: Type = { k: 'int', kind: 'usize' };

/** The term a state key stands for: an exec integer local of the user's (not a temporary of the lowering), or a Vec's or slice's length. */
function termOf(fn: IrFunction, key: string): LoopTerm | undefined {
  const m = /^(\d+)(#len)?$/.exec(key);
  if (!m) return undefined;
  const l = fn.locals.get(Number(m[1]));
  if (!l || l.mode !== 'exec' || (l.origin !== 'let' && l.origin !== 'param')) return undefined;
  if (m[2]) return isSequence(l.ty) ? { local: l, len: true } : undefined;
  return l.ty.k === 'int' ? { local: l, len: false } : undefined;
}

function isSequence(t: Type): boolean {
  let cur = t;
  while (cur.k === 'ref') cur = cur.inner;
  return (cur.k === 'builtin' && cur.name === 'Vec') || cur.k === 'slice';
}

export function termType(t: LoopTerm): Type {
  return t.len ? USIZE : t.local.ty;
}

/**
 * Bounds and relations at the head. Locals the loop leaves alone count too: the verifier
 * cuts a loop at its invariants, so what `requires` or the code before the loop says about
 * them is not known inside unless it is an invariant.
 */
function factsAt(fn: IrFunction, loop: LoopStmt, head: State): LoopHeadFacts {
  const bounds: LoopBound[] = [];
  for (const [key, v] of head.vals) {
    const term = termOf(fn, key);
    const ty = term && termType(term);
    if (!term || ty?.k !== 'int') continue;
    const range = intRange(ty.kind);
    // a bound no tighter than the type's says nothing the verifier does not know
    const lo = v.lo !== undefined && (!range || v.lo > range.min) ? v.lo : undefined;
    const hi = v.hi !== undefined && (!range || v.hi < range.max) ? v.hi : undefined;
    if (lo !== undefined && hi !== undefined && lo > hi) continue; // an unreachable head
    if (lo === undefined && hi === undefined) continue;
    bounds.push({ term, ...(lo !== undefined ? { lo } : {}), ...(hi !== undefined ? { hi } : {}) });
  }
  const modified = new Set(loop.modifies.map((p) => p.root));
  const relations: LoopRelation[] = [];
  for (const f of head.facts) {
    const m = /^(.*?)(<=|<)(.*)$/.exec(f);
    const left = m && termOf(fn, m[1]!);
    const right = m && termOf(fn, m[3]!);
    if (!left || !right || (!modified.has(left.local.id) && !modified.has(right.local.id))) continue;
    relations.push({ left, rel: m[2] as '<' | '<=', right });
  }
  // what the loop changes first; a bounded number, so a loop among many locals keeps its queries small
  const changed = (t: LoopTerm) => modified.has(t.local.id);
  bounds.sort((a, b) => Number(changed(b.term)) - Number(changed(a.term)));
  return { headSpan: loop.headSpan, bounds: bounds.slice(0, MAX_BOUNDS), relations: relations.slice(0, MAX_RELATIONS) };
}

const MAX_BOUNDS = 16;
const MAX_RELATIONS = 16;
