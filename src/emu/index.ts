/**
 * The emulator's entry points: run a crate's #[test] fns, or call one function on
 * concrete values (for harnesses and tests).
 */
import { performance } from 'node:perf_hooks';
import type { CheckedCrate } from '../check/program.js';
import type { FnItem } from '../syntax/ast.js';
import { CrateIndex } from './crate-index.js';
import { NotEvaluable, RuntimeError, Unsupported } from './errors.js';
import { DEFAULT_STEP_LIMIT, Interpreter } from './interp.js';
import { drawer, laterPlans, type SamplePlan } from './sampling.js';
import type { Value } from './value.js';

export type { Value } from './value.js';
export { RuntimeError } from './errors.js';

export interface TestOutcome {
  /** Qualified name, e.g. 'model::tests::attack_remap'. */
  name: string;
  status: 'passed' | 'failed';
  /** Why it failed, e.g. 'assertion failed at model/tests.rs:40:5'. */
  message?: string;
  ms: number;
  /** Asserts and requires clauses met but not evaluable on concrete values (quantifiers, ghost state). */
  unchecked?: number;
  /** An interval harness (inputs from `proofgate::interval`): how many samples of its inputs ran. */
  samples?: number;
}

export interface RunOptions {
  /** Only tests whose qualified name contains this text (as `cargo test FILTER`). */
  filter?: string;
  /** Interpreter steps per test before it fails with "step limit exceeded". */
  stepLimit?: number;
}

export function runTests(crate: CheckedCrate, opts: RunOptions = {}): TestOutcome[] {
  const index = new CrateIndex(crate);
  const tests = crate.fns
    .filter((f) => isTest(f.decl) && (!opts.filter || f.qname.includes(opts.filter)))
    .sort((a, b) => (a.qname < b.qname ? -1 : a.qname > b.qname ? 1 : 0));
  return tests.map((t) => runOne(index, t.qname, t.decl, opts.stepLimit ?? DEFAULT_STEP_LIMIT));
}

function isTest(decl: FnItem): boolean {
  return decl.flags.test || decl.attrs.some((a) => a.name === 'test');
}

function runOne(index: CrateIndex, name: string, decl: FnItem, stepLimit: number): TestOutcome {
  const start = performance.now();
  const done = (r: { status: 'passed' | 'failed'; message?: string; unchecked: number }, samples?: number): TestOutcome => ({
    name, status: r.status, ms: Math.round(performance.now() - start), unchecked: r.unchecked,
    ...(r.message !== undefined ? { message: r.message } : {}), ...(samples !== undefined ? { samples } : {}),
  });
  const first = runSample(index, decl, stepLimit, { k: 'lo' });
  if (first.drawn.length === 0) return done(first);
  // an interval harness: the same test on more samples of its inputs, stopping at the first failure
  const plans = laterPlans(name);
  let unchecked = first.unchecked;
  for (const [i, r] of [first, ...plans.map((p) => runSample(index, decl, stepLimit, p))].entries()) {
    if (i > 0) unchecked = Math.max(unchecked, r.unchecked);
    if (r.status === 'failed') return done({ ...r, message: `${r.message} (interval inputs: ${r.drawn.join(', ')})` }, i + 1);
  }
  return done({ status: 'passed', unchecked }, plans.length + 1);
}

interface SampleRun { status: 'passed' | 'failed'; message?: string; unchecked: number; drawn: bigint[] }

function runSample(index: CrateIndex, decl: FnItem, stepLimit: number, plan: SamplePlan): SampleRun {
  const interp = new Interpreter(index, stepLimit);
  interp.draw = drawer(plan);
  const shouldPanic = decl.attrs.find((a) => a.name === 'should_panic');
  const done = (status: 'passed' | 'failed', message?: string): SampleRun => ({
    status, unchecked: interp.unchecked, drawn: interp.drawn, ...(message !== undefined ? { message } : {}),
  });
  let panic: string | undefined;
  try {
    interp.callFn(decl, [], decl.span, false);
  } catch (e) {
    if (e instanceof RuntimeError) panic = e.message;
    else return done('failed', failureText(e));
  }
  if (!shouldPanic) return panic === undefined ? done('passed') : done('failed', panic);
  if (panic === undefined) return done('failed', 'test did not panic as expected');
  const expected = /expected\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(shouldPanic.args)?.[1];
  if (expected !== undefined && !panic.includes(expected)) {
    return done('failed', `panic did not contain expected string "${expected}": ${panic}`);
  }
  return done('passed');
}

/** Text for anything other than a panic of the program. */
function failureText(e: unknown): string {
  if (e instanceof Unsupported) return e.message;
  if (e instanceof NotEvaluable) return `emulator cannot evaluate: ${e.reason}`;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'stack overflow (emulator recursion limit)';
  return `internal emulator error: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * Calls the function `qname` with `args` (build `&mut` arguments with refTo(new Cell(v))).
 * Throws RuntimeError when the program panics; other errors mean the emulator could not run it.
 */
export function callFunction(crate: CheckedCrate, qname: string, args: Value[], opts: { stepLimit?: number } = {}): Value {
  const index = new CrateIndex(crate);
  const info = index.fnByQname.get(qname);
  if (!info) throw new Error(`no function named ${qname} in crate ${crate.name}`);
  return new Interpreter(index, opts.stepLimit ?? DEFAULT_STEP_LIMIT).callFn(info.decl, args, undefined, false);
}
