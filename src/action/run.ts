/**
 * One Action run: inputs and event -> mode -> engine -> results file, annotations, review,
 * job summary, outputs -> exit status (0 clean, 1 errors with fail-on-error, 2 usage or
 * internal failure, always as one line).
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResultsFile } from '../report/results.js';
import { renderSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { cacheKeys, restoreProofCache, saveProofCache } from './cache.js';
import { ranAnalysis, withAnalysis } from './analysis.js';
import type { Analyzer, Engine } from './engine.js';
import { ActionUsageError } from './errors.js';
import { loadActionsGitHub, type ActionsGitHub } from './actions-client.js';
import { checkEventPayload, parseEvent, type ActionEvent } from './event.js';
import { GitHubApi, PRODUCTION_TIMING, type ApiTiming } from './github.js';
import { inputsFromEnv, readInputs, type ActionInputs } from './inputs.js';
import { checkedOutCommit, verifiedCommitMismatch } from './checkout.js';
import { decideMode } from './mode.js';
import { absenceMeansFixed, publishReview, type PublishOutcome } from './publish.js';
import { loadResultsFiles } from './results-files.js';
import { runVerusCommand } from './verus.js';
import { blobBaseUrl, escapeText } from './markdown.js';
import { makeClauseReader } from './snippet.js';
import { annotate, summaryMarkdown } from './summary.js';

export interface RunSettings {
  /** GitHub request pacing (tests shrink it; see github.ts). */
  timing: ApiTiming;
  /** Said once in the log when the timing is not production's. */
  note: string | null;
}

/**
 * `env` gives the inputs and runner variables; the event itself is read through
 * @actions/github's context, which reads `process.env` (main.ts passes process.env).
 */
export async function runAction(
  engine: Engine, env: NodeJS.ProcessEnv = process.env, settings: RunSettings = { timing: PRODUCTION_TIMING, note: null }, analyzer?: Analyzer,
): Promise<number> {
  try {
    if (settings.note) core.info(`proofgate: ${settings.note}`);
    return await runUnguarded(engine, env, settings.timing, analyzer);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const reason = (err instanceof ActionUsageError ? msg : `internal error: ${msg}`).split('\n')[0]!;
    core.error(`proofgate: ${reason}`);
    // The job summary says so too, rather than staying empty.
    await core.summary.addRaw(`## ❌ proofgate did not finish\n\n${escapeText(reason)}\n`).write().catch(() => undefined);
    return 2;
  }
}

/** What a run publishes, and why it is what it is. */
interface Produced {
  results: ResultsFile;
  /** Why this mode, or where the results come from (the summary's `Mode:` line). */
  reason: string;
  /** Merged from results files (SARIF's automation id says so). */
  merged: boolean;
  /** Set when nothing was verified at all: then no review is touched (absence proves nothing). */
  notRun: string | null;
}

async function runUnguarded(engine: Engine, env: NodeJS.ProcessEnv, timing: ApiTiming, analyzer: Analyzer | undefined): Promise<number> {
  const inputs = readInputs(inputsFromEnv(env));
  if (inputs.token) core.setSecret(inputs.token);
  const eventName = checkEventPayload(env);
  // Only now that the payload is known to parse (see actions-client.ts).
  const github = await loadActionsGitHub();
  const event = parseEvent(github.eventName || eventName, github.payload, env);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const log = (m: string) => core.info(`proofgate: ${m}`);

  const produced = await produceResults(engine, inputs, event, env, workspace, log);
  const { reason, merged, notRun } = produced;
  const { results, analysisNote } = analysisStep(produced, analyzer, inputs, workspace);
  core.info(`proofgate: ${results.mode} (${reason})`);

  const resultsFile = join(env.RUNNER_TEMP || tmpdir(), 'proofgate-results.json');
  mkdirSync(join(resultsFile, '..'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  const sarifFile = join(resultsFile, '..', 'proofgate.sarif');
  writeFileSync(sarifFile, JSON.stringify(renderSarif(results, { merged }), null, 2) + '\n');

  annotate(results, core);

  const { review, skipped } = notRun
    ? { review: null, skipped: notRun }
    : await reviewIfWanted(inputs, event, github, results, reason, env, workspace, timing);
  // The job summary is written whatever `review` says: every finding must reach the user.
  await core.summary.addRaw(summaryMarkdown({ results, modeReason: reason, review, reviewSkipped: skipped, analysisNote })).write();

  core.setOutput('mode', results.mode);
  core.setOutput('verified', results.summary.verified);
  core.setOutput('errors', results.summary.errors);
  core.setOutput('warnings', results.diagnostics.filter((d) => d.severity === 'warning').length);
  core.setOutput('results-file', resultsFile);
  core.setOutput('sarif-file', sarifFile);

  const s = results.summary;
  core.info(results.mode === 'verify'
    ? `verification results:: ${s.verified} verified, ${s.errors} errors`
    : `check results:: ${s.items ?? s.functions} items checked, ${s.errors} errors`);
  if (ranAnalysis(results)) core.info(`analysis results:: ${s.analyzed ?? 0} functions analyzed, ${s.warnings ?? 0} warnings, ${s.skipped ?? 0} skipped`);
  if (s.errors > 0 && inputs.failOnError) {
    core.setFailed(`proofgate: ${s.errors} error(s)`);
    return 1;
  }
  // The analysis's warnings fail the job only when asked (as `proofgate analyze --deny-warnings`).
  const warnings = results.diagnostics.filter((d) => d.severity === 'warning').length;
  if (inputs.analyzeDenyWarnings && warnings > 0) {
    core.setFailed(`proofgate: ${warnings} analysis warning(s) (analyze-deny-warnings is true)`);
    return 1;
  }
  return 0;
}

/**
 * `analyze: true`: next to a --no-verify run (not one that proves), and in a matrix only in
 * shard 1, which analyses the whole code once (results-files then publish it with the rest).
 */
function analysisStep(produced: Produced, analyzer: Analyzer | undefined, inputs: ActionInputs, workspace: string): { results: ResultsFile; analysisNote: string | null } {
  const results = produced.results;
  if (!inputs.analyze) return { results, analysisNote: null };
  if (results.mode !== 'no-verify' || produced.notRun) return { results, analysisNote: 'not run: the analysis runs next to --no-verify checks, and this run proves the code' };
  if (inputs.shard && inputs.shard.index !== 1) return { results, analysisNote: `run in shard 1/${inputs.shard.count}, which analyses the whole code` };
  return analyzed(results, analyzer, inputs, workspace);
}

/**
 * A --no-verify run's results with the value analysis's warnings added. Should the analysis
 * itself fail, the run's own results still stand (its warnings would never have failed the
 * job): the failure is said in the log and, as a warning, in the summary and annotations.
 */
function analyzed(results: ResultsFile, analyzer: Analyzer | undefined, inputs: ActionInputs, workspace: string): { results: ResultsFile; analysisNote: string | null } {
  if (!analyzer) throw new ActionUsageError("input 'analyze' is not available in this build of the Action");
  try {
    return { results: withAnalysis(results, analyzer({ paths: inputs.paths, workspaceRoot: workspace })), analysisNote: null };
  } catch (err) {
    const why = `the value analysis failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    core.warning(`proofgate: ${why}`);
    return { results, analysisNote: why };
  }
}

/** The results to publish: merged from results-files, from the workflow's Verus command, or from our engine. */
async function produceResults(
  engine: Engine, inputs: ActionInputs, event: ActionEvent, env: NodeJS.ProcessEnv, workspace: string, log: (m: string) => void,
): Promise<Produced> {
  if (inputs.resultsFiles.length > 0) {
    const { results, reason } = loadResultsFiles(inputs.resultsFiles, workspace);
    return { results, reason, merged: true, notRun: null };
  }
  const decision = decideMode(inputs, event);
  if (inputs.engine.kind === 'verus') {
    if (decision.mode !== 'verify') {
      const why = `${decision.reason}; engine verus: the verus-command was not run (it runs where full proofs are due)`;
      return { results: notRunResults(), reason: why, merged: false, notRun: 'the verus-command was not run, so nothing was checked' };
    }
    const results = await runVerusCommand(inputs.engine.command, workspace, log);
    return { results, reason: `${decision.reason}; engine verus`, merged: false, notRun: null };
  }

  const cacheDir = inputs.cache ? resolve(workspace, '.proofgate/cache') : null;
  const keys = cacheKeys(inputs.shard, env);
  if (cacheDir) await restoreProofCache(cacheDir, keys, log);
  let results: ResultsFile;
  try {
    results = await engine({
      paths: inputs.paths,
      mode: decision.mode,
      cacheDir,
      solver: inputs.solver,
      // Nothing outside the checked-out repository is read (nor quoted into comments).
      workspaceRoot: workspace,
      ...(inputs.timeoutMs !== null ? { timeoutMs: inputs.timeoutMs } : {}),
      ...(inputs.shard ? { shard: inputs.shard } : {}),
    });
  } catch (err) {
    throw new ActionUsageError(`the verifier failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (cacheDir) await saveProofCache(cacheDir, keys, log);
  const reason = inputs.shard ? `${decision.reason}; shard ${inputs.shard.index}/${inputs.shard.count}` : decision.reason;
  return { results, reason, merged: false, notRun: null };
}

/** An honest empty result: nothing checked, nothing claimed. */
function notRunResults(): ResultsFile {
  return {
    tool: { name: 'proofgate', version: VERSION, solver: 'none' },
    mode: 'no-verify',
    summary: { verified: 0, errors: 0, functions: 0, cached: 0, seconds: 0, items: 0 },
    diagnostics: [],
    units: [],
  };
}

async function reviewIfWanted(
  inputs: ActionInputs, event: ActionEvent, github: ActionsGitHub, results: ResultsFile, modeReason: string, env: NodeJS.ProcessEnv, workspace: string, timing: ApiTiming,
): Promise<{ review: PublishOutcome | null; skipped: string | null }> {
  if (inputs.review !== 'comments') return { review: null, skipped: `review input is '${inputs.review}'` };
  const pr = event.pullRequest;
  if (!pr) return { review: null, skipped: `not a pull request (${event.name})` };
  // A fork's pull_request run gets a read-only token: do not even try to write.
  if (pr.fromFork && event.name === 'pull_request') {
    return { review: null, skipped: 'pull request from a fork (read-only token); findings are in this summary and the annotations' };
  }
  // pull_request_target runs with a write token on a fork's pull request: publishing for a
  // fork head is the workflow's explicit choice (README: fork pull requests).
  if (pr.fromFork && event.name === 'pull_request_target' && !inputs.allowForkReview) {
    return { review: null, skipped: 'pull_request_target for a fork\'s pull request: not publishing with the write token unless the allow-fork-review input is true (see the README on fork pull requests); findings are in this summary and the annotations' };
  }
  if (!inputs.token) return { review: null, skipped: 'no github-token' };
  // Comments go on the head's diff: only if the head (or GitHub's merge of it) is what was verified.
  const mismatch = verifiedCommitMismatch(checkedOutCommit(workspace, event.name, env), pr.headSha);
  if (mismatch) {
    core.warning(`proofgate: ${mismatch}`);
    return { review: null, skipped: `${mismatch}; findings are in this summary and the annotations` };
  }

  const api = new GitHubApi(github.client(inputs.token, (m) => core.info(`proofgate: ${m}`), timing), { owner: event.owner, repo: event.repo, pull_number: pr.number });
  const review = await publishReview({
    api,
    headSha: pr.headSha,
    results,
    modeReason,
    maxComments: inputs.maxComments,
    reviewEvent: inputs.reviewEvent,
    clauseOf: makeClauseReader(workspace),
    blobBase: blobBaseUrl(env.GITHUB_SERVER_URL || 'https://github.com', event.owner, event.repo, pr.headSha),
    absenceMeansFixed: absenceMeansFixed(results),
    warn: (m) => core.warning(m),
  });
  return { review, skipped: null };
}
