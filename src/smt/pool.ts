/**
 * The solver pool: `jobs` solver sessions checking queries in parallel.
 *
 * Native: each session is a `z3 -in` child process driven from this thread (the processes
 * already run in parallel). WASM: each session is a worker thread with its own `init()`
 * (Z3-NOTES: one running check per WASM instance); a worker that dies (WASM heap abort) is
 * replaced, and the query it held comes back 'unknown' with the reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackendKind } from './backend.js';
import { checkQuery } from './check-goals.js';
import { NativeZ3Backend, nativeZ3Name } from './native-backend.js';
import type { Query, QueryResult } from './query.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

export interface SolverPoolOptions {
  backend: 'auto' | 'wasm' | 'native';
  jobs: number;
  timeoutMs: number;
  maxFailures: number;
}

export interface SolverPool {
  /** E.g. `z3 4.8.12 (native)` or `z3 5.1.0 (wasm)`. */
  readonly solverName: string;
  check(q: Query): Promise<QueryResult>;
  /** Ends every session; afterwards nothing of the pool keeps the process alive. */
  close(): Promise<void>;
}

/** One solver session that runs one query at a time. */
interface Slot {
  run(q: Query): Promise<QueryResult>;
  close(): Promise<void>;
}

export async function createSolverPool(opts: SolverPoolOptions): Promise<SolverPool> {
  const jobs = Math.max(1, Math.floor(opts.jobs));
  const native = nativeZ3Name();
  const kind: BackendKind = opts.backend === 'auto' ? (native ? 'native' : 'wasm') : opts.backend;
  const config: WorkerConfig = { backend: kind, timeoutMs: opts.timeoutMs, maxFailures: opts.maxFailures };
  if (kind === 'native') {
    if (!native) throw new Error('--solver native: no runnable `z3` on PATH');
    const slots = Array.from({ length: jobs }, () => new NativeSlot(native, config));
    return new Pool(native, slots);
  }
  const slots = Array.from({ length: jobs }, () => new WorkerSlot(config));
  let names: string[];
  try {
    names = await Promise.all(slots.map((s) => s.ready));
  } catch (e) {
    await Promise.all(slots.map((s) => s.close()));
    throw e;
  }
  return new Pool(names[0]!, slots);
}

class Pool implements SolverPool {
  private readonly idle: Slot[];
  private readonly queue: { q: Query; resolve: (r: QueryResult) => void }[] = [];
  private closed = false;
  /** The most sessions ever busy at once (a pool of N that never reaches N serialises). */
  peakBusy = 0;

  constructor(readonly solverName: string, private readonly slots: Slot[]) {
    this.idle = [...slots];
  }

  check(q: Query): Promise<QueryResult> {
    if (this.closed) return Promise.resolve(unchecked(q, 'the solver pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ q, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(unchecked(job.q, 'the solver pool is closed'));
    await Promise.all(this.slots.map((s) => s.close()));
  }

  /** Test hook: ends session `index` abruptly, as a WASM heap abort would. */
  crashSessionForTesting(index: number): void {
    const slot = this.slots[index];
    if (slot instanceof WorkerSlot) slot.crashForTesting();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.peakBusy = Math.max(this.peakBusy, this.slots.length - this.idle.length);
      void slot.run(job.q).then((result) => {
        job.resolve(result);
        if (!this.closed) {
          this.idle.push(slot);
          this.dispatch();
        }
      });
    }
  }
}

/** A `z3 -in` session in this thread. */
class NativeSlot implements Slot {
  private readonly backend: NativeZ3Backend;

  constructor(solverName: string, private readonly config: WorkerConfig) {
    this.backend = new NativeZ3Backend(solverName);
  }

  async run(q: Query): Promise<QueryResult> {
    try {
      return await checkQuery(this.backend, q, this.config);
    } catch (e) {
      return unchecked(q, `solver error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/** A worker thread holding one solver instance; replaced when it dies. */
class WorkerSlot implements Slot {
  /** Resolves with the solver name once the current worker is ready. */
  ready: Promise<string>;
  private worker!: Worker;
  private nextId = 0;
  private running: { id: number; q: Query; resolve: (r: QueryResult) => void } | undefined;
  private closing = false;

  constructor(private readonly config: WorkerConfig) {
    this.ready = this.spawn();
  }

  async run(q: Query): Promise<QueryResult> {
    try {
      await this.ready;
    } catch (e) {
      return unchecked(q, `solver worker could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new Promise((resolve) => {
      const id = ++this.nextId;
      this.running = { id, q, resolve };
      this.worker.postMessage({ type: 'check', id, query: q } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.ready.catch(() => undefined);
    // Terminating the thread also ends the WASM instance's own pthread workers.
    await this.worker.terminate();
  }

  crashForTesting(): void {
    void this.worker.terminate();
  }

  private spawn(): Promise<string> {
    const entry = workerEntry();
    // Options such as --input-type or --eval of the parent would break the worker's start.
    const execArgv = process.execArgv.filter((a) => !/^(--input-type|--eval|-e$|--print|-p$)/.test(a));
    const worker = new Worker(entry.code, { workerData: this.config, eval: entry.eval, execArgv });
    this.worker = worker;
    return new Promise<string>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') resolve(m.solverName);
        else if (m.type === 'start-failed') reject(new Error(m.message));
        else if (m.type === 'result' && this.running?.id === m.id) {
          const job = this.running;
          this.running = undefined;
          job.resolve(m.result);
        }
      });
      const died = (why: string): void => {
        if (worker !== this.worker) return;
        reject(new Error(why));
        const job = this.running;
        this.running = undefined;
        if (this.closing) {
          job?.resolve(unchecked(job.q, 'the solver pool is closed'));
          return;
        }
        job?.resolve(unchecked(job.q, `the solver worker died (${why}); it was restarted`));
        this.ready = this.spawn();
        this.ready.catch(() => undefined);
      };
      worker.on('error', (e) => died(e.message));
      worker.on('exit', (code) => died(`exit code ${code}`));
    });
  }
}

/**
 * Where the worker's code is: beside the bundle in dist/, or else the TypeScript source,
 * which a worker can only load after registering tsx's loader in that thread.
 */
function workerEntry(): { code: string | URL; eval: boolean } {
  const bundled = new URL('./smt-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { code: bundled, eval: false };
  const source = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return { code, eval: true };
}

/** Every goal 'unknown' with a reason: the query was not (fully) checked. */
function unchecked(q: Query, reason: string): QueryResult {
  return { id: q.id, goals: q.goals.map((g) => ({ label: g.label, status: 'unknown', reason })), solverMs: 0, cached: false };
}
