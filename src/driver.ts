/**
 * The pipeline, end to end: load -> check -> (obligations -> solver -> diagnostics) -> results.
 * Used by the CLI and the Action alike.
 */
import { availableParallelism } from 'node:os';
import { checkCrate } from './check/index.js';
import { isolateItems, type ItemVerdict } from './check/isolation.js';
import type { CheckedCrate } from './check/program.js';
import { buildResults } from './report/build-results.js';
import { diagnosticKey, type Diagnostic, type UnitResult } from './report/diagnostic.js';
import { internalError } from './report/internal-error.js';
import type { ResultsFile } from './report/results.js';
import { SourceSet } from './report/sources.js';
import { ProofCache, queryKey } from './smt/cache.js';
import { dumpQueries } from './smt/dump.js';
import { createSolverPool, type SolverPool } from './smt/pool.js';
import type { QueryResult } from './smt/query.js';
import type { Block, Item, Stmt } from './syntax/ast.js';
import type { Crate } from './syntax/crate.js';
import { loadCratesInTurn } from './syntax/load.js';
import { LineMap } from './syntax/span.js';
import { generateVcs, generateVcsInTurn, resultToDiagnostics, type FunctionVc } from './vc/index.js';
import { walkBlock } from './syntax/walk.js';
import { VERSION } from './version.js';
import { inferCandidates, type FnInference, type InferredLoop } from './infer/candidates.js';
import { houdini, type GeneratedStep } from './infer/houdini.js';
import type { Cvc5CrossCheck } from './cross-check.js';
import { globMatcher } from './glob.js';
import { inShard, type Shard } from './shard.js';

export interface RunOptions {
  paths: string[];
  mode: 'verify' | 'no-verify';
  jobs?: number;
  timeoutMs?: number;
  /** Proof cache folder; null disables the cache. Default .proofgate/cache. */
  cacheDir?: string | null;
  shard?: Shard;
  solver?: 'auto' | 'wasm' | 'native';
  functionGlob?: string;
  /** Failures reported per function before the rest are left unreported (Verus: --multiple-errors). */
  maxFailures?: number;
  /** Also write each query as a standalone SMT-LIB2 script into this folder. */
  dumpSmtDir?: string;
  /** An already running solver pool to use (and not close): tests share one across many runs. */
  pool?: SolverPool;
  /** Told, as functions are queued and answered, how many are done of how many known so far. */
  onProgress?: (done: number, total: number) => void;
  /** Files (given, `mod`, `#[path]`, `include!`, symlinks) resolving outside this folder are refused. */
  workspaceRoot?: string;
  /** Re-prove every query with a second solver (`--cross-check cvc5`); its stats count the outcome. */
  crossCheck?: Cvc5CrossCheck;
  /** Test-only fault injection: each function's VC passes through this before it is solved (the soundness oracle's tests plant verifier bugs with it). */
  plantFault?: (vc: FunctionVc) => FunctionVc;
  /** Loop invariants inferred by the value analysis, each used only once proved (default true; `--no-infer`). */
  infer?: boolean;
  /**
   * Given each crate without static errors once it is checked (the run itself lets the trees
   * go): the soundness oracle runs the emulator on them rather than check every crate again.
   */
  onCleanCrate?: (crate: CheckedCrate) => void;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The longest the driver works without letting the event loop run while solving goes on. */
const TURN_MS = 2;

/** Input the run cannot work on (exit status 2 in the CLI and the Action), as opposed to a crash. */
export class InputError extends Error {}

/** What a run reports of the front end's work: everything but the checked trees. */
export interface ProgramSummary {
  diagnostics: Diagnostic[];
  sources: SourceSet;
  itemsChecked: number;
  /** Per crate, per verified item: checked, not supported (why) or in error (why); see check/isolation.ts. */
  verdicts: { crate: string; items: ItemVerdict[] }[];
  /** The crate (by name) each checked file belongs to. */
  crateOfFile: Map<string, string>;
  /** How many crates were checked, and how many of them without static errors. */
  crateCount: number;
  cleanCount: number;
}

export interface CheckedProgram extends ProgramSummary {
  crates: CheckedCrate[];
  /** Crates without static errors. */
  clean: CheckedCrate[];
  /** Per crate: the fns (and consts) verification may proceed on, though the crate has errors elsewhere. */
  verifiable: Map<CheckedCrate, Set<string>>;
}

/** Front end only: load, resolve, type and mode check. */
export function checkPaths(paths: string[], workspaceRoot?: string, options: { plainBodies?: boolean } = {}): CheckedProgram {
  const front = new FrontEnd(paths, workspaceRoot, options.plainBodies ?? false);
  for (const crate of front.crates()) front.check(crate);
  return front.program;
}

/**
 * The front end one crate at a time, each loaded only when the last is checked, so
 * verification of the first crate starts before the last crate is even parsed.
 */
class FrontEnd {
  /**
   * Without `retain` (a verification run) the checked trees are not kept: each crate's is let
   * go once its queries are made. A crate's tree holds its own copy of vstd's (the checker
   * writes into the tree), a few MB: a run over hundreds of crates must not keep them all.
   */
  readonly program: CheckedProgram = {
    crates: [], diagnostics: [], sources: new SourceSet(), itemsChecked: 0, clean: [], verdicts: [], verifiable: new Map(),
    crateOfFile: new Map(), crateCount: 0, cleanCount: 0,
  };
  /** What loading the current crate said (its syntax and not-supported diagnostics). */
  private loadDiagnostics: Diagnostic[] = [];
  /** Files that did not parse. */
  private readonly unparsed = new Set<string>();
  /** The static diagnostics reported so far, by their text and place (see `report`). */
  private readonly reportedKeys = new Set<string>();

  /** Adds static diagnostics to the program's, each once (diagnosticKey: a macro body expanded twice). */
  private report(ds: readonly Diagnostic[]): void {
    for (const d of ds) {
      const key = diagnosticKey(d);
      if (this.reportedKeys.has(key)) continue;
      this.reportedKeys.add(key);
      this.program.diagnostics.push(d);
    }
  }

  /** `plainBodies`: also check plain Rust fn bodies, for the value analysis (CheckOptions.plainBodies). */
  constructor(private readonly paths: string[], private readonly workspaceRoot?: string, private readonly plainBodies = false, private readonly retain = true) {}

  /** Loads the crates in turn; throws InputError at the end if the paths held nothing to check. */
  *crates(): Generator<Crate> {
    let found = false;
    for (const step of loadCratesInTurn(this.paths, this.workspaceRoot)) {
      found = true;
      this.report(step.diagnostics);
      this.loadDiagnostics = step.diagnostics;
      // A file that did not parse is only partly in the tree: what the checker says about it
      // would be echoes of the syntax error, so its syntax errors alone are reported.
      // (A construct reported `not supported` still parses into the tree: its file is checked.)
      for (const d of step.diagnostics) if (d.severity === 'error' && d.kind === 'syntax') this.unparsed.add(d.span.file);
      if (step.crate) yield step.crate;
    }
    // A misspelt `paths` must not pass as "0 errors": nothing to check is a usage error.
    if (!found) throw new InputError(`no Rust files (*.rs) found in ${this.paths.map((x) => `\`${x}\``).join(', ')}`);
  }

  /**
   * Checks one crate. A static error stops only the item it is in (and the users of an item
   * whose signature it is in): `verifiable` says which fns verification may proceed on.
   */
  check(crate: Crate): { checked: CheckedCrate; verifiable: Set<string>; clean: boolean } | undefined {
    const p = this.program;
    for (const f of crate.files) p.sources.add(f.path, f.text);
    // a dependency's (vstd's) lines are quoted where a label points into them (`failed precondition`)
    for (const dep of crate.deps ?? []) for (const f of dep.files) p.sources.add(f.path, f.text);
    let result: ReturnType<typeof checkCrate>;
    try {
      result = checkCrate(crate, { plainBodies: this.plainBodies });
    } catch (err) {
      p.diagnostics.push(internalError('checking this crate', err, crateSpan(crate)));
      return undefined;
    }
    const { checked, diagnostics: ds } = result;
    // A dependency's own diagnostics are reported when it is checked itself.
    const ownFiles = new Set(crate.files.map((f) => f.path));
    const reported = ds.filter((d) => !this.unparsed.has(d.span.file) && ownFiles.has(d.span.file));
    this.report(reported);
    p.crateCount++;
    if (this.retain) p.crates.push(checked);
    for (const f of crate.files) {
      p.itemsChecked += countVerifiedItems(f.items);
      p.crateOfFile.set(f.path, checked.name);
    }
    // Every diagnostic counts for isolation, also those not shown for a file that did not parse.
    const iso = isolateOrNothing(checked, [...this.loadDiagnostics, ...ds]);
    this.report(iso.diagnostics.filter((d) => !this.unparsed.has(d.span.file) && ownFiles.has(d.span.file)));
    p.verdicts.push({ crate: crate.name, items: iso.verdicts });
    const crateErrors = reported.some((d) => d.severity === 'error') || crate.files.some((f) => this.unparsed.has(f.path));
    if (!crateErrors) p.cleanCount++;
    if (!crateErrors && this.retain) p.clean.push(checked);
    if (this.retain) p.verifiable.set(checked, iso.verifiable);
    return { checked, verifiable: iso.verifiable, clean: !crateErrors };
  }
}

/** isolateItems, or (should it fail) nothing verifiable and the failure as an error: never a silent pass. */
function isolateOrNothing(checked: CheckedCrate, diagnostics: Diagnostic[]): ReturnType<typeof isolateItems> {
  try {
    return isolateItems(checked, diagnostics);
  } catch (err) {
    const span = checked.files[0]?.items[0]?.span ?? { file: checked.files[0]?.path ?? checked.name, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { verifiable: new Set(), diagnostics: [internalError('deciding which items of this crate can be verified', err, span)], verdicts: [] };
  }
}

/** Where a crate-wide problem is reported: its root file's first item, else its first line. */
function crateSpan(crate: Crate) {
  return crate.root.items[0]?.span ?? new LineMap(crate.root.path, crate.root.text).span(0, 0);
}

function countVerifiedItems(items: Item[] | undefined): number {
  let n = 0;
  for (const it of items ?? []) {
    switch (it.kind) {
      case 'verus': n += countVerifiedItems(it.items); break;
      case 'mod': n += countVerifiedItems(it.items); break;
      case 'include': n += countVerifiedItems(it.items); break;
      case 'impl': n += it.items.filter((x) => x.verified).length; break;
      case 'fn': case 'const': case 'struct': case 'enum': if (it.verified) n++; break;
      default: break;
    }
  }
  return n;
}

export async function runProofgate(opts: RunOptions): Promise<ResultsFile> {
  const started = performance.now();
  let program: ProgramSummary;
  let diagnostics: Diagnostic[];
  const units: UnitResult[] = [];
  let solverName = 'none';
  let inferred: InferredLoop[] = [];
  if (opts.mode === 'verify') {
    const verified = await verifyPaths(opts);
    ({ program, diagnostics, solverName, inferred } = verified);
    units.push(...verified.units);
  } else {
    program = checkPaths(opts.paths, opts.workspaceRoot);
    diagnostics = [...program.diagnostics];
  }
  const results = buildResults(
    {
      version: VERSION,
      solver: solverName,
      mode: opts.mode,
      diagnostics,
      units,
      seconds: (performance.now() - started) / 1000,
      itemsChecked: opts.mode === 'no-verify' ? program.itemsChecked : undefined,
      shard: opts.shard,
      crateOfFile: program.crateOfFile,
      itemStatus: opts.mode === 'no-verify' ? program.verdicts : undefined,
      inferred,
    },
    program.sources,
  );
  return results;
}

/**
 * Front end, VC generation and solving, interleaved: crates are loaded and checked one at a
 * time, each function's queries go to the solver as soon as they exist, and the event loop
 * runs every few milliseconds, so the solver processes work on earlier queries while later
 * ones are made (with jobs=1 that overlap is most of what the front end would otherwise
 * add to the wall time). Diagnostics come out in the order of a phase-by-phase run: static
 * ones, then VC generation's, then the solver's (by query).
 */
async function verifyPaths(opts: RunOptions): Promise<{ program: ProgramSummary; diagnostics: Diagnostic[]; solverName: string; units: UnitResult[]; inferred: InferredLoop[] }> {
  const front = new FrontEnd(opts.paths, opts.workspaceRoot, false, false);
  const glob = opts.functionGlob ? globMatcher(opts.functionGlob) : undefined;
  let matchedAny = false;
  const matches = glob && ((qname: string) => glob(qname) && (matchedAny = true));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cache = opts.cacheDir === null ? undefined : new ProofCache(opts.cacheDir ?? '.proofgate/cache');
  const answers: Answers = { cache, sentThisRun: new Map(), crossCheck: opts.crossCheck };
  const generated: Diagnostic[] = [];
  const solved: Diagnostic[][] = [];
  const tasks: Promise<QueryOutcome>[] = [];
  const houdiniTasks: Promise<QueryOutcome[]>[] = [];
  const inferred: InferredLoop[] = [];
  /** Per fn, the lines of its loops (each a unit of the results); not the fn itself, which holds its crate's tree. */
  const loopLines = new Map<string, number[]>();
  let outcomes: QueryOutcome[] = [];
  const dumped = new Set<string>();
  const progress = new FunctionProgress(opts.onProgress);
  let pool: SolverPool | undefined = opts.pool;
  let solverName = 'none';
  const getPool = async (): Promise<SolverPool> =>
    (pool ??= await createSolverPool({
      backend: opts.solver ?? 'auto',
      // Sessions start on first use, so jobs beyond the number of queries cost nothing.
      jobs: Math.max(1, opts.jobs ?? availableParallelism()),
      timeoutMs,
      maxFailures: opts.maxFailures ?? 3,
    }));
  try {
    let turn = performance.now();
    for (const crate of front.crates()) {
      const checkedNow = front.check(crate);
      if (!checkedNow) continue; // the crash is an internal error on the crate; the others go on
      const { checked, verifiable } = checkedNow;
      if (checkedNow.clean) opts.onCleanCrate?.(checked);
      const functionFilter = (qname: string): boolean => verifiable.has(qname) && (!matches || matches(qname));
      // (only fns that may be verified: a plain-Rust fn's body may be too deep to walk)
      for (const f of checked.fns) if (f.verified && f.decl.body && functionFilter(f.qname)) loopLines.set(f.qname, loopsIn(f.decl.body).map((l) => l.span.line));
      const inference = opts.infer === false ? new Map<string, FnInference>() : inferOrNothing(checked, functionFilter);
      const prepare = (vcs: FunctionVc[]) => vcs.filter((vc) => !opts.shard || inShard(vc.unit.function + '#' + vc.query.id, opts.shard)).map((vc) => opts.plantFault?.(vc) ?? vc);
      const steps = generateVcsInTurn(checked, { functionFilter });
      const handed = new Set<FnInference>();
      for (;;) {
        // Let the event loop run every few ms: it writes the queued queries on into z3's
        // input as z3 reads (a pipe holds only 64 KiB) and takes replies in, so z3 is not
        // left waiting while a large crate is lowered.
        if (performance.now() - turn > TURN_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          turn = performance.now();
        }
        // A crash in this crate's VC generation ends this crate, not the run.
        let next: ReturnType<typeof steps.next>;
        try {
          next = steps.next();
        } catch (err) {
          generated.push(internalError('generating the proof obligations of this crate', err, crateSpan(crate)));
          break;
        }
        if (next.done) break;
        const step = next.value;
        const inf = inference.get(step.vcs[0]?.unit.function ?? step.diagnostics.find((d) => d.function)?.function ?? '');
        if (inf) {
          // the function's loops carry inferred candidates: Houdini rounds decide which are kept
          const solver = await getPool();
          solverName = solver.solverName;
          const out: Diagnostic[] = [];
          solved.push(out);
          const regenerate = (): GeneratedStep => {
            const g = generateVcs(checked, { functionFilter: (q) => q === inf.qname });
            return { vcs: prepare(g.vcs), diagnostics: g.diagnostics };
          };
          handed.add(inf);
          progress.queued(inf.qname);
          const task = houdiniTask(inf, { vcs: prepare(step.vcs), diagnostics: step.diagnostics }, regenerate, solver, timeoutMs, answers, out, inferred, opts.dumpSmtDir && ((vcs) => dumpQueries(opts.dumpSmtDir!, vcs.map((vc) => vc.query), timeoutMs, dumped)));
          void task.then(() => progress.answered(inf.qname));
          houdiniTasks.push(task);
          continue;
        }
        generated.push(...step.diagnostics);
        const vcs = prepare(step.vcs);
        if (vcs.length > 0) {
          if (opts.dumpSmtDir) dumpQueries(opts.dumpSmtDir, vcs.map((vc) => vc.query), timeoutMs, dumped);
          const solver = await getPool();
          solverName = solver.solverName;
          for (const vc of vcs) {
            const out: Diagnostic[] = [];
            solved.push(out);
            // A crash on one query is an error on its function; the other queries go on.
            const task = solveOne(vc, solver, solverName, timeoutMs, answers, out).catch((err: unknown): QueryOutcome => {
              out.push(internalError('checking this function', err, vc.span, vc.unit.function));
              return { vc, errors: true, cached: false, ms: 0 };
            });
            progress.queued(vc.unit.function);
            void task.then(() => progress.answered(vc.unit.function));
            tasks.push(task);
          }
        }
      }
      // candidates of functions no check reached leave the tree as the user wrote it
      for (const inf of inference.values()) if (!handed.has(inf)) inf.uninstall();
    }
    outcomes = [...await Promise.all(tasks), ...(await Promise.all(houdiniTasks)).flat()];
  } finally {
    if (!opts.pool) await pool?.close();
  }
  // As Verus's --verify-function: a pattern that names nothing is a mistake, not a pass
  // (unless static errors kept some crate from being looked at).
  if (matches && !matchedAny && front.program.cleanCount === front.program.crateCount) {
    throw new InputError(`no function to verify matches --function \`${opts.functionGlob}\``);
  }
  const diagnostics = [...front.program.diagnostics, ...generated, ...solved.flat()];
  const units = unitsOf(outcomes, loopLines, diagnostics);
  units.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.function < b.function ? -1 : 1)));
  return { program: front.program, diagnostics, solverName, units, inferred };
}

/**
 * The crate's candidate invariants (installed in its tree), or none should the analysis
 * fail: inference only ever adds proved facts, so without it the check is as written.
 */
function inferOrNothing(checked: CheckedCrate, filter: (qname: string) => boolean): Map<string, FnInference> {
  try {
    return inferCandidates(checked, filter);
  } catch {
    return new Map();
  }
}

/** One function checked through Houdini rounds (infer/houdini.ts); only the last round is reported. */
async function houdiniTask(
  inf: FnInference, first: GeneratedStep, regenerate: () => GeneratedStep, pool: SolverPool, timeoutMs: number, answers: Answers,
  out: Diagnostic[], inferred: InferredLoop[], dump: false | undefined | '' | ((vcs: FunctionVc[]) => void),
): Promise<QueryOutcome[]> {
  try {
    const h = await houdini(inf, first, regenerate, (vc) => answerQuery(vc, pool, pool.solverName, timeoutMs, answers));
    if (dump) dump(h.step.vcs);
    out.push(...h.step.diagnostics);
    const byLoop = new Map<number, InferredLoop>();
    for (const c of h.kept) {
      const at = c.loop.headSpan;
      const entry = byLoop.get(at.start) ?? { function: inf.qname, file: at.file, line: at.line, invariants: [] };
      entry.invariants.push(c.text);
      byLoop.set(at.start, entry);
    }
    inferred.push(...byLoop.values());
    return await Promise.all(h.step.vcs.map((vc, i) => finishQuery(vc, h.results[i]!, answers, out)));
  } catch (err) {
    const vc = first.vcs[0];
    out.push(internalError('checking this function', err, vc?.span ?? inf.candidates[0]!.loop.span, inf.qname));
    return vc ? [{ vc, errors: true, cached: false, ms: 0 }] : [];
  }
}

/** Functions done (every query answered) of functions queued, for a progress line. */
class FunctionProgress {
  private readonly pending = new Map<string, number>();
  private done = 0;
  constructor(private readonly report: ((done: number, total: number) => void) | undefined) {}
  queued(fn: string): void {
    if (!this.report) return;
    this.pending.set(fn, (this.pending.get(fn) ?? 0) + 1);
    this.report(this.done, this.done + this.pending.size);
  }
  answered(fn: string): void {
    if (!this.report) return;
    const left = (this.pending.get(fn) ?? 1) - 1;
    if (left > 0) this.pending.set(fn, left);
    else {
      this.pending.delete(fn);
      this.done++;
    }
    this.report(this.done, this.done + this.pending.size);
  }
}

/** What one query's check came to: its diagnostics, and whether it came from the cache. */
interface QueryOutcome {
  vc: FunctionVc;
  errors: boolean;
  cached: boolean;
  ms: number;
}

/** Where a query's answer may come from besides the solver: the proof cache, and this run's own queries. */
interface Answers {
  cache: ProofCache | undefined;
  /**
   * By queryKey, the queries this run has sent to the solver: a query the same to the
   * letter takes (or waits for) that answer, proved in this run, rather than the cache's.
   */
  sentThisRun: Map<string, Promise<QueryResult>>;
  crossCheck: Cvc5CrossCheck | undefined;
}

async function solveOne(
  vc: FunctionVc, pool: SolverPool, solverName: string, timeoutMs: number, answers: Answers,
  diagnostics: Diagnostic[],
): Promise<QueryOutcome> {
  return finishQuery(vc, await answerQuery(vc, pool, solverName, timeoutMs, answers), answers, diagnostics);
}

/** A query's answer: from this run's identical query, the proof cache, or the solver. */
async function answerQuery(vc: FunctionVc, pool: SolverPool, solverName: string, timeoutMs: number, answers: Answers): Promise<QueryResult> {
  const { cache, sentThisRun } = answers;
  const key = queryKey(vc.query, solverName, timeoutMs);
  const sameInRun = sentThisRun.get(key);
  const hit = cache && !sameInRun ? cache.get(key) : undefined;
  if (sameInRun) return { ...(await sameInRun), id: vc.query.id, solverMs: 0 };
  if (hit) return { id: vc.query.id, goals: hit, solverMs: 0, cached: true };
  const solving = pool.check(vc.query);
  sentThisRun.set(key, solving);
  const result = await solving;
  cache?.put(key, result.goals);
  return result;
}

/** A query's answer as diagnostics (and the cross-check's), and its outcome. */
async function finishQuery(vc: FunctionVc, result: QueryResult, answers: Answers, diagnostics: Diagnostic[]): Promise<QueryOutcome> {
  // Goals left unchecked once a function already failed maxFailures times are not
  // reported (as Verus's --multiple-errors); the function is failed regardless.
  const ds = resultToDiagnostics(vc, { ...result, goals: result.goals.filter((g) => !g.skipped) });
  if (answers.crossCheck) ds.push(...(await answers.crossCheck.check(vc, result)));
  diagnostics.push(...ds);
  // The solver's own time on it: time queued behind other queries says nothing about this one.
  return { vc, errors: ds.some((d) => d.severity === 'error'), cached: result.cached, ms: Math.round(result.solverMs) };
}

/**
 * The units of LANGUAGE.md's count: each function body (all of its queries together: a
 * `by (nonlinear_arith)` part is a query of its own but not a unit of its own) and each of
 * its loops. A function fails when any of its queries did or any error names it; its loops
 * count as verified only when the whole function is (a timeout, say, says nothing about
 * which part was proved).
 */
function unitsOf(outcomes: QueryOutcome[], loopLines: Map<string, number[]>, diagnostics: Diagnostic[]): UnitResult[] {
  const failedFns = new Set(diagnostics.filter((d) => d.severity === 'error' && d.function).map((d) => d.function!));
  const byFunction = new Map<string, QueryOutcome[]>();
  for (const o of outcomes) byFunction.set(o.vc.unit.function, [...(byFunction.get(o.vc.unit.function) ?? []), o]);
  const units: UnitResult[] = [];
  for (const [name, os] of byFunction) {
    const { file, line } = os[0]!.vc.unit;
    const failed = failedFns.has(name) || os.some((o) => o.errors);
    const status: UnitResult['status'] = failed ? 'failed' : os.every((o) => o.cached) ? 'cached' : 'verified';
    units.push({ function: name, file, line, status, ms: os.reduce((n, o) => n + o.ms, 0) });
    for (const loopLine of loopLines.get(name) ?? []) units.push({ function: name, file, line: loopLine, status, ms: 0 });
  }
  return units;
}

function loopsIn(body: Block): Stmt[] {
  const loops: Stmt[] = [];
  walkBlock(body, () => undefined, (st) => {
    if (st.kind === 'while' || st.kind === 'loop' || st.kind === 'for') loops.push(st);
  });
  return loops;
}

