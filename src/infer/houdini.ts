/**
 * The Houdini rounds over one function's inferred candidates: solve the function's queries
 * with every active candidate among its loop invariants; drop each candidate one of whose
 * checks (entry, end of body) was not proved; repeat until none fails. Only that last
 * round's answers are reported, so a candidate that is used is one proved inductive in the
 * same run, and a dropped candidate's failure never reaches the user. Rounds are few: when
 * they run out, every candidate is dropped and the function is checked as the user wrote it.
 */
import type { Diagnostic } from '../report/diagnostic.js';
import type { QueryResult } from '../smt/query.js';
import type { FunctionVc } from '../vc/index.js';
import type { FnInference, InferredCandidate } from './candidates.js';

export const MAX_ROUNDS = 4;
const MAX_ENCODING_TRIES = 6;

export interface GeneratedStep { vcs: FunctionVc[]; diagnostics: Diagnostic[] }

export interface HoudiniOutcome {
  /** The last round: its queries, their answers and its generation diagnostics. */
  step: GeneratedStep;
  results: QueryResult[];
  /** The candidates used (each proved in the last round). */
  kept: InferredCandidate[];
  rounds: number;
}

/**
 * `first` was generated with all candidates installed; `generate` makes the function's
 * queries again from the tree (with what is installed now); `answer` solves one query.
 */
export async function houdini(
  inf: FnInference, first: GeneratedStep, generate: () => GeneratedStep, answer: (vc: FunctionVc) => Promise<QueryResult>,
): Promise<HoudiniOutcome> {
  let step = first;
  try {
    step = encodable(inf, step, generate);
    for (let round = 1; ; round++) {
      const results = await Promise.all(step.vcs.map(answer));
      if (inf.active.size === 0) return { step, results, kept: [], rounds: round };
      const { unproved, checked } = candidateChecks(inf, step.vcs, results);
      // listed as used: those checked here (a shard may hold only a function's other queries)
      if (unproved.size === 0) return { step, results, kept: inf.candidates.filter((c) => inf.active.has(c) && checked.has(c)), rounds: round };
      for (const c of unproved) inf.active.delete(c);
      step = encodable(inf, regenerate(inf, generate, round + 1 >= MAX_ROUNDS), generate);
    }
  } finally {
    inf.uninstall();
  }
}

function regenerate(inf: FnInference, generate: () => GeneratedStep, dropAll: boolean): GeneratedStep {
  if (dropAll) inf.active.clear();
  inf.install();
  return generate();
}

/**
 * A candidate the encoding cannot take (a local out of scope at the loop, say) must not cost
 * the function its check: the candidates it names are dropped (a few times at most), and on
 * any other encoding failure all of them.
 */
function encodable(inf: FnInference, first: GeneratedStep, generate: () => GeneratedStep): GeneratedStep {
  let step = first;
  for (let tries = 0; inf.active.size > 0; tries++) {
    const failures = step.diagnostics.filter((d) => d.kind === 'unsupported' || d.kind === 'internal');
    if (failures.length === 0) return step;
    const culprits = failures.map((d) => inf.candidateAt(d.span)).filter((c): c is InferredCandidate => !!c && inf.active.has(c));
    for (const c of culprits) inf.active.delete(c);
    step = regenerate(inf, generate, culprits.length < failures.length || tries >= MAX_ENCODING_TRIES);
  }
  return step;
}

/** Candidates with a check that is not proved (failed, unknown, timed out, or skipped), and those with any check here. */
function candidateChecks(inf: FnInference, vcs: FunctionVc[], results: QueryResult[]): { unproved: Set<InferredCandidate>; checked: Set<InferredCandidate> } {
  const unproved = new Set<InferredCandidate>();
  const checked = new Set<InferredCandidate>();
  vcs.forEach((vc, i) => {
    const r = results[i];
    const status = new Map((r?.goals ?? []).map((g) => [g.label, g.status]));
    for (const ob of vc.obligations.values()) {
      const c = inf.candidateOf(ob);
      if (!c || !inf.active.has(c)) continue;
      checked.add(c);
      if (status.get(ob.label) !== 'proved') unproved.add(c);
    }
  });
  return { unproved, checked };
}
