/**
 * `proofgate verify | merge | review | run`: see docs/cli.md; flags and help in src/cli/commands.ts.
 * Exit status 0 (no errors), 1 (error diagnostics or failing tests), 2 (usage or internal failure,
 * always a one-line reason on stderr, never a stack trace).
 */
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { oneOf, parse, positiveInt, str, UsageError, type CommandSpec, type Values } from './cli/args.js';
import { colorize, COLOR_CHOICES, wantsColor } from './cli/color.js';
import { ANALYZE, CHECK_SOUNDNESS, COMMANDS, FORMATS, MERGE, REVIEW, RUN, VERIFY, type Format } from './cli/commands.js';
import { commandHelp, mainHelp } from './cli/help.js';
import { ProgressLine } from './cli/progress.js';
import { review } from './cli/review.js';
import { availableParallelism } from 'node:os';
import { runProofgate, checkPaths, InputError, DEFAULT_TIMEOUT_MS, type RunOptions } from './driver.js';
import { tuneJitFor } from './jit-tuning.js';
import { summaryLine } from './report/build-results.js';
import { renderWorkflowCommand } from './report/github.js';
import { renderHuman } from './report/human.js';
import { MergeError, mergeResults } from './report/merge.js';
import { readResultsFile, ResultsFileError } from './report/read-results.js';
import type { ResultsFile } from './report/results.js';
import { renderSarif } from './report/sarif.js';
import { nativeZ3Name } from './smt/native-backend.js';
import { parseShard } from './shard.js';
import { VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'verify': return verify(rest);
    case 'merge': return merge(rest);
    case 'analyze': return analyze(rest);
    case 'run': return run(rest);
    case 'check-soundness': return checkSoundnessCommand(rest);
    case 'review': {
      const parsed = parseCommand(rest, REVIEW);
      return parsed ? review(parsed.values, parsed.positionals, process.env) : 0;
    }
    case '--version': case '-V': console.log(`proofgate ${VERSION}`); return 0;
    case 'help': {
      const spec = COMMANDS.find((c) => c.name === rest[0]);
      console.log(spec ? commandHelp(spec) : mainHelp(COMMANDS));
      return 0;
    }
    case '--help': case '-h': console.log(mainHelp(COMMANDS)); return 0;
    case undefined: process.stderr.write(mainHelp(COMMANDS) + '\n'); return 2;
    default: throw new UsageError(`unknown command \`${command}\` (expected verify, analyze, merge, review, run or check-soundness; see \`proofgate --help\`)`);
  }
}

/** Parses a command's arguments; null when --help was asked for (and printed). */
function parseCommand(args: string[], spec: CommandSpec): { values: Values; positionals: string[] } | null {
  const parsed = parse(args, spec);
  if (parsed.values.help) {
    console.log(commandHelp(spec));
    return null;
  }
  return parsed;
}

/** Paths given on the command line must exist: a typo is a usage error, not a finding. */
function existingPaths(positionals: string[]): string[] {
  const paths = positionals.length ? positionals : ['.'];
  const missing = paths.find((p) => !existsSync(p));
  if (missing !== undefined) throw new UsageError(`\`${missing}\` does not exist: give a .rs file or a folder of Rust sources`);
  return paths;
}

async function verify(args: string[]): Promise<number> {
  const parsed = parseCommand(args, VERIFY);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (values['dump-ir']) return dumpIrCommand(existingPaths(positionals), str(values, 'function'));
  const shard = values.shard === undefined ? undefined : parseShard(str(values, 'shard')!);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes I/N with 1 <= I <= N, got \`${values.shard}\``);
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache and --no-cache exclude each other');
  const format = oneOf('format', str(values, 'format'), FORMATS) ?? 'human';
  const color = oneOf('color', str(values, 'color'), COLOR_CHOICES) ?? 'auto';
  const solver = oneOf('solver', str(values, 'solver'), ['auto', 'wasm', 'native'] as const);
  const noVerify = values['no-verify'] === true;
  if (solver === 'native' && !noVerify && nativeZ3Name() === undefined) {
    throw new UsageError('--solver native: no runnable `z3` on PATH; install it (e.g. `sudo apt-get install -y z3`) or use --solver wasm');
  }
  const progress = new ProgressLine(process.stderr);
  const opts: RunOptions = {
    paths: existingPaths(positionals),
    mode: noVerify ? 'no-verify' : 'verify',
    jobs: positiveInt('jobs', str(values, 'jobs')),
    timeoutMs: positiveInt('timeout-ms', str(values, 'timeout-ms')),
    cacheDir: values['no-cache'] ? null : (str(values, 'cache')),
    shard,
    solver,
    functionGlob: str(values, 'function'),
    dumpSmtDir: str(values, 'dump-smt'),
    ...(values['no-infer'] ? { infer: false } : {}),
    workspaceRoot: workspaceRoot(values),
    ...(progress.active ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
  };
  if (oneOf('cross-check', str(values, 'cross-check'), ['cvc5'] as const)) {
    const { cvc5Name } = await import('./smt/cvc5.js');
    if (!cvc5Name()) throw new UsageError('--cross-check cvc5: no runnable `cvc5` on PATH; install it (e.g. `sudo apt-get install -y cvc5`)');
    const { Cvc5CrossCheck } = await import('./cross-check.js');
    opts.crossCheck = new Cvc5CrossCheck(opts.jobs ?? availableParallelism(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  tuneJitFor(opts);
  let results: ResultsFile;
  try {
    results = await runProofgate(opts);
  } finally {
    progress.finish();
  }
  const cc = opts.crossCheck?.stats;
  if (cc && format === 'human') {
    console.log(`cross-check (cvc5): ${cc.goals} goals in ${cc.queries} queries, ${cc.agreed} agreed, ${cc.undecided} undecided by one solver, ${cc.disagreements} disagreements, ${cc.rejected} queries rejected\n`);
  }
  emit(results, format, str(values, 'output'), wantsColor(color, process.stdout, process.env));
  return results.summary.errors > 0 ? 1 : 0;
}

async function dumpIrCommand(paths: string[], glob: string | undefined): Promise<number> {
  const { dumpIr } = await import('./dump-ir.js');
  const r = dumpIr(paths, glob);
  console.log(r.text);
  return r.errors ? 1 : 0;
}

async function analyze(args: string[]): Promise<number> {
  const parsed = parseCommand(args, ANALYZE);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const format = oneOf('format', str(values, 'format'), FORMATS) ?? 'human';
  const color = oneOf('color', str(values, 'color'), COLOR_CHOICES) ?? 'auto';
  const { runAnalyze } = await import('./analyze-run.js');
  const workspace = workspaceRoot(values);
  const results = runAnalyze({
    paths: existingPaths(positionals), stateLevel: positiveInt('state-level', str(values, 'state-level')), functionGlob: str(values, 'function'),
    ...(workspace ? { workspaceRoot: workspace } : {}),
  });
  emit(results, format, str(values, 'output'), wantsColor(color, process.stdout, process.env));
  if (results.summary.errors > 0) return 1;
  return values['deny-warnings'] && results.diagnostics.some((d) => d.severity === 'warning') ? 1 : 0;
}

async function merge(args: string[]): Promise<number> {
  const parsed = parseCommand(args, MERGE);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('merge needs at least one results file');
  const files = positionals.map((p) => readResultsFile(p));
  const merged = mergeResults(files);
  const color = oneOf('color', str(values, 'color'), COLOR_CHOICES) ?? 'auto';
  emit(merged, oneOf('format', str(values, 'format'), FORMATS) ?? 'human', str(values, 'output'), wantsColor(color, process.stdout, process.env), true);
  return merged.summary.errors > 0 ? 1 : 0;
}

/** Files resolving outside the working folder are refused unless --allow-outside-cwd. */
function workspaceRoot(values: Values): string | undefined {
  return values['allow-outside-cwd'] ? undefined : process.cwd();
}

async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, RUN);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const program = checkPaths(existingPaths(positionals), workspaceRoot(values));
  const errors = program.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const d of errors) console.log(renderHuman(d, program.sources) + '\n');
    console.log(`check results:: ${program.itemsChecked} items checked, ${errors.length} errors`);
    return 1;
  }
  const { runTests } = await import('./emu/index.js');
  const { formatTestRun } = await import('./emu/report.js');
  const outcomes = program.crates.flatMap((c) => runTests(c, values.filter ? { filter: str(values, 'filter')! } : {}));
  console.log(formatTestRun(outcomes));
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/** The emulator as an oracle on every proved function (src/oracle): exit 1 on an unsoundness. */
async function checkSoundnessCommand(args: string[]): Promise<number> {
  const parsed = parseCommand(args, CHECK_SOUNDNESS);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const seedText = str(values, 'seed');
  if (seedText !== undefined && !/^\d+$/.test(seedText)) throw new UsageError(`--seed takes a whole number, got \`${seedText}\``);
  const seed = seedText === undefined ? 1 : Number(seedText) >>> 0;
  const { checkSoundness } = await import('./oracle/oracle.js');
  const { renderOracleReport } = await import('./oracle/report.js');
  console.log(`check-soundness: seed ${seed}`);
  const report = await checkSoundness({
    paths: existingPaths(positionals),
    seed,
    budgetMs: positiveInt('budget-ms', str(values, 'budget-ms')) ?? 20_000,
    maxInputs: positiveInt('max-inputs', str(values, 'max-inputs')),
    verify: {
      jobs: positiveInt('jobs', str(values, 'jobs')),
      timeoutMs: positiveInt('timeout-ms', str(values, 'timeout-ms')),
      solver: oneOf('solver', str(values, 'solver'), ['auto', 'wasm', 'native'] as const),
    },
  });
  console.log(renderOracleReport(report));
  return report.findings.length > 0 ? 1 : 0;
}

function emit(results: ResultsFile, format: Format, output: string | undefined, color: boolean, merged = false): void {
  if (output) {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
  }
  switch (format) {
    case 'json':
      process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      return;
    case 'sarif':
      process.stdout.write(JSON.stringify(renderSarif(results, { merged }), null, 2) + '\n');
      return;
    case 'github':
      for (const d of results.diagnostics) console.log(renderWorkflowCommand(d));
      console.log(summaryLine(results));
      return;
    case 'human':
      for (const d of results.diagnostics) console.log((color ? colorize(d.rendered) : d.rendered) + '\n');
      console.log(summaryLine(results));
      return;
  }
}

// z3's threads can keep the process alive: always leave through process.exit (Z3-NOTES.md).
main(process.argv.slice(2)).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (e: unknown) => {
    const msg = e instanceof UsageError || e instanceof InputError || e instanceof MergeError || e instanceof ResultsFileError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`proofgate: ${msg}\n`, () => process.exit(2));
  },
);
