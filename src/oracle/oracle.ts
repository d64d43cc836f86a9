/**
 * `proofgate check-soundness`: the emulator as an oracle for the verifier. Every function
 * the verifier proves is run on generated inputs that satisfy its `requires`; a panic, a
 * false `ensures` or a broken type invariant on such an input is an unsoundness, reported
 * with the input. Deterministic for a seed; bounded by a time budget.
 */
import { performance } from 'node:perf_hooks';
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { runProofgate, type RunOptions } from '../driver.js';
import { CrateIndex } from '../emu/crate-index.js';
import { Interpreter } from '../emu/interp.js';
import { showValue, type Value } from '../emu/value.js';
import type { FnItem } from '../syntax/ast.js';
import { walkBlock, walkExpr } from '../syntax/walk.js';
import { InputRunner, generatedType, snapshot } from './run-input.js';
import { Rng } from './rng.js';
import { trustedFunctions } from './trust.js';
import { NoGenerator, valueOf, type GenContext } from './values.js';

export interface OracleOptions {
  paths: string[];
  seed: number;
  /** Wall-clock budget for running inputs (verification itself is not counted). */
  budgetMs: number;
  /** Inputs tried per function at most (boundary combinations first, then random). */
  maxInputs?: number;
  /** Interpreter steps per input before it is given up as inconclusive. */
  stepLimit?: number;
  /** Passed to the verification run (solver, pool, cache, fault hook of tests). */
  verify?: Omit<RunOptions, 'paths' | 'mode'>;
  /**
   * Also run the crates' own `external_body` lemmas, as proved ones are (inputs meeting
   * `requires` must meet `ensures`): a test of a trusted base (lib/vstd's, docs/vstd.md).
   */
  trustedLemmas?: boolean;
}

export interface Finding {
  function: string;
  file: string;
  line: number;
  /** The input, as `name = value` pairs. */
  input: string;
  what: string;
}

export interface FunctionReport {
  function: string;
  /** Inputs the function ran on (requires held). */
  inputs: number;
  /** Inputs generated but outside `requires` (or not evaluable against it). */
  excluded: number;
  inconclusive: number;
  /** Why it was not run at all, if it was not. */
  skipped?: string;
}

export interface OracleReport {
  seed: number;
  proved: number;
  functions: FunctionReport[];
  findings: Finding[];
  inputsRun: number;
  ms: number;
}

const DEFAULT_MAX_INPUTS = 1000;
const DEFAULT_STEP_LIMIT = 200_000;
/** Boundary combinations tried before random inputs. */
const BOUNDARY_COMBOS = 800;
/** Values per parameter in its boundary list. */
const BOUNDARY_VALUES = 40;

export async function checkSoundness(opts: OracleOptions): Promise<OracleReport> {
  const clean: CheckedCrate[] = [];
  const results = await runProofgate({ cacheDir: null, ...opts.verify, paths: opts.paths, mode: 'verify', onCleanCrate: (c) => clean.push(c) });
  const failed = new Set(results.diagnostics.filter((d) => d.severity === 'error' && d.function).map((d) => d.function!));
  const proved = new Set(results.units.filter((u) => u.status !== 'failed' && !failed.has(u.function)).map((u) => u.function));
  const started = performance.now();
  const report: OracleReport = { seed: opts.seed, proved: proved.size, functions: [], findings: [], inputsRun: 0, ms: 0 };
  const work: { crate: CheckedCrate; fn: FnInfo; trusted: boolean }[] = [];
  for (const crate of clean) {
    const trusted = trustedFunctions(crate, failed);
    for (const fn of crate.fns) if (proved.has(fn.qname)) work.push({ crate, fn, trusted: trusted.has(fn.decl) });
    if (opts.trustedLemmas) {
      const own = new Set(crate.files);
      for (const fn of crate.fns) if (fn.decl.flags.externalBody && fn.decl.mode === 'proof' && own.has(fn.file)) work.push({ crate, fn, trusted: false });
    }
  }
  for (const [i, { crate, fn, trusted }] of work.entries()) {
    // An equal share of what is left, so one slow function cannot starve the rest.
    const left = opts.budgetMs - (performance.now() - started);
    const share = left / (work.length - i);
    const fr = checkFunction(crate, fn, trusted, opts, share, report.findings);
    report.functions.push(fr);
    report.inputsRun += fr.inputs;
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

function skipReason(fn: FnInfo, trusted: boolean): string | undefined {
  const d = fn.decl;
  if (d.mode === 'spec') return 'spec fn';
  if (trusted) return 'rests on assume, external_body, assume_specification or the contract of a fn that failed';
  if (d.mode === 'proof' && d.ret && !(d.ret.kind === 'tuple' && d.ret.elems.length === 0)) return 'proof fn with a return value';
  if (d.mode === 'proof' && d.params.some((p) => p.tracked || p.ty.kind === 'ref')) return 'proof fn with tracked or reference parameters';
  if (d.mode === 'proof' && d.ensures.length === 0) return 'proof fn without ensures';
  return undefined;
}

function checkFunction(crate: CheckedCrate, fn: FnInfo, trusted: boolean, opts: OracleOptions, budgetMs: number, findings: Finding[]): FunctionReport {
  const fr: FunctionReport = { function: fn.qname, inputs: 0, excluded: 0, inconclusive: 0 };
  const skip = skipReason(fn, trusted);
  if (skip) return { ...fr, skipped: skip };
  const start = performance.now();
  const interp = new Interpreter(new CrateIndex(crate), opts.stepLimit ?? DEFAULT_STEP_LIMIT);
  interp.checkLoopInvariants = true;
  const runner = new InputRunner(interp, crate);
  const g: GenContext = { crate, rng: Rng.forName(opts.seed, fn.qname), literals: literalsOf(fn.decl) };
  let inputs: Iterable<Value[]>;
  try {
    inputs = inputStream(fn, g, opts.maxInputs ?? DEFAULT_MAX_INPUTS);
  } catch (e) {
    if (e instanceof NoGenerator) return { ...fr, skipped: e.message };
    throw e;
  }
  try {
    for (const args of inputs) {
      if (performance.now() - start > budgetMs) break;
      const shown = showInput(fn, args);
      const out = runner.run(fn, args);
      switch (out.kind) {
        case 'excluded': case 'unevaluable': fr.excluded++; break;
        case 'inconclusive': fr.inconclusive++; break;
        case 'ok': fr.inputs++; break;
        case 'violation':
          fr.inputs++;
          findings.push({ function: fn.qname, file: fn.file.path, line: fn.decl.span.line, input: shown, what: out.what });
          return fr; // one finding per function is enough to act on
      }
    }
  } catch (e) {
    if (e instanceof NoGenerator) return { ...fr, skipped: e.message };
    throw e;
  }
  return fr;
}

/** Boundary combinations of the parameters' boundary values, then random inputs. */
function* inputStream(fn: FnInfo, g: GenContext, max: number): Generator<Value[]> {
  const types = fn.decl.params.map((_, i) => generatedType(fn, i));
  // Each parameter's own boundary list, then combinations: all of them when few, else a sample.
  const lists = types.map((t) => {
    if (!t) return [{ t: 'erased' } as Value];
    const seen = new Map<string, Value>();
    for (let b = 0; b < BOUNDARY_VALUES; b++) {
      const v = valueOf(t, g, b);
      seen.set(showValue(v), v);
    }
    return [...seen.values()];
  });
  const total = lists.reduce((n, l) => n * l.length, 1);
  let produced = 0;
  if (total <= BOUNDARY_COMBOS) {
    for (let n = 0; n < total && produced < max; n++, produced++) {
      let rest = n;
      yield lists.map((l) => {
        const v = l[rest % l.length]!;
        rest = Math.floor(rest / l.length);
        return snapshot(v);
      });
    }
  } else {
    for (let n = 0; n < BOUNDARY_COMBOS && produced < max; n++, produced++) yield lists.map((l) => snapshot(g.rng.pick(l)));
  }
  for (; produced < max; produced++) yield types.map((t) => (t ? valueOf(t, g, undefined) : { t: 'erased' }));
}

function literalsOf(decl: FnItem): bigint[] {
  const out = new Set<bigint>();
  const visit = (e: { kind: string; value?: unknown }): void => {
    if (e.kind === 'int' && typeof e.value === 'bigint') {
      out.add(e.value);
      out.add(-e.value);
    }
  };
  for (const c of [...decl.requires, ...decl.ensures]) walkExpr(c, visit);
  walkBlock(decl.body, visit);
  return [...out].slice(0, 40);
}

function showInput(fn: FnInfo, args: Value[]): string {
  return fn.decl.params.map((p, i) => `${p.name} = ${showValue(args[i]!)}`).join(', ');
}
