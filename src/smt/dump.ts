/**
 * `--dump-smt DIR`: each query as a standalone SMT-LIB2 script that native z3 runs as is
 * (`z3 DIR/f.smt2`), checking every goal on its own, so the engine's answers can be
 * compared with a plain solver run. Each goal prints its label, then sat/unsat/unknown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Query } from './query.js';
import { coreSettings, optionalSettings, wallClockBudget } from './settings.js';

export function standaloneScript(q: Query, timeoutMs: number): string {
  // The same settings the engine sends; an older z3 prints an error for the optional ones and goes on.
  const out = [`; proofgate query for ${q.id}`, coreSettings(q.logic, wallClockBudget(q, timeoutMs), q.rlimit), optionalSettings(), q.prelude];
  for (const g of q.goals) {
    out.push(`(echo "${g.label}")`, '(push 1)', `(assert (not ${g.term}))`, '(check-sat)', '(pop 1)');
  }
  return out.join('\n') + '\n';
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
