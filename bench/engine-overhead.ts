/**
 * The engine's overhead: a full `runProofgate` run (front end, VC generation, encoding,
 * solver plumbing, results) against the time spent inside the solver. The pool is created
 * and closed inside the timed window, as the driver itself would; it is only wrapped to add
 * up QueryResult.solverMs and count solver calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TIMEOUT_MS, runProofgate } from '../src/driver.js';
import { createSolverPool, type SolverPool } from '../src/smt/pool.js';
import type { Query, QueryResult } from '../src/smt/query.js';

export interface RunMeasure {
  wallMs: number;
  solverMs: number;
  solverCalls: number;
  units: number;
  failedUnits: number;
}

class MeasuringPool implements SolverPool {
  solverMs = 0;
  calls = 0;
  constructor(private readonly inner: SolverPool) {}
  get solverName(): string {
    return this.inner.solverName;
  }
  async check(q: Query): Promise<QueryResult> {
    this.calls++;
    const r = await this.inner.check(q);
    this.solverMs += r.solverMs;
    return r;
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

export async function measureRun(paths: string[], opts: { backend: 'native' | 'wasm'; jobs: number; cacheDir: string | null }): Promise<RunMeasure> {
  const start = performance.now();
  const pool = new MeasuringPool(await createSolverPool({ backend: opts.backend, jobs: opts.jobs, timeoutMs: DEFAULT_TIMEOUT_MS, maxFailures: 3 }));
  let results;
  try {
    results = await runProofgate({ paths, mode: 'verify', jobs: opts.jobs, cacheDir: opts.cacheDir, solver: opts.backend, pool });
  } finally {
    await pool.close();
  }
  const wallMs = performance.now() - start;
  const units = results.units;
  return { wallMs, solverMs: pool.solverMs, solverCalls: pool.calls, units: units.length, failedUnits: units.filter((u) => u.status === 'failed').length };
}

/** Cold then warm run over a fresh proof cache. */
export async function measureCache(paths: string[], backend: 'native' | 'wasm'): Promise<{ cold: RunMeasure; warm: RunMeasure }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'proofgate-bench-cache-'));
  try {
    const cold = await measureRun(paths, { backend, jobs: 1, cacheDir: dir });
    const warm = await measureRun(paths, { backend, jobs: 1, cacheDir: dir });
    return { cold, warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
