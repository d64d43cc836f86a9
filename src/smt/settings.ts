/**
 * Solver settings, close to Verus's: no MBQI, quantifiers instantiated by their triggers
 * (e-matching), models on, and a per-query time budget.
 *
 * Two choices differ from Verus, because we must get the same answers from Debian's native
 * Z3 4.8.12 and the WASM Z3 5.1 (measured on corpus/verify and the shared cases, see
 * __tests__/smt/agreement.test.ts):
 * - `smt.arith.solver 6` (the lra solver), not 2, when nonlinear arithmetic is off: then
 *   5.1's legacy solver 2 gives up ("incomplete (theory arithmetic)") on any query that
 *   mentions a product of variables, even when the products only need linear reasoning as
 *   opaque terms (`sq(x) == x*x`, `x*x >= 0` |- `sq(x) >= 0`). Solver 6 treats them as
 *   such on both versions; 4.8.12 gives the same statuses on the whole corpus with 2 and 6.
 *   `by (nonlinear_arith)` queries (nl on) keep solver 2: 4.8.12's solver 6 gives up on
 *   hard ones ("incomplete") where 2 searches until the budget ends, as 5.1 does.
 * - pattern inference on (`pi.enabled true`): 4.8.12 does not know the option and always
 *   infers patterns, so turning it off only on 5.1 leaves any quantifier the encoder emits
 *   without `:pattern` (e.g. the `exists` in a `choose` axiom) never instantiated there.
 */
import type { Query } from './query.js';

/** Settings every Z3 we support accepts; an error here makes the query unknown. */
export function coreSettings(logic: Query['logic'], timeoutMs: number, rlimit = 0): string {
  const lines = [
    '(set-option :print-success false)',
    '(set-option :produce-models true)',
    '(set-option :auto_config false)',
    '(set-option :smt.mbqi false)',
    '(set-option :smt.case_split 3)',
    '(set-option :smt.qi.eager_threshold 100.0)',
    '(set-option :smt.delay_units true)',
  ];
  if (logic !== 'QF_BV') {
    // Verus keeps nonlinear arithmetic off except in `by (nonlinear_arith)` queries.
    const nonlinear = logic === 'QF_NIA';
    lines.push(`(set-option :smt.arith.solver ${nonlinear ? 2 : 6})`);
    lines.push(`(set-option :smt.arith.nl ${nonlinear})`);
  }
  lines.push(`(set-option :timeout ${Math.max(1, Math.round(timeoutMs))})`);
  // always set, so a limit set for an earlier query on the session cannot carry over (0 = none)
  lines.push(`(set-option :rlimit ${Math.max(0, Math.round(rlimit))})`);
  if (logic === 'QF_BV') lines.push('(set-logic QF_BV)');
  return lines.join('\n');
}

/**
 * The wall-clock timeout of a query: its own, or the run's; a query with a resource limit
 * gets at least 60 s per 3,000,000 units (a Verus rlimit unit), so on a slow or loaded
 * machine the deterministic limit, not the clock, decides (a unit can take several seconds of
 * CPU; the clock running out is reported as a time limit, not as the rlimit). An unlimited one (`rlimit(infinity)`) keeps
 * the run's timeout as its backstop.
 */
export function wallClockBudget(q: Query, runTimeoutMs: number): number {
  const base = q.timeoutMs ?? runTimeoutMs;
  if (!q.rlimit) return base;
  return Math.max(base, Math.ceil((q.rlimit / 3_000_000) * 60_000));
}

/**
 * Settings newer Z3s know and older ones reject (Debian's 4.8.12 lacks both); errors from
 * these are ignored. They only affect performance and pattern inference, never soundness.
 * `pi.enabled` is a global parameter that survives `(reset)` on 5.1, so it is set to its
 * default explicitly rather than left out: a session's earlier settings cannot leak in.
 */
export function optionalSettings(): string {
  return ['(set-option :pi.enabled true)', '(set-option :rewriter.sort_disjunctions false)'].join('\n');
}
