/**
 * Solver-engine benchmark: times each query on each available backend and prints the
 * median and p95 per query and backend, and the WASM/native ratio on the same queries.
 *
 *   npx tsx bench/engine.ts            (built-in query set)
 *
 * Other code (the lead's end-to-end bench) calls benchSolvers() with real queries.
 */
import { fileURLToPath } from 'node:url';
import type { SmtBackend } from '../src/smt/backend.js';
import { checkQuery, DEFAULT_MAX_FAILURES } from '../src/smt/check-goals.js';
import { NativeZ3Backend, nativeZ3Name } from '../src/smt/native-backend.js';
import type { Query } from '../src/smt/query.js';
import { WasmZ3Backend } from '../src/smt/wasm-backend.js';
import { builtInQueries, pigeonholeQuery } from '../__tests__/smt/queries.js';

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchSolvers([...builtInQueries, pigeonholeQuery(7, 10_000)], { runs: 5 });
  process.exit(0); // Emscripten's solver thread would otherwise linger (Z3-NOTES)
}
