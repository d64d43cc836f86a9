/** Messages between the solver pool (main thread) and a solver worker thread. */
import type { BackendKind } from './backend.js';
import type { Query, QueryResult } from './query.js';

export interface WorkerConfig {
  backend: BackendKind;
  timeoutMs: number;
  maxFailures: number;
}

export type ToWorker = { type: 'check'; id: number; query: Query };

export type FromWorker =
  | { type: 'ready'; solverName: string }
  | { type: 'start-failed'; message: string }
  | { type: 'result'; id: number; result: QueryResult };
