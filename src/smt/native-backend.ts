/**
 * The native backend: one long-lived `z3 -in` process per session, fed SMT-LIB over stdin.
 * Each command group ends with an `(echo ...)` sentinel, so a reply is complete when the
 * sentinel line arrives; nothing depends on guessing how many lines an answer spans.
 *
 * Groups may be queued: z3 reads its stdin in order, so a group written while another is
 * being solved starts the moment z3 is done with it, without waiting for this thread to
 * read the reply and answer (see session-lease.ts, which decides what may be queued).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { SolverCrashError, SolverTimeoutError, type SmtBackend, type TimedReply } from './backend.js';
import { isBalanced } from './sexpr.js';

interface Pending {
  commands: string;
  sentinel: string;
  /** Starts from (reset), so it can be written again, alone, to a restarted z3. */
  fresh: boolean;
  guardMs?: number;
  resolve: (r: TimedReply) => void;
  reject: (e: Error) => void;
  /** When z3 began on it: when it reached the head of the queue. */
  startedAt?: number;
  timer?: NodeJS.Timeout;
}

/** `z3 4.8.12 (native)` if a runnable z3 is on PATH (or at `binary`), else undefined. */
export function nativeZ3Name(binary = 'z3'): string | undefined {
  // Asked at start-up and again by the pool: run `z3 --version` once per binary and PATH.
  const key = `${binary}\0${process.env.PATH ?? ''}`;
  if (!probed.has(key)) probed.set(key, probeZ3(binary));
  return probed.get(key);
}
const probed = new Map<string, string | undefined>();

function probeZ3(binary: string): string | undefined {
  try {
    const r = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    if (r.status !== 0 || typeof r.stdout !== 'string') return undefined;
    const m = /version\s+(\d+\.\d+\.\d+)/i.exec(r.stdout);
    return m ? `z3 ${m[1]} (native)` : undefined;
  } catch {
    return undefined;
  }
}

export class NativeZ3Backend implements SmtBackend {
  private proc: ChildProcessWithoutNullStreams | undefined;
  private buffer = '';
  /** Command groups written to z3 and not yet answered, oldest (the one z3 is on) first. */
  private readonly queue: Pending[] = [];
  private idleWaiters: (() => void)[] = [];
  private counter = 0;
  private closed = false;
  /** How many z3 processes this session has started: a new one has none of the old state. */
  processNumber = 0;

  constructor(readonly solverName: string, private readonly binary = 'z3') {}

  /** Throws when no z3 can be run. */
  static create(binary = 'z3'): NativeZ3Backend {
    const name = nativeZ3Name(binary);
    if (!name) throw new Error(`no runnable z3 found (${binary})`);
    return new NativeZ3Backend(name, binary);
  }

  async send(commands: string, guardMs?: number): Promise<string> {
    return (await this.enqueue(commands, guardMs, false)).out;
  }

  /** send(), with the time z3 spent on the group. */
  sendTimed(commands: string, guardMs?: number): Promise<TimedReply> {
    return this.enqueue(commands, guardMs, false);
  }

  /**
   * Queues a command group that begins with (reset), behind whatever z3 is still working on.
   * If z3 is restarted before the group ran (another group hit its guard or crashed it),
   * the group is written again to the new process; `ms` counts only z3's time on it.
   */
  sendFresh(commands: string, guardMs?: number): Promise<TimedReply> {
    return this.enqueue(commands, guardMs, true);
  }

  /** Resolves once every queued group has been answered (or failed). */
  idle(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll(new Error('solver session closed'));
    const proc = this.proc;
    if (!proc) return;
    this.proc = undefined;
    await new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.stdin.end('(exit)\n');
      // A z3 stuck in a check does not read stdin; do not wait for it.
      setTimeout(() => proc.kill('SIGKILL'), 500).unref();
    });
  }

  private enqueue(commands: string, guardMs: number | undefined, fresh: boolean): Promise<TimedReply> {
    if (this.closed) return Promise.reject(new Error('solver session is closed'));
    // Answer as z3 would, rather than let an unclosed command swallow the sentinel.
    if (!isBalanced(commands)) return Promise.resolve({ out: '(error "unbalanced parentheses in the input")\n', ms: 0 });
    return new Promise<TimedReply>((resolve, reject) => {
      const p: Pending = { commands, sentinel: `@@pg-done-${++this.counter}@@`, fresh, resolve, reject, ...(guardMs !== undefined ? { guardMs } : {}) };
      this.queue.push(p);
      this.write(p);
      if (this.queue.length === 1) this.startHead();
    });
  }

  private write(p: Pending): void {
    this.process().stdin.write(`${p.commands}\n(echo "${p.sentinel}")\n`);
  }

  /** The head of the queue is what z3 works on now: its guard runs from here. */
  private startHead(): void {
    const head = this.queue[0];
    if (!head) {
      for (const w of this.idleWaiters.splice(0)) w();
      return;
    }
    head.startedAt = performance.now();
    if (head.guardMs !== undefined) {
      const guardMs = head.guardMs;
      head.timer = setTimeout(() => {
        // Z3 ignored its own :timeout: end the process; what was queued behind runs on a fresh one.
        this.restart(new SolverTimeoutError(`z3 gave no answer within ${guardMs} ms; restarted it`));
      }, guardMs);
    }
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    const proc = spawn(this.binary, ['-in'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.processNumber++;
    this.buffer = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      if (proc !== this.proc) return;
      this.buffer += chunk;
      this.deliver();
    });
    proc.stderr.on('data', () => { /* warnings; answers come on stdout */ });
    proc.stdin.on('error', () => { /* reported through 'exit' */ });
    proc.on('error', (e) => {
      if (proc !== this.proc) return;
      this.proc = undefined;
      this.failAll(new SolverCrashError(`z3 could not run: ${e.message}`));
    });
    proc.on('exit', (code, signal) => {
      if (proc !== this.proc) return;
      this.restart(new SolverCrashError(`z3 exited (${signal ?? `code ${code}`})`));
    });
    this.proc = proc;
    return proc;
  }

  private deliver(): void {
    for (;;) {
      const head = this.queue[0];
      if (!head) return;
      const at = this.buffer.indexOf(head.sentinel + '\n');
      if (at < 0) return;
      const out = this.buffer.slice(0, at);
      this.buffer = this.buffer.slice(at + head.sentinel.length + 1);
      this.queue.shift();
      if (head.timer) clearTimeout(head.timer);
      head.resolve({ out, ms: performance.now() - (head.startedAt ?? performance.now()) });
      this.startHead();
    }
  }

  /**
   * Ends the process and fails the group z3 was on with `headError`. Groups queued behind
   * it that start from (reset) are written again to a new process; others (which relied on
   * the lost state) fail as a crash.
   */
  private restart(headError: Error): void {
    const proc = this.proc;
    this.proc = undefined;
    proc?.kill('SIGKILL');
    const [head, ...rest] = this.queue.splice(0);
    if (head) this.settleFailed(head, headError);
    for (const p of rest) {
      if (p.fresh && !this.closed) {
        this.queue.push(p);
        this.write(p);
      } else {
        this.settleFailed(p, new SolverCrashError('z3 was restarted before these commands ran'));
      }
    }
    this.startHead();
  }

  private failAll(e: Error): void {
    for (const p of this.queue.splice(0)) this.settleFailed(p, e);
    this.startHead();
  }

  private settleFailed(p: Pending, e: Error): void {
    if (p.timer) clearTimeout(p.timer);
    p.reject(e);
  }
}
