/**
 * The engine's overhead: a full `runProofgate` run (front end, VC generation, encoding,
 * solver plumbing, results) against the time spent inside the solver. The pool is created
 * and closed inside the timed window, as the driver itself would; it is only wrapped to add
 * up QueryResult.solverMs and count solver calls.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TIMEOUT_MS, runProofgate } from '../src/driver.js';
import { createSolverPool, type SolverPool } from '../src/smt/pool.js';
import type { Query, QueryResult } from '../src/smt/query.js';

export interface RunMeasure {
  wallMs: number;
  solverMs: number;
  /**
   * CPU time the native z3 processes used, read from the kernel (our reaped children's
   * utime+stime in /proc/self/stat); undefined for WASM or off Linux. Unlike solverMs it
   * does not count time a reply waited for the event loop while the front end ran.
   */
  z3CpuMs?: number;
  /** CPU time of this process (front end, VC generation, plumbing), which runs beside z3's. */
  ownCpuMs: number;
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

/** utime+stime of this process's reaped children, in ms (Linux), or undefined. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}
/** sysconf(_SC_CLK_TCK): 100 on every Linux we run on. */
const CLOCK_TICKS = 100;

export async function measureRun(paths: string[], opts: { backend: 'native' | 'wasm'; jobs: number; cacheDir: string | null }): Promise<RunMeasure> {
  const cpuBefore = childrenCpuMs();
  const ownBefore = process.cpuUsage();
  const start = performance.now();
  const pool = new MeasuringPool(await createSolverPool({ backend: opts.backend, jobs: opts.jobs, timeoutMs: DEFAULT_TIMEOUT_MS, maxFailures: 3 }));
  let results;
  try {
    results = await runProofgate({ paths, mode: 'verify', jobs: opts.jobs, cacheDir: opts.cacheDir, solver: opts.backend, pool });
  } finally {
    await pool.close();
  }
  const wallMs = performance.now() - start;
  const own = process.cpuUsage(ownBefore);
  // close() has ended the z3 processes; give libuv a turn to reap them so their CPU is counted.
  await new Promise((r) => setTimeout(r, 50));
  const cpuAfter = childrenCpuMs();
  const z3CpuMs = opts.backend === 'native' && cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  const units = results.units;
  return { wallMs, solverMs: pool.solverMs, ...(z3CpuMs ? { z3CpuMs } : {}), ownCpuMs: (own.user + own.system) / 1000, solverCalls: pool.calls, units: units.length, failedUnits: units.filter((u) => u.status === 'failed').length };
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
