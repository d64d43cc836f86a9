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
import { SharedSession } from './session-lease.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';

export interface SolverPoolOptions {
  backend: 'auto' | 'wasm' | 'native';
  jobs: number;
  timeoutMs: number;
  maxFailures: number;
  /**
   * Native z3: how many queries one session may hold at once, queued in z3's input (see
   * session-lease.ts). Default: unbounded with one session, which then never waits for
   * this thread while there is work; 2 with several, enough to hide the reply's round
   * trip while the shared queue keeps the sessions evenly loaded.
   */
  pipelineDepth?: number;
}

export interface SolverPool {
  /** E.g. `z3 4.8.12 (native)` or `z3 5.1.0 (wasm)`. */
  readonly solverName: string;
  check(q: Query): Promise<QueryResult>;
  /** Ends every session; afterwards nothing of the pool keeps the process alive. */
  close(): Promise<void>;
}

/** One solver session, running up to `depth` queries at once. */
interface Slot {
  readonly depth: number;
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
    const depth = Math.max(1, Math.floor(opts.pipelineDepth ?? (jobs === 1 ? Infinity : 2)));
    const slots = Array.from({ length: jobs }, () => new NativeSlot(native, config, depth));
    return new Pool(native, slots);
  }
  // Workers start on first use (each is ~1 s of WASM start-up): a run with fewer queries
  // than jobs never pays for the rest. The first starts now, to name the solver or fail.
  const slots = Array.from({ length: jobs }, () => new WorkerSlot(config));
  let name: string;
  try {
    name = await slots[0]!.start();
  } catch (e) {
    await slots[0]!.close();
    throw e;
  }
  return new Pool(name, slots);
}

class Pool implements SolverPool {
  /** Queries running in each slot. */
  private readonly running: number[];
  private readonly queue: { q: Query; resolve: (r: QueryResult) => void }[] = [];
  private closed = false;
  /** The most sessions ever busy at once (a pool of N that never reaches N serialises). */
  peakBusy = 0;
  /** The most queries ever running in one session at once (native pipelining). */
  peakRunning = 0;

  constructor(readonly solverName: string, private readonly slots: Slot[]) {
    this.running = slots.map(() => 0);
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
    while (this.queue.length > 0) {
      // The least loaded slot with room.
      let k = -1;
      for (let i = 0; i < this.slots.length; i++) {
        if (this.running[i]! < this.slots[i]!.depth && (k < 0 || this.running[i]! < this.running[k]!)) k = i;
      }
      if (k < 0) return;
      const job = this.queue.shift()!;
      this.running[k]!++;
      this.peakRunning = Math.max(this.peakRunning, this.running[k]!);
      this.peakBusy = Math.max(this.peakBusy, this.running.filter((n) => n > 0).length);
      void this.slots[k]!.run(job.q).then((result) => {
        job.resolve(result);
        this.running[k]!--;
        if (!this.closed) this.dispatch();
      });
    }
  }
}

/** A `z3 -in` session in this thread, shared by up to `depth` queries (session-lease.ts). */
class NativeSlot implements Slot {
  private readonly backend: NativeZ3Backend;
  private readonly session: SharedSession;

  constructor(solverName: string, private readonly config: WorkerConfig, readonly depth: number) {
    this.backend = new NativeZ3Backend(solverName);
    this.session = new SharedSession(this.backend);
  }

  async run(q: Query): Promise<QueryResult> {
    try {
      return await checkQuery(this.backend, q, this.config, this.session.lease());
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
  /** One check at a time per WASM instance (Z3-NOTES). */
  readonly depth = 1;
  /** Resolves with the solver name once the current worker is ready; none before first use. */
  private ready: Promise<string> | undefined;
  private worker: Worker | undefined;
  private nextId = 0;
  private running: { id: number; q: Query; resolve: (r: QueryResult) => void } | undefined;
  private closing = false;

  constructor(private readonly config: WorkerConfig) {}

  /** Starts the worker if it is not running; resolves with the solver name. */
  start(): Promise<string> {
    return (this.ready ??= this.spawn());
  }

  async run(q: Query): Promise<QueryResult> {
    try {
      await this.start();
    } catch (e) {
      return unchecked(q, `solver worker could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new Promise((resolve) => {
      const id = ++this.nextId;
      this.running = { id, q, resolve };
      this.worker!.postMessage({ type: 'check', id, query: q } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.ready?.catch(() => undefined);
    // Terminating the thread also ends the WASM instance's own pthread workers.
    await this.worker?.terminate();
  }

  crashForTesting(): void {
    void this.worker?.terminate();
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
