/**
 * cvc5 as a second solver: runs a standalone query script (dump.ts) in a `cvc5` process
 * and reads its answers, the check of all goals together and each goal's alone.
 */
import { spawn, spawnSync } from 'node:child_process';
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
 * Runs the script; each check-sat gets `timeoutMs` (cvc5 answers unknown past it). The whole
 * run is killed after a guard of one budget per check and a margin.
 */
export function runCvc5(script: string, checks: number, timeoutMs: number, binary = 'cvc5'): Promise<Cvc5Answers> {
  return new Promise((resolve) => {
    const proc = spawn(binary, ['--lang', 'smt2', '--incremental', `--tlimit-per=${Math.max(1, Math.round(timeoutMs))}`], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    // Stopped by this guard, cvc5 ran out of time: the checks it did not answer stay undecided
    // (never a rejection, which is reported as a disagreement).
    let outOfTime = false;
    // (cvc5 does not look at its clock everywhere: bit-blasting a wide product can run on past it)
    const guard = setTimeout(() => { outOfTime = true; proc.kill('SIGKILL'); }, timeoutMs * (checks + 1) + 2_000);
    proc.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    proc.stderr.resume();
    const finish = (error?: string): void => {
      clearTimeout(guard);
      const answers = readAnswers(out);
      resolve(error && !answers.error ? { ...answers, error } : answers);
    };
    proc.on('error', (e) => finish(`cannot run cvc5: ${e.message}`));
    proc.on('close', (code, signal) => finish(outOfTime ? undefined : signal ? `cvc5 stopped (${signal})` : code !== 0 ? `cvc5 exited with status ${code}` : undefined));
    proc.stdin.on('error', () => undefined); // a cvc5 that died early closes its input
    proc.stdin.end(script);
  });
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
