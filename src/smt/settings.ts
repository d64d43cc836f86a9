/**
 * Solver settings, as Verus sets them: no MBQI, quantifiers instantiated only by their
 * triggers (e-matching), models on, and a per-query time budget.
 */
import type { Query } from './query.js';

/** Settings every Z3 we support accepts; an error here makes the query unknown. */
export function coreSettings(logic: Query['logic'], timeoutMs: number): string {
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
    lines.push(`(set-option :smt.arith.solver ${process.env.PG_H11_AR ?? 2})`); // H11-TEMP
    // Verus keeps nonlinear arithmetic off except in `by (nonlinear_arith)` queries.
    lines.push(`(set-option :smt.arith.nl ${logic === 'QF_NIA' ? 'true' : 'false'})`);
  }
  lines.push(`(set-option :timeout ${Math.max(1, Math.round(timeoutMs))})`);
  if (logic === 'QF_BV') lines.push('(set-logic QF_BV)');
  return lines.join('\n');
}

/**
 * Settings newer Z3s know and older ones reject (Debian's 4.8.12 lacks both); errors from
 * these are ignored. They only affect performance and pattern inference, never soundness.
 */
export function optionalSettings(): string {
  return [`(set-option :pi.enabled ${process.env.PG_H11_PI ?? 'false'})`, // H11-TEMP
 '(set-option :rewriter.sort_disjunctions false)'].join('\n');
}
