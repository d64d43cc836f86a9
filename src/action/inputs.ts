/** The Action's inputs (docs/action.md), read and validated once. */
import { ActionUsageError } from './errors.js';

export type ReviewStyle = 'comments' | 'summary' | 'none';

export interface ActionInputs {
  paths: string[];
  mode: 'auto' | 'verify' | 'no-verify';
  verificationBranches: string[];
  verificationLabel: string | null;
  token: string;
  review: ReviewStyle;
  reviewEvent: 'COMMENT' | 'REQUEST_CHANGES';
  /** Publish a review for a fork's pull request under pull_request_target (its write token). */
  allowForkReview: boolean;
  failOnError: boolean;
  maxComments: number;
  cache: boolean;
  shard: { index: number; count: number } | null;
  timeoutMs: number | null;
  solver: 'auto' | 'wasm' | 'native';
  /** Publish these results files (globs) instead of running an engine. */
  resultsFiles: string[];
  /** Who verifies: our engine, or the workflow's own Verus command. */
  engine: EngineChoice;
  /** On runs that do not prove (--no-verify), also run the value analysis and publish its warnings. */
  analyze: boolean;
  /** Fail the step when the analysis reports a warning (by default its warnings never do). */
  analyzeDenyWarnings: boolean;
}

export type EngineChoice = { kind: 'proofgate' } | { kind: 'verus'; command: string };

/** How one input is read: the runner passes `INPUT_<NAME>` (upper case, spaces to `_`). */
export type InputReader = (name: string) => string;

export function inputsFromEnv(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ActionUsageError(`input '${name}' must be one of ${allowed.join(', ')} (got '${value}')`);
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ActionUsageError(`input '${name}' must be true or false (got '${value}')`);
}

function positiveInt(name: string, value: string, allowZero: boolean): number | null {
  if (value === '') return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (!allowZero && n === 0)) {
    throw new ActionUsageError(`input '${name}' must be a ${allowZero ? 'non-negative' : 'positive'} integer (got '${value}')`);
  }
  return n;
}

/** `I/N` with 1 <= I <= N (1-based, as the CLI's `--shard`). */
export function parseShard(value: string): { index: number; count: number } | null {
  if (value === '') return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ActionUsageError(`input 'shard' must look like I/N with 1 <= I <= N (got '${value}')`);
  }
  return { index, count };
}

function list(value: string): string[] {
  return value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== '');
}

function engineChoice(read: InputReader): EngineChoice {
  const kind = oneOf('engine', read('engine'), ['proofgate', 'verus'] as const, 'proofgate');
  const command = read('verus-command');
  if (kind === 'proofgate') {
    if (command) throw new ActionUsageError("input 'verus-command' is only used with 'engine: verus'");
    return { kind };
  }
  if (!command) throw new ActionUsageError("input 'engine: verus' needs 'verus-command' (e.g. `cargo verus verify --message-format=json`)");
  return { kind, command };
}

export function readInputs(read: InputReader): ActionInputs {
  const paths = list(read('paths'));
  const branches = list(read('verification-branches'));
  const resultsFiles = list(read('results-files'));
  const engine = engineChoice(read);
  const shard = parseShard(read('shard'));
  if (resultsFiles.length > 0 && shard) throw new ActionUsageError("inputs 'results-files' and 'shard' exclude each other: the shards verify, the final job publishes their results");
  if (resultsFiles.length > 0 && engine.kind === 'verus') throw new ActionUsageError("inputs 'results-files' and 'engine: verus' exclude each other: results-files publishes results without running an engine");
  if (engine.kind === 'verus' && shard) throw new ActionUsageError("input 'shard' is not supported with 'engine: verus' (shard the Verus command itself)");
  const analyze = bool('analyze', read('analyze'), false);
  const analyzeDenyWarnings = bool('analyze-deny-warnings', read('analyze-deny-warnings'), false);
  if (analyze && engine.kind === 'verus') throw new ActionUsageError("input 'analyze' runs Proofgate's value analysis next to its --no-verify check: it needs 'engine: proofgate'");
  if (analyze && resultsFiles.length > 0) throw new ActionUsageError("inputs 'analyze' and 'results-files' exclude each other: results-files publishes results without running anything");
  if (analyzeDenyWarnings && !analyze) throw new ActionUsageError("input 'analyze-deny-warnings' needs 'analyze: true'");
  return {
    paths: paths.length > 0 ? paths : ['.'],
    mode: oneOf('mode', read('mode'), ['auto', 'verify', 'no-verify'] as const, 'auto'),
    verificationBranches: branches.length > 0 ? branches : ['verification'],
    verificationLabel: read('verification-label') || null,
    token: read('github-token'),
    review: oneOf('review', read('review'), ['comments', 'summary', 'none'] as const, 'comments'),
    reviewEvent: oneOf('review-event', read('review-event').toUpperCase(), ['COMMENT', 'REQUEST_CHANGES'] as const, 'COMMENT'),
    allowForkReview: bool('allow-fork-review', read('allow-fork-review'), false),
    failOnError: bool('fail-on-error', read('fail-on-error'), true),
    maxComments: positiveInt('max-comments', read('max-comments'), true) ?? 30,
    cache: bool('cache', read('cache'), true),
    shard,
    timeoutMs: positiveInt('timeout-ms', read('timeout-ms'), false),
    solver: oneOf('solver', read('solver'), ['auto', 'wasm', 'native'] as const, 'auto'),
    resultsFiles,
    engine,
    analyze,
    analyzeDenyWarnings,
  };
}
