/**
 * Times every query on one backend, one session, one query at a time: the solver's cost per
 * function, free of scheduling. `ms` is measured around checkQuery here (sub-millisecond
 * resolution); `solverMs` is the solver layer's own figure (time inside backend.send).
 */
import type { BackendKind, SmtBackend } from '../src/smt/backend.js';
import { checkQuery, DEFAULT_MAX_FAILURES } from '../src/smt/check-goals.js';
import { NativeZ3Backend } from '../src/smt/native-backend.js';
import type { Query } from '../src/smt/query.js';
import { WasmZ3Backend } from '../src/smt/wasm-backend.js';

export interface QueryTiming {
  id: string;
  ms: number;
  solverMs: number;
  /** Goal statuses, to spot backends that disagree. */
  statuses: string;
}

export interface BackendTimings {
  kind: BackendKind;
  solverName: string;
  timings: QueryTiming[];
}

export async function timeBackend(kind: BackendKind, queries: Query[], timeoutMs: number): Promise<BackendTimings> {
  const backend: SmtBackend = kind === 'native' ? NativeZ3Backend.create() : await WasmZ3Backend.create();
  const timings: QueryTiming[] = [];
  try {
    for (const q of queries) {
      const start = performance.now();
      const r = await checkQuery(backend, q, { timeoutMs, maxFailures: DEFAULT_MAX_FAILURES });
      const ms = performance.now() - start;
      timings.push({ id: q.id, ms, solverMs: r.solverMs, statuses: r.goals.map((g) => g.status).join(',') });
    }
  } finally {
    await backend.close();
  }
  return { kind, solverName: backend.solverName, timings };
}
