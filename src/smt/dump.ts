/**
 * `--dump-smt DIR`: each query as a standalone SMT-LIB2 script holding the commands the
 * engine sends for it (check-goals.ts): the settings, the prelude, each goal under its
 * label, then the engine's first check, all goals together (`unsat`: every goal proved),
 * and then each goal alone, as the engine re-checks a goal (`unsat`: proved; `sat`: it
 * fails). A third party re-checks a proof with any SMT-LIB solver: `z3 DIR/f.smt2`, or
 * `cvc5 --incremental DIR/f.smt2`. Left out: the settings only newer z3s know (which
 * Debian's z3 4.8.12 rejects; they tune pattern inference and never decide soundness) and
 * `(get-info :reason-unknown)` after each check (an error on solvers when the answer is
 * not unknown). The z3 options in the settings are answered `unsupported` by other
 * solvers, as SMT-LIB provides.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failureCheck, labelledGoals } from './check-goals.js';
import type { Query } from './query.js';
import { coreSettings, wallClockBudget } from './settings.js';

/** The echo that precedes the check of all goals together. */
export const ALL_GOALS_MARK = 'all goals';

/**
 * `eachAlone: false` stops after the check of all goals together (enough when it is unsat).
 * `defined: true` gives each of the query's axiom-defined functions as a `define-fun` and
 * leaves out its axioms (see Query.definitions): the same question, with fewer quantifiers.
 */
export function standaloneScript(q: Query, timeoutMs: number, { eachAlone = true, defined = false } = {}): string {
  const prelude = defined ? withDefinitions(q) : q.prelude;
  const out = [`; proofgate query for ${q.id}`, coreSettings(q.logic, wallClockBudget(q, timeoutMs), q.rlimit), prelude, labelledGoals(q)];
  if (q.goals.length > 0) out.push(`(echo "${ALL_GOALS_MARK}")`, failureCheck(q.goals.map((_, i) => i)), '(pop 1)');
  if (eachAlone) q.goals.forEach((g, i) => out.push(`(echo "${g.label}")`, failureCheck([i]), '(pop 1)'));
  return out.join('\n') + '\n';
}

/** The prelude with each axiom-defined function's declaration made its definition, and its axioms left out. */
function withDefinitions(q: Query): string {
  if (!q.definitions?.length) return q.prelude;
  const replace = new Map<string, string | undefined>();
  for (const d of q.definitions) {
    replace.set(d.declare, d.define);
    for (const a of d.axioms) replace.set(a, undefined);
  }
  return q.prelude.split('\n').flatMap((line) => {
    if (!replace.has(line)) return [line];
    const to = replace.get(line);
    return to === undefined ? [] : [to];
  }).join('\n');
}

/** A file name for a query id: `crate::m::f` -> `crate.m.f.smt2`, unique within one dump. */
export function dumpFileName(id: string, taken: Set<string>): string {
  const base = id.replace(/::/g, '.').replace(/[^A-Za-z0-9._-]/g, '_');
  let name = `${base}.smt2`;
  for (let i = 2; taken.has(name); i++) name = `${base}.${i}.smt2`;
  taken.add(name);
  return name;
}

/** `taken`: file names already written by this dump, when it is written in several calls. */
export function dumpQueries(dir: string, queries: Query[], timeoutMs: number, taken = new Set<string>()): void {
  mkdirSync(dir, { recursive: true });
  for (const q of queries) writeFileSync(join(dir, dumpFileName(q.id, taken)), standaloneScript(q, timeoutMs));
}
