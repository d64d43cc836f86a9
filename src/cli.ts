/**
 * `proofgate verify | merge | run`: see ../shared/spec/INTERFACES.md.
 * Exit status 0 (no errors), 1 (error diagnostics or failing tests), 2 (usage or internal failure,
 * always a one-line reason on stderr, never a stack trace).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { runProofgate, checkPaths, InputError, DEFAULT_TIMEOUT_MS, type RunOptions } from './driver.js';
import { tuneJitFor } from './jit-tuning.js';
import { summaryLine } from './report/build-results.js';
import { renderWorkflowCommand } from './report/github.js';
import { renderHuman } from './report/human.js';
import { mergeResults } from './report/merge.js';
import type { ResultsFile } from './report/results.js';
import { renderSarif } from './report/sarif.js';
import { parseShard } from './shard.js';
import { VERSION } from './version.js';

class UsageError extends Error {}

const USAGE = `usage:
  proofgate verify [PATH...] [--no-verify] [--format human|json|sarif|github] [--output FILE]
                   [--function GLOB] [--jobs N] [--timeout-ms N] [--cache DIR | --no-cache]
                   [--shard I/N] [--solver auto|wasm|native] [--dump-smt DIR] [--cross-check cvc5]
  proofgate merge FILE... [--format ...] [--output FILE]
  proofgate run [PATH...] [--filter NAME]
  proofgate check-soundness [PATH...] [--budget-ms N] [--seed N] [--max-inputs N] [--jobs N]
                   [--timeout-ms N] [--solver auto|wasm|native]
  proofgate --version`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'verify': return verify(rest);
    case 'merge': return merge(rest);
    case 'run': return run(rest);
    case 'check-soundness': return checkSoundnessCommand(rest);
    case '--version': case '-V': console.log(`proofgate ${VERSION}`); return 0;
    case undefined: case '--help': case '-h': case 'help': console.log(USAGE); return command === undefined ? 2 : 0;
    default: throw new UsageError(`unknown command \`${command}\` (expected verify, merge, run or check-soundness)`);
  }
}

const OUTPUT_OPTIONS: OptionSpec = {
  format: { type: 'string' },
  output: { type: 'string' },
};

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;
type Values = Record<string, string | boolean | undefined>;

function parse(args: string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const r = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Values, positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
}

/** A string option's value (undefined when absent). */
function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} takes a positive whole number, got \`${v}\``);
  return Number(v);
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got \`${v}\``);
  return v as T;
}

const FORMATS = ['human', 'json', 'sarif', 'github'] as const;

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...OUTPUT_OPTIONS,
    'no-verify': { type: 'boolean' },
    function: { type: 'string' },
    jobs: { type: 'string' },
    'timeout-ms': { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    shard: { type: 'string' },
    solver: { type: 'string' },
    'dump-smt': { type: 'string' },
    'cross-check': { type: 'string' },
  });
  if (values.help) { console.log(USAGE); return 0; }
  const shard = values.shard === undefined ? undefined : parseShard(str(values, 'shard')!);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes I/N with 1 <= I <= N, got \`${values.shard}\``);
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('--cache and --no-cache exclude each other');
  const opts: RunOptions = {
    paths: positionals.length ? positionals : ['.'],
    mode: values['no-verify'] ? 'no-verify' : 'verify',
    jobs: positiveInt('jobs', str(values, 'jobs')),
    timeoutMs: positiveInt('timeout-ms', str(values, 'timeout-ms')),
    cacheDir: values['no-cache'] ? null : (str(values, 'cache')),
    shard,
    solver: oneOf('solver', str(values, 'solver'), ['auto', 'wasm', 'native'] as const),
    functionGlob: str(values, 'function'),
    dumpSmtDir: str(values, 'dump-smt'),
  };
  const format = oneOf('format', str(values, 'format'), FORMATS) ?? 'human';
  if (oneOf('cross-check', str(values, 'cross-check'), ['cvc5'] as const)) {
    const { cvc5Name } = await import('./smt/cvc5.js');
    if (!cvc5Name()) throw new UsageError('--cross-check cvc5: no runnable `cvc5` on PATH');
    const { Cvc5CrossCheck } = await import('./cross-check.js');
    opts.crossCheck = new Cvc5CrossCheck(opts.jobs ?? availableParallelism(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  tuneJitFor(opts);
  const results = await runProofgate(opts);
  const cc = opts.crossCheck?.stats;
  if (cc && format === 'human') {
    console.log(`cross-check (cvc5): ${cc.goals} goals in ${cc.queries} queries, ${cc.agreed} agreed, ${cc.undecided} undecided by one solver, ${cc.disagreements} disagreements, ${cc.rejected} queries rejected\n`);
  }
  emit(results, format, str(values, 'output'));
  return results.summary.errors > 0 ? 1 : 0;
}

async function merge(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, OUTPUT_OPTIONS);
  if (values.help) { console.log(USAGE); return 0; }
  if (positionals.length === 0) throw new UsageError('merge needs at least one results file');
  const files = positionals.map((p) => {
    let text: string;
    try { text = readFileSync(p, 'utf8'); } catch { throw new UsageError(`cannot read results file \`${p}\``); }
    try { return JSON.parse(text) as ResultsFile; } catch { throw new UsageError(`\`${p}\` is not a JSON results file`); }
  });
  const merged = mergeResults(files);
  emit(merged, oneOf('format', str(values, 'format'), FORMATS) ?? 'human', str(values, 'output'));
  return merged.summary.errors > 0 ? 1 : 0;
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { filter: { type: 'string' } });
  if (values.help) { console.log(USAGE); return 0; }
  const program = checkPaths(positionals.length ? positionals : ['.']);
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
  const { values, positionals } = parse(args, {
    'budget-ms': { type: 'string' }, seed: { type: 'string' }, 'max-inputs': { type: 'string' },
    jobs: { type: 'string' }, 'timeout-ms': { type: 'string' }, solver: { type: 'string' },
  });
  if (values.help) { console.log(USAGE); return 0; }
  const seedText = str(values, 'seed');
  if (seedText !== undefined && !/^\d+$/.test(seedText)) throw new UsageError(`--seed takes a whole number, got \`${seedText}\``);
  const seed = seedText === undefined ? 1 : Number(seedText) >>> 0;
  const { checkSoundness } = await import('./oracle/oracle.js');
  const { renderOracleReport } = await import('./oracle/report.js');
  console.log(`check-soundness: seed ${seed}`);
  const report = await checkSoundness({
    paths: positionals.length ? positionals : ['.'],
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

function emit(results: ResultsFile, format: (typeof FORMATS)[number], output: string | undefined): void {
  if (output) {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify(results, null, 2) + '\n');
  }
  switch (format) {
    case 'json':
      process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      return;
    case 'sarif':
      process.stdout.write(JSON.stringify(renderSarif(results), null, 2) + '\n');
      return;
    case 'github':
      for (const d of results.diagnostics) console.log(renderWorkflowCommand(d));
      console.log(summaryLine(results));
      return;
    case 'human':
      for (const d of results.diagnostics) console.log(d.rendered + '\n');
      console.log(summaryLine(results));
      return;
  }
}

// z3's threads can keep the process alive: always leave through process.exit (Z3-NOTES.md).
main(process.argv.slice(2)).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (e: unknown) => {
    const msg = e instanceof UsageError || e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`proofgate: ${msg}\n`, () => process.exit(2));
  },
);
