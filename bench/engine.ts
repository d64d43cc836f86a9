/**
 * Solver-engine benchmark.
 *
 *   npx tsx bench/engine.ts              real queries: shared cases, corpus/verify, model/
 *   npx tsx bench/engine.ts --builtin    the solver layer's hand-written queries (benchSolvers)
 *   options: --no-wasm, --timeout <ms>
 *
 * Prints per backend the median and p95 solver time per function (query) and totals, the
 * WASM/native ratio on the same queries, the engine overhead (wall time of a full
 * runProofgate run, native z3, jobs=1, no cache / time inside the solver: in a fresh
 * process running bundled code as the CLI does, then cold and warm in this one), and cold
 * vs warm proof-cache runs.
 */
import { fileURLToPath } from 'node:url';
import type { SmtBackend } from '../src/smt/backend.js';
import { checkQuery, DEFAULT_MAX_FAILURES } from '../src/smt/check-goals.js';
import { NativeZ3Backend, nativeZ3Name } from '../src/smt/native-backend.js';
import type { Query } from '../src/smt/query.js';
import { WasmZ3Backend } from '../src/smt/wasm-backend.js';
import { builtInQueries, pigeonholeQuery } from '../__tests__/smt/queries.js';
import { measureCache, measureRun, type RunMeasure } from './engine-overhead.js';
import { measureFreshProcess } from './overhead-process.js';
import { collectQueries, defaultBenchPaths, type QuerySet } from './real-queries.js';
import { timeBackend, type BackendTimings } from './solver-times.js';
import { fmtMs, geoMean, percentile as nearestRank, sum } from './stats.js';

export interface BenchRow {
  query: string;
  backend: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Goal statuses of the last run, to spot backends that disagree. */
  statuses: string;
}

export interface BenchOptions {
  runs?: number;
  timeoutMs?: number;
  backends?: ('native' | 'wasm')[];
  log?: (line: string) => void;
}

export async function benchSolvers(queries: Query[], opts: BenchOptions = {}): Promise<BenchRow[]> {
  const runs = opts.runs ?? 5;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const log = opts.log ?? ((l: string) => console.log(l));
  const kinds = opts.backends ?? (nativeZ3Name() ? ['native', 'wasm'] : ['wasm']);
  const rows: BenchRow[] = [];
  for (const kind of kinds) {
    const backend: SmtBackend = kind === 'native' ? NativeZ3Backend.create() : await WasmZ3Backend.create();
    try {
      for (const q of queries) {
        const times: number[] = [];
        let statuses = '';
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          const r = await checkQuery(backend, q, { timeoutMs, maxFailures: DEFAULT_MAX_FAILURES });
          times.push(performance.now() - start);
          statuses = r.goals.map((g) => g.status).join(',');
        }
        rows.push({ query: q.id, backend: backend.solverName, runs, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), statuses });
      }
    } finally {
      await backend.close();
    }
  }
  printTable(rows, log);
  return rows;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return Math.round((sorted[at] ?? 0) * 10) / 10;
}

function printTable(rows: BenchRow[], log: (line: string) => void): void {
  const backends = [...new Set(rows.map((r) => r.backend))];
  const queries = [...new Set(rows.map((r) => r.query))];
  const nativeName = backends.find((b) => b.includes('native'));
  const wasmName = backends.find((b) => b.includes('wasm'));
  const pad = (s: string, n: number) => s.padEnd(n);
  log(`${pad('query', 16)} ${backends.map((b) => pad(`${b} median/p95 ms`, 34)).join(' ')}${nativeName && wasmName ? ' wasm/native' : ''}`);
  const ratios: number[] = [];
  for (const q of queries) {
    const cells = backends.map((b) => {
      const r = rows.find((x) => x.query === q && x.backend === b)!;
      return pad(`${r.medianMs} / ${r.p95Ms}  [${r.statuses}]`, 34);
    });
    let ratio = '';
    if (nativeName && wasmName) {
      const n = rows.find((x) => x.query === q && x.backend === nativeName)!;
      const w = rows.find((x) => x.query === q && x.backend === wasmName)!;
      if (n.medianMs > 0) {
        ratios.push(w.medianMs / n.medianMs);
        ratio = ` ${(w.medianMs / n.medianMs).toFixed(1)}x`;
      }
      if (n.statuses !== w.statuses) ratio += ' (answers differ)';
    }
    log(`${pad(q, 16)} ${cells.join(' ')}${ratio}`);
  }
  if (ratios.length > 0) {
    const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
    log(`wasm/native geometric mean over ${ratios.length} queries: ${geo.toFixed(1)}x`);
  }
}

/** The real-query bench: prints the figures described at the top of this file. */
export async function benchRealQueries(opts: { wasm?: boolean; timeoutMs?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const native = nativeZ3Name();
  const paths = defaultBenchPaths();

  if (native) {
    // First as a CLI run is: a fresh process running bundled JavaScript, JIT-cold.
    const fresh = await measureFreshProcess(paths.map((p) => p.path));
    log(overheadLine('engine overhead (native, jobs=1, no cache, fresh bundled process)', fresh));
    // Then in this process: first run pays for tsx compiling the sources, the second is warm.
    const cold = await measureRun(paths.map((p) => p.path), { backend: 'native', jobs: 1, cacheDir: null });
    log(overheadLine('engine overhead (native, jobs=1, no cache, cold JIT, tsx)', cold));
    const warm = await measureRun(paths.map((p) => p.path), { backend: 'native', jobs: 1, cacheDir: null });
    log(overheadLine('engine overhead (native, jobs=1, no cache, warm JIT)', warm));
    const cache = await measureCache(paths.map((p) => p.path), 'native');
    log(`proof cache (native, jobs=1): cold ${fmtMs(cache.cold.wallMs)} with ${cache.cold.solverCalls} solver calls; ` +
      `warm ${fmtMs(cache.warm.wallMs)} with ${cache.warm.solverCalls} solver calls (${cache.warm.units} units)`);
  } else {
    log('engine overhead: skipped (no native z3 on PATH)');
  }

  const sets: QuerySet[] = [];
  for (const p of paths) {
    const set = collectQueries(p.name, p.path);
    sets.push(set);
    const chars = sum(set.queries.map((q) => q.prelude.length + sum(q.goals.map((g) => g.term.length))));
    log(`${set.name}: ${set.queries.length} queries, ${Math.round(chars / 1024)} KiB of SMT-LIB; front end ${fmtMs(set.frontEndMs)}, ` +
      `VC generation ${fmtMs(set.vcMs)} (warm JIT)${set.note ? `; ${set.note}` : ''}`);
  }
  const queries = sets.flatMap((s) => s.queries);
  const kinds: ('native' | 'wasm')[] = [...(native ? ['native' as const] : []), ...(opts.wasm === false ? [] : ['wasm' as const])];
  const byKind = new Map<string, BackendTimings>();
  for (const kind of kinds) {
    const t = await timeBackend(kind, queries, timeoutMs);
    byKind.set(kind, t);
    let from = 0;
    for (const set of sets) {
      log(backendLine(`${kind} [${set.name}]`, t, from, set.queries.length));
      from += set.queries.length;
    }
    log(backendLine(kind, t, 0, queries.length));
  }
  const n = byKind.get('native');
  const w = byKind.get('wasm');
  if (n && w) log(ratioLine(n, w));
}

function backendLine(label: string, t: BackendTimings, from: number, count: number): string {
  const ms = t.timings.slice(from, from + count).map((x) => x.ms);
  const open = t.timings.slice(from, from + count).filter((x) => /timeout|unknown/.test(x.statuses)).length;
  return `${label}: ${ms.length} queries, median ${fmtMs(nearestRank(ms, 0.5))}, p95 ${fmtMs(nearestRank(ms, 0.95))}, ` +
    `max ${fmtMs(Math.max(0, ...ms))}, total ${fmtMs(sum(ms))}${open > 0 ? ` (${open} with timeout/unknown goals)` : ''}`;
}

function ratioLine(n: BackendTimings, w: BackendTimings): string {
  // Sub-0.1 ms answers are floored so a rounding-size native time does not dominate the mean.
  const ratios = n.timings.map((x, i) => Math.max(w.timings[i]!.ms, 0.1) / Math.max(x.ms, 0.1));
  const total = sum(w.timings.map((x) => x.ms)) / sum(n.timings.map((x) => x.ms));
  const differ = n.timings.flatMap((x, i) => (x.statuses === w.timings[i]!.statuses ? [] : [`  ${x.id}: native [${x.statuses}] wasm [${w.timings[i]!.statuses}]`]));
  return `wasm/native ratio: ${geoMean(ratios).toFixed(1)}x (geo-mean per query), ${total.toFixed(1)}x total` +
    `${differ.length > 0 ? `; ${differ.length} queries answered differently:\n${differ.join('\n')}` : ''}`;
}

function overheadLine(label: string, m: RunMeasure): string {
  // solverMs runs from z3 starting on a command group to its reply reaching us, so it also
  // counts replies waiting for our event loop and z3 waiting for a core. z3's own CPU time,
  // from the kernel, counts neither; it is the figure to hold against the goal.
  const byCpu = m.z3CpuMs ? `; by z3 CPU time ${(m.wallMs / m.z3CpuMs).toFixed(2)} (z3 CPU ${fmtMs(m.z3CpuMs)}, ours ${fmtMs(m.ownCpuMs)})` : '';
  return `${label}: ${(m.wallMs / m.solverMs).toFixed(2)} (wall ${fmtMs(m.wallMs)} / solver ${fmtMs(m.solverMs)}${byCpu}; ` +
    `${m.solverCalls} solver calls, ${m.units} units, ${m.failedUnits} failed)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const timeoutAt = args.indexOf('--timeout');
  const timeoutMs = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) : 10_000;
  if (args.includes('--builtin')) await benchSolvers([...builtInQueries, pigeonholeQuery(7, 10_000)], { runs: 5, timeoutMs });
  else await benchRealQueries({ wasm: !args.includes('--no-wasm'), timeoutMs });
  process.exit(0); // Emscripten's solver thread would otherwise linger (Z3-NOTES)
}
