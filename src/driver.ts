/**
 * The pipeline, end to end: load -> check -> (obligations -> solver -> diagnostics) -> results.
 * Used by the CLI and the Action alike.
 */
import { availableParallelism } from 'node:os';
import { checkCrate } from './check/index.js';
import type { CheckedCrate } from './check/program.js';
import { buildResults } from './report/build-results.js';
import type { Diagnostic, UnitResult } from './report/diagnostic.js';
import type { ResultsFile } from './report/results.js';
import { SourceSet } from './report/sources.js';
import { ProofCache } from './smt/cache.js';
import { dumpQueries } from './smt/dump.js';
import { createSolverPool, type SolverPool } from './smt/pool.js';
import type { Item } from './syntax/ast.js';
import { loadCrates } from './syntax/load.js';
import { generateVcs, resultToDiagnostics, type FunctionVc } from './vc/index.js';
import { VERSION } from './version.js';
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
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface CheckedProgram {
  crates: CheckedCrate[];
  diagnostics: Diagnostic[];
  sources: SourceSet;
  itemsChecked: number;
  /** Crates without static errors, which verification may proceed on. */
  clean: CheckedCrate[];
}

/** Front end only: load, resolve, type and mode check. */
export function checkPaths(paths: string[]): CheckedProgram {
  const sources = new SourceSet();
  const loaded = loadCrates(paths);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const crates: CheckedCrate[] = [];
  const clean: CheckedCrate[] = [];
  let itemsChecked = 0;
  // A file that did not parse is only partly in the tree: what the checker says about it
  // would be echoes of the syntax error, so its syntax errors alone are reported.
  const unparsed = new Set(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.span.file));
  for (const crate of loaded.crates) {
    for (const f of crate.files) sources.add(f.path, f.text);
    const { checked, diagnostics: ds } = checkCrate(crate);
    const reported = ds.filter((d) => !unparsed.has(d.span.file));
    diagnostics.push(...reported);
    crates.push(checked);
    for (const f of crate.files) itemsChecked += countVerifiedItems(f.items);
    const crateErrors = reported.some((d) => d.severity === 'error') || crate.files.some((f) => unparsed.has(f.path));
    if (!crateErrors) clean.push(checked);
  }
  return { crates, diagnostics, sources, itemsChecked, clean };
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
  const program = checkPaths(opts.paths);
  const diagnostics = [...program.diagnostics];
  const units: UnitResult[] = [];
  let solverName = 'none';
  if (opts.mode === 'verify') {
    const matches = opts.functionGlob ? globMatcher(opts.functionGlob) : undefined;
    const vcs: FunctionVc[] = [];
    for (const crate of program.clean) {
      const g = generateVcs(crate, matches ? { functionFilter: matches } : {});
      diagnostics.push(...g.diagnostics);
      vcs.push(...g.vcs.filter((vc) => !opts.shard || inShard(vc.unit.function + '#' + vc.query.id, opts.shard)));
    }
    if (opts.dumpSmtDir) dumpQueries(opts.dumpSmtDir, vcs.map((vc) => vc.query), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const verified = await solveAll(vcs, opts, diagnostics, units);
    solverName = verified.solverName;
    markStaticFailures(units, diagnostics);
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
    },
    program.sources,
  );
  return results;
}

/** A unit whose function got a static verify-time error (e.g. a loop without decreases) is failed. */
function markStaticFailures(units: UnitResult[], diagnostics: Diagnostic[]): void {
  const failed = new Set(diagnostics.filter((d) => d.function && d.severity === 'error').map((d) => d.function));
  for (const u of units) if (failed.has(u.function) && u.status !== 'failed') u.status = 'failed';
}

async function solveAll(vcs: FunctionVc[], opts: RunOptions, diagnostics: Diagnostic[], units: UnitResult[]): Promise<{ solverName: string }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cache = opts.cacheDir === null ? undefined : new ProofCache(opts.cacheDir ?? '.proofgate/cache');
  let pool: SolverPool | undefined = opts.pool;
  const getPool = async (): Promise<SolverPool> =>
    (pool ??= await createSolverPool({
      backend: opts.solver ?? 'auto',
      jobs: Math.max(1, Math.min(opts.jobs ?? availableParallelism(), vcs.length)),
      timeoutMs,
      maxFailures: opts.maxFailures ?? 3,
    }));
  let solverName = 'none';
  try {
    if (vcs.length > 0) solverName = (await getPool()).solverName;
    await Promise.all(
      vcs.map(async (vc) => {
        const t0 = performance.now();
        const key = cache?.key(vc.query, solverName, timeoutMs);
        const hit = key ? cache!.get(key) : undefined;
        const result = hit
          ? { id: vc.query.id, goals: hit, solverMs: 0, cached: true }
          : await (await getPool()).check(vc.query);
        if (!hit && key) cache!.put(key, result.goals);
        // Goals left unchecked once a function already failed maxFailures times are not
        // reported (as Verus's --multiple-errors); the function is failed regardless.
        const ds = resultToDiagnostics(vc, { ...result, goals: result.goals.filter((g) => !g.skipped) });
        diagnostics.push(...ds);
        units.push({
          function: vc.unit.function,
          file: vc.unit.file,
          line: vc.unit.line,
          status: ds.some((d) => d.severity === 'error') ? 'failed' : result.cached ? 'cached' : 'verified',
          ms: Math.round(performance.now() - t0),
        });
      }),
    );
  } finally {
    if (!opts.pool) await pool?.close();
  }
  units.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.function < b.function ? -1 : 1)));
  return { solverName };
}
