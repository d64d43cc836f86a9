/**
 * The real queries the benches run: the pipeline's own obligations (front end + generateVcs)
 * for the shared acceptance cases, corpus/verify and model/. Crates with static errors give
 * no queries, exactly as in a `proofgate verify` run.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPaths } from '../src/driver.js';
import type { Query } from '../src/smt/query.js';
import { generateVcs } from '../src/vc/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface QuerySet {
  name: string;
  path: string;
  queries: Query[];
  /** Why some or all of the set's crates gave no queries, if any did not. */
  note?: string;
  /** Load + parse + check (checkPaths), and generateVcs, in this process. */
  frontEndMs: number;
  vcMs: number;
}

/** The default paths: shared cases, corpus/verify, model/ (those that exist). */
export function defaultBenchPaths(): { name: string; path: string }[] {
  return [
    { name: 'shared cases', path: path.join(repoRoot, 'corpus', 'cases') },
    { name: 'corpus/verify', path: path.join(repoRoot, 'corpus', 'verify') },
    { name: 'model', path: path.join(repoRoot, 'model') },
  ].filter((p) => existsSync(p.path));
}

export function collectQueries(name: string, dir: string): QuerySet {
  const start = performance.now();
  const program = checkPaths([dir]);
  const checked = performance.now();
  const queries: Query[] = [];
  for (const crate of program.clean) queries.push(...generateVcs(crate).vcs.map((vc) => vc.query));
  const frontEndMs = checked - start;
  const vcMs = performance.now() - checked;
  const skipped = program.crates.length - program.clean.length;
  const note = skipped > 0 ? `${skipped} of ${program.crates.length} crates have static errors (no queries)` : undefined;
  return { name, path: dir, queries, frontEndMs, vcMs, ...(note ? { note } : {}) };
}
