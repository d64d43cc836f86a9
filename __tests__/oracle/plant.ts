/**
 * Planted verifier bugs for the oracle's tests: each rewrites a function's VC before it is
 * solved (RunOptions.plantFault) the way a real bug of the engine would, so the oracle is
 * shown to catch it. Goals are dropped by the kind of obligation they check; a dropped goal
 * is one the broken verifier never asks the solver about, i.e. accepts unproved.
 */
import { readFileSync } from 'node:fs';
import type { DiagnosticKind } from '../../src/report/diagnostic.js';
import type { FunctionVc } from '../../src/vc/index.js';

export type Fault = (vc: FunctionVc) => FunctionVc;

/** Drops the goals whose obligation satisfies `drop`. */
export function dropGoals(drop: (kind: DiagnosticKind, sourceText: string) => boolean): Fault {
  return (vc) => {
    const goals = vc.query.goals.filter((g) => {
      const ob = vc.obligations.get(g.label);
      if (!ob) return true;
      const text = readFileSync(ob.span.file, 'utf8').slice(ob.span.start, ob.span.end);
      return !drop(ob.kind, text);
    });
    return { ...vc, query: { ...vc.query, goals } };
  };
}

export const dropKind = (kind: DiagnosticKind): Fault => dropGoals((k) => k === kind);

/** Issue 9 class 9: `MIN / -1` unchecked (the overflow check of divisions is lost). */
export const divisionOverflowUnchecked: Fault = dropGoals((k, text) => k === 'overflow' && /[/%]/.test(text));

/**
 * Issue 9 class 2's shape: a contradictory assumption (there, `for i in a..=MAX`'s exit
 * condition against i's range) in every function holding an inclusive range loop.
 */
export const contradictoryExit: Fault = (vc) => {
  const text = readFileSync(vc.span.file, 'utf8').slice(vc.span.start, vc.span.end);
  return /\.\.=/.test(text) ? { ...vc, query: { ...vc.query, prelude: `${vc.query.prelude}\n(assert false)` } } : vc;
};
