/**
 * The native backend: one long-lived `z3 -in` process per session, fed SMT-LIB over stdin.
 * Each `send` ends with an `(echo ...)` sentinel, so a reply is complete when the sentinel
 * line arrives; nothing depends on guessing how many lines an answer spans.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { SolverCrashError, SolverTimeoutError, type SmtBackend } from './backend.js';
import { isBalanced } from './sexpr.js';

interface Pending {
  sentinel: string;
  resolve: (out: string) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

/** `z3 4.8.12 (native)` if a runnable z3 is on PATH (or at `binary`), else undefined. */
export function nativeZ3Name(binary = 'z3'): string | undefined {
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
  private pending: Pending | undefined;
  private counter = 0;
  private closed = false;

  constructor(readonly solverName: string, private readonly binary = 'z3') {}

  /** Throws when no z3 can be run. */
  static create(binary = 'z3'): NativeZ3Backend {
    const name = nativeZ3Name(binary);
    if (!name) throw new Error(`no runnable z3 found (${binary})`);
    return new NativeZ3Backend(name, binary);
  }

  send(commands: string, guardMs?: number): Promise<string> {
    if (this.closed) return Promise.reject(new Error('solver session is closed'));
    if (this.pending) return Promise.reject(new Error('solver session is busy'));
    // Answer as z3 would, rather than let an unclosed command swallow the sentinel.
    if (!isBalanced(commands)) return Promise.resolve('(error "unbalanced parentheses in the input")\n');
    const proc = this.process();
    const sentinel = `@@pg-done-${++this.counter}@@`;
    return new Promise<string>((resolve, reject) => {
      const pending: Pending = { sentinel, resolve, reject };
      if (guardMs !== undefined) {
        pending.timer = setTimeout(() => {
          // Z3 ignored its own :timeout: end the process; the next send starts a fresh one.
          this.fail(new SolverTimeoutError(`z3 gave no answer within ${guardMs} ms; restarted it`));
          this.kill();
        }, guardMs);
      }
      this.pending = pending;
      proc.stdin.write(`${commands}\n(echo "${sentinel}")\n`);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fail(new Error('solver session closed'));
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

  private process(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    const proc = spawn(this.binary, ['-in'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
      this.fail(new SolverCrashError(`z3 could not run: ${e.message}`));
    });
    proc.on('exit', (code, signal) => {
      if (proc !== this.proc) return;
      this.proc = undefined;
      this.fail(new SolverCrashError(`z3 exited (${signal ?? `code ${code}`})`));
    });
    this.proc = proc;
    return proc;
  }

  private deliver(): void {
    const p = this.pending;
    if (!p) return;
    const at = this.buffer.indexOf(p.sentinel + '\n');
    if (at < 0) return;
    const out = this.buffer.slice(0, at);
    this.buffer = this.buffer.slice(at + p.sentinel.length + 1);
    this.pending = undefined;
    if (p.timer) clearTimeout(p.timer);
    p.resolve(out);
  }

  private fail(e: Error): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    if (p.timer) clearTimeout(p.timer);
    p.reject(e);
  }

  private kill(): void {
    const proc = this.proc;
    this.proc = undefined;
    proc?.kill('SIGKILL');
  }
}
