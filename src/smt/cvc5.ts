/**
 * cvc5 as a second solver: runs standalone query scripts (dump.ts) in `cvc5` processes
 * and reads their answers, the check of all goals together and each goal's alone.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ALL_GOALS_MARK } from './dump.js';

export type Answer = 'sat' | 'unsat' | 'unknown';

export interface Cvc5Answers {
  /** The check of all goals together; undefined when the query has no goals or cvc5 stopped. */
  all?: Answer;
  /** By goal label, the check of that goal alone. */
  byLabel: Map<string, Answer>;
  /** cvc5's first error on the script (a command it rejected), if any. */
  error?: string;
}

/** `cvc5 1.0.3`, or undefined when there is no runnable cvc5 on PATH. */
export function cvc5Name(binary = 'cvc5'): string | undefined {
  try {
    const r = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const m = r.status === 0 && typeof r.stdout === 'string' ? /version\s+(\d+\.\d+\.\d+)/i.exec(r.stdout) : null;
    return m ? `cvc5 ${m[1]}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One cvc5 process that runs scripts one after another, each from `(reset)`: its start-up
 * (tens of milliseconds of CPU, and a fork of this process) is paid once, not per query,
 * which on the corpus's two thousand queries was most of the cross-check's cost. Each
 * check-sat gets `timeoutMs` (cvc5 answers unknown past it); a script that runs past a guard
 * of one budget per check and a margin is stopped with its process (the checks it did not
 * answer stay undecided, never a rejection, which is reported as a disagreement), and so is
 * one cvc5 rejects (it exits on an error). The next script starts a new process. An idle
 * process ends after a moment, so a finished run leaves none behind.
 */
export class Cvc5Session {
  private proc: ChildProcessWithoutNullStreams | undefined;
  private out = '';
  private scripts = 0;
  private pending: { mark: string; proc: ChildProcessWithoutNullStreams; finish: (error?: string) => void } | undefined;
  private idle: NodeJS.Timeout | undefined;

  constructor(private readonly binary = 'cvc5', private readonly idleMs = 500) {}

  run(script: string, checks: number, timeoutMs: number): Promise<Cvc5Answers> {
    if (this.pending) throw new Error('a cvc5 session runs one script at a time');
    clearTimeout(this.idle);
    const proc = this.proc ?? this.start();
    const mark = `pg-end-${++this.scripts}`;
    return new Promise((resolve) => {
      this.out = '';
      let outOfTime = false;
      // (cvc5 does not look at its clock everywhere: bit-blasting a wide product can run on past it)
      const guard = setTimeout(() => { outOfTime = true; this.kill(); }, timeoutMs * (checks + 1) + 2_000);
      this.pending = {
        mark,
        proc,
        finish: (error) => {
          clearTimeout(guard);
          this.pending = undefined;
          const answers = readAnswers(this.out.slice(0, this.out.indexOf(`"${mark}"`) >>> 0));
          if (this.proc) this.idle = setTimeout(() => this.close(), this.idleMs);
          resolve(outOfTime ? answers : error && !answers.error ? { ...answers, error } : answers);
        },
      };
      proc.stdin.write(`(reset)\n(set-option :tlimit-per ${Math.max(1, Math.round(timeoutMs))})\n${script}\n(echo "${mark}")\n`);
    });
  }

  /** Ends the process (a script still running is stopped, its checks undecided). */
  close(): void {
    clearTimeout(this.idle);
    if (this.pending) this.kill();
    else if (this.proc) {
      this.proc.stdin.end();
      this.proc = undefined;
    }
  }

  private start(): ChildProcessWithoutNullStreams {
    const proc = spawn(this.binary, ['--lang', 'smt2', '--incremental'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = proc;
    proc.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (this.pending?.proc !== proc) return; // a stopped process's last words
      this.out += d;
      if (this.out.includes(`"${this.pending.mark}"`)) this.pending.finish();
    });
    proc.stderr.resume();
    const gone = (error: string | undefined): void => {
      if (this.proc === proc) this.proc = undefined;
      if (this.pending?.proc === proc) this.pending.finish(error);
    };
    proc.on('error', (e) => gone(`cannot run cvc5: ${e.message}`));
    proc.on('close', (code, signal) => gone(signal ? `cvc5 stopped (${signal})` : code !== 0 ? `cvc5 exited with status ${code}` : 'cvc5 ended before the script did'));
    proc.stdin.on('error', () => undefined); // a cvc5 that died early closes its input
    return proc;
  }

  private kill(): void {
    const proc = this.proc;
    this.proc = undefined;
    proc?.kill('SIGKILL');
    // (its 'close' comes later, when the script is no longer pending: stopped, it is undecided)
    this.pending?.finish();
  }
}

/** The answers in cvc5's output, each under the echo mark before it. */
export function readAnswers(out: string): Cvc5Answers {
  const answers: Cvc5Answers = { byLabel: new Map() };
  let mark: string | undefined;
  for (const raw of out.split('\n')) {
    const line = raw.trim();
    const echoed = /^"(.*)"$/.exec(line);
    if (echoed) {
      mark = echoed[1];
      continue;
    }
    if (line === 'sat' || line === 'unsat' || line === 'unknown') {
      if (mark === ALL_GOALS_MARK) answers.all = line;
      else if (mark !== undefined) answers.byLabel.set(mark, line);
      mark = undefined;
      continue;
    }
    const err = /^\(error "(.*)"\)$/.exec(line);
    if (err && !answers.error) answers.error = err[1];
  }
  return answers;
}
