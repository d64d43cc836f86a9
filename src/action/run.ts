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
import { restoreProofCache, saveProofCache } from './cache.js';
import type { Engine } from './engine.js';
import { ActionUsageError } from './errors.js';
import { loadActionsGitHub, type ActionsGitHub } from './actions-client.js';
import { checkEventPayload, parseEvent, type ActionEvent } from './event.js';
import { GitHubApi, PRODUCTION_TIMING, type ApiTiming } from './github.js';
import { inputsFromEnv, readInputs, type ActionInputs } from './inputs.js';
import { checkedOutCommit, verifiedCommitMismatch } from './checkout.js';
import { decideMode } from './mode.js';
import { publishReview, type PublishOutcome } from './publish.js';
import { escapeText } from './markdown.js';
import { makeClauseReader } from './snippet.js';
import { annotate, summaryMarkdown } from './summary.js';

const STATIC_KINDS = new Set(['syntax', 'type', 'mode', 'unsupported']);

export interface RunSettings {
  /** GitHub request pacing (tests shrink it; see github.ts). */
  timing: ApiTiming;
  /** Said once in the log when the timing is not production's. */
  note: string | null;
}

export async function runAction(
  engine: Engine, env: NodeJS.ProcessEnv = process.env, settings: RunSettings = { timing: PRODUCTION_TIMING, note: null },
): Promise<number> {
  try {
    if (settings.note) core.info(`proofgate: ${settings.note}`);
    return await runUnguarded(engine, env, settings.timing);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const reason = (err instanceof ActionUsageError ? msg : `internal error: ${msg}`).split('\n')[0]!;
    core.error(`proofgate: ${reason}`);
    // The job summary says so too, rather than staying empty.
    await core.summary.addRaw(`## ❌ proofgate did not finish\n\n${escapeText(reason)}\n`).write().catch(() => undefined);
    return 2;
  }
}

async function runUnguarded(engine: Engine, env: NodeJS.ProcessEnv, timing: ApiTiming): Promise<number> {
  const inputs = readInputs(inputsFromEnv(env));
  if (inputs.token) core.setSecret(inputs.token);
  const eventName = checkEventPayload(env);
  // Only now that the payload is known to parse (see actions-client.ts).
  const github = await loadActionsGitHub();
  const event = parseEvent(github.eventName || eventName, github.payload, env);
  const decision = decideMode(inputs, event);
  core.info(`proofgate: ${decision.mode} (${decision.reason})`);

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const cacheDir = inputs.cache ? resolve(workspace, '.proofgate/cache') : null;
  const log = (m: string) => core.info(`proofgate: ${m}`);
  if (cacheDir) await restoreProofCache(cacheDir, log);

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

  const resultsFile = join(env.RUNNER_TEMP || tmpdir(), 'proofgate-results.json');
  mkdirSync(join(resultsFile, '..'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  const sarifFile = join(resultsFile, '..', 'proofgate.sarif');
  writeFileSync(sarifFile, JSON.stringify(renderSarif(results), null, 2) + '\n');

  annotate(results, core);

  const { review, skipped } = await reviewIfWanted(inputs, event, github, results, decision.reason, env, workspace, timing);
  // The job summary is written whatever `review` says: every finding must reach the user.
  await core.summary.addRaw(summaryMarkdown({ results, modeReason: decision.reason, review, reviewSkipped: skipped })).write();

  core.setOutput('mode', results.mode);
  core.setOutput('verified', results.summary.verified);
  core.setOutput('errors', results.summary.errors);
  core.setOutput('results-file', resultsFile);
  core.setOutput('sarif-file', sarifFile);
  if (cacheDir) await saveProofCache(cacheDir, log);

  const s = results.summary;
  core.info(results.mode === 'verify'
    ? `verification results:: ${s.verified} verified, ${s.errors} errors`
    : `check results:: ${s.items ?? s.functions} items checked, ${s.errors} errors`);
  if (s.errors > 0 && inputs.failOnError) {
    core.setFailed(`proofgate: ${s.errors} error(s)`);
    return 1;
  }
  return 0;
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
  // Absence of an earlier finding proves it fixed only if this run checked it.
  const everythingChecked = results.mode === 'verify' && !inputs.shard;
  const review = await publishReview({
    api,
    headSha: pr.headSha,
    results,
    modeReason,
    maxComments: inputs.maxComments,
    reviewEvent: inputs.reviewEvent,
    clauseOf: makeClauseReader(workspace),
    absenceMeansFixed: (kind) => everythingChecked || (kind !== null && STATIC_KINDS.has(kind) && !inputs.shard),
    warn: (m) => core.warning(m),
  });
  return { review, skipped: null };
}
