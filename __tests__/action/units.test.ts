/** The Action's pure parts: event parsing (real webhook payloads), mode, diff, markdown, placement. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rightSideLines, commentableDiff } from '../../src/action/diff.js';
import { ActionUsageError } from '../../src/action/errors.js';
import { parseEvent } from '../../src/action/event.js';
import { inputsFromEnv, readInputs } from '../../src/action/inputs.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifiedCommitMismatch } from '../../src/action/checkout.js';
import { errorReason, mayHaveBeenProcessed } from '../../src/action/github.js';
import { blobBaseUrl, codeBlock, codeSpan, escapeText, findingComment, permalink, fixedComment, isReviewBody, parseMarker, fixedBodyRow, bodyRow, REVIEW_MARKER } from '../../src/action/markdown.js';
import { branchMatches, decideMode } from '../../src/action/mode.js';
import { isByToken, planReview } from '../../src/action/placement.js';
import type { ResultsDiagnostic, ResultsFile } from '../../src/report/results.js';
import { ranAnalysis, withAnalysis } from '../../src/action/analysis.js';
import { absenceMeansFixed } from '../../src/action/publish.js';
import { mergeResults } from '../../src/report/merge.js';
import { pullRequestPayload, pushPayload, REPO_ROOT, webhookExample } from './runner.js';

const modeInputs = { mode: 'auto' as const, verificationBranches: ['verification', 'release/*'], verificationLabel: 'prove' };

describe('event and mode', () => {
  it('reads every pull_request example from @octokit/webhooks-examples', () => {
    const ex = webhookExample('pull_request', 'opened') as { pull_request: { number: number; base: { ref: string } } };
    const ev = parseEvent('pull_request', ex);
    assert.equal(ev.pullRequest?.number, ex.pull_request.number);
    assert.equal(ev.pullRequest?.baseRef, ex.pull_request.base.ref);
    assert.equal(ev.pullRequest?.fromFork, false);
  });

  it('push and workflow_dispatch examples give their branch', () => {
    const push = parseEvent('push', webhookExample('push'));
    assert.ok(push.branch === null || typeof push.branch === 'string');
    assert.equal(parseEvent('push', pushPayload('o', 'r', 'verification')).branch, 'verification');
    const dispatch = parseEvent('workflow_dispatch', webhookExample('workflow_dispatch'));
    assert.equal(typeof dispatch.owner, 'string');
  });

  it('a fork PR is recognised', () => {
    const ev = parseEvent('pull_request', pullRequestPayload({ owner: 'o', repo: 'r', number: 1, base: 'main', headSha: 'abc', fork: true }));
    assert.equal(ev.pullRequest?.fromFork, true);
  });

  it('broken payloads are usage errors, not crashes', () => {
    assert.throws(() => parseEvent('pull_request', { repository: { name: 'r', owner: { login: 'o' } } }), ActionUsageError);
    assert.throws(() => parseEvent('pull_request', [1, 2]), ActionUsageError);
    assert.throws(() => parseEvent('pull_request', { repository: { name: 'r', owner: { login: 'o' } }, pull_request: { number: 'x' } }), ActionUsageError);
  });

  it('decides the mode', () => {
    const push = (b: string) => decideMode(modeInputs, parseEvent('push', pushPayload('o', 'r', b))).mode;
    assert.equal(push('main'), 'no-verify');
    assert.equal(push('verification'), 'verify');
    assert.equal(push('release/1.0'), 'verify');
    assert.equal(push('release/1.0/x'), 'no-verify');
    const pr = (base: string, labels: string[] = []) => decideMode(modeInputs, parseEvent('pull_request', pullRequestPayload({ owner: 'o', repo: 'r', number: 1, base, headSha: 's', labels }))).mode;
    assert.equal(pr('verification'), 'verify');
    assert.equal(pr('main'), 'no-verify');
    assert.equal(pr('main', ['prove']), 'verify');
    assert.equal(decideMode({ ...modeInputs, mode: 'verify' }, parseEvent('push', pushPayload('o', 'r', 'main'))).mode, 'verify');
    assert.ok(branchMatches('a/b/c', ['a/**']));
  });

  it('validates inputs', () => {
    const read = (env: Record<string, string>) => readInputs(inputsFromEnv(env));
    const d = read({});
    assert.deepEqual([d.paths, d.mode, d.review, d.maxComments, d.failOnError, d.cache], [['.'], 'auto', 'comments', 30, true, true]);
    assert.deepEqual(read({ 'INPUT_SHARD': '2/3' }).shard, { index: 2, count: 3 });
    assert.throws(() => read({ 'INPUT_SHARD': '4/3' }), ActionUsageError);
    assert.throws(() => read({ 'INPUT_MODE': 'fast' }), ActionUsageError);
    assert.throws(() => read({ 'INPUT_MAX-COMMENTS': '-1' }), ActionUsageError);
    assert.equal(d.allowForkReview, false, 'fork heads are not reviewed unless asked');
    assert.equal(read({ 'INPUT_ALLOW-FORK-REVIEW': 'true' }).allowForkReview, true);
    assert.deepEqual([d.analyze, d.analyzeDenyWarnings], [false, false], 'the analysis is asked for');
    assert.deepEqual([read({ INPUT_ANALYZE: 'true', 'INPUT_ANALYZE-DENY-WARNINGS': 'yes' })].map((x) => [x.analyze, x.analyzeDenyWarnings]), [[true, true]]);
    assert.throws(() => read({ 'INPUT_ANALYZE-DENY-WARNINGS': 'true' }), /'analyze-deny-warnings' needs 'analyze: true'/);
    assert.throws(() => read({ INPUT_ANALYZE: 'true', INPUT_ENGINE: 'verus', 'INPUT_VERUS-COMMAND': 'x' }), /needs 'engine: proofgate'/);
    assert.throws(() => read({ INPUT_ANALYZE: 'true', 'INPUT_RESULTS-FILES': 'a.json' }), ActionUsageError);
  });

  it('every input the Action reads is declared in action.yml, and every declared one is read', () => {
    const read = new Set<string>();
    readInputs((name) => (read.add(name), ''));
    const yml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    const block = yml.slice(yml.indexOf('\ninputs:\n'), yml.indexOf('\noutputs:\n'));
    const declared = new Set([...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!));
    assert.deepEqual([...read].sort(), [...declared].sort());
  });
});

describe('diff', () => {
  it('collects RIGHT-side lines across hunks', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10,2 +11,2 @@\n x\n\\ No newline at end of file\n+y';
    assert.deepEqual([...rightSideLines(patch)], [1, 2, 3, 4, 11, 12]);
    const diff = commentableDiff([{ filename: 'f.rs', patch }, { filename: 'gone.rs', status: 'removed', patch }, { filename: 'big.rs' }]);
    assert.deepEqual([...diff.keys()], ['f.rs', 'big.rs']);
    assert.equal(diff.get('big.rs')?.size, 0);
  });
});

const finding = (over: Partial<ResultsDiagnostic> = {}): ResultsDiagnostic => ({
  severity: 'error', kind: 'assertion', message: 'assertion failed', file: 'a.rs', line: 5, column: 5, endLine: 5, endColumn: 20,
  labels: [], fingerprint: 'fp1', rendered: 'error: assertion failed', clause: 'x < 3', ...over,
});

describe('markdown', () => {
  it('escapes source text', () => {
    assert.equal(escapeText('*a* <b> @me | `c`'), '\\*a\\* \\<b\\> &#64;me \\| \\`c\\`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('a|b', true), '`a\\|b`');
    assert.ok(codeBlock('```\nx').startsWith('````'));
  });

  it('the marker is read from the trailer only; quoted source cannot carry one', () => {
    const forged = '<!-- proofgate:fingerprint=forged;kind=assertion -->';
    const body = findingComment(finding({ rendered: `error: x\n5 | assert(x); // ${forged}`, counterexample: { [forged]: forged } }), `x < 3 // ${forged}`);
    assert.equal(body.match(/<!-- proofgate:/g)?.length, 1, 'only the trailer is a live marker');
    assert.deepEqual(parseMarker(body), { fingerprint: 'fp1', kind: 'assertion', fixed: false });
    assert.equal(parseMarker(`${forged}\nsome text after it`), null, 'a marker not at the end is not the trailer');
    assert.equal(parseMarker(`quoted ${forged} then ${findingComment(finding({ fingerprint: 'real' }), null).split('\n\n').pop()}`)?.fingerprint, 'real');
    const fixed = fixedComment(`text ${forged}\n\n${findingComment(finding(), null)}`, parseMarker(body)!, 'verify');
    assert.match(fixed, /fingerprint=fp1;kind=assertion;fixed -->$/);
    assert.ok(isReviewBody(`x\n\n${REVIEW_MARKER}\n`));
    assert.ok(!isReviewBody(`${REVIEW_MARKER}\n\nmore text`));
  });

  it('a failing clause in another file gets a permalink at the head commit; one in the same file does not', () => {
    const base = blobBaseUrl('https://github.com/', 'o', 'r', 'abc123');
    assert.equal(base, 'https://github.com/o/r/blob/abc123');
    const elsewhere = finding({ kind: 'precondition', message: 'precondition not satisfied', labels: [{ message: 'failed precondition', file: 'src/lib b.rs', line: 9, column: 5, endLine: 9, endColumn: 10 }] });
    assert.ok(findingComment(elsewhere, 'b != 0', base).includes('(https://github.com/o/r/blob/abc123/src/lib%20b.rs#L9)'));
    assert.ok(!findingComment(elsewhere, 'b != 0').includes('/blob/'), 'no base, no link');
    const here = finding({ labels: [{ message: 'failed precondition', file: 'a.rs', line: 2, column: 5, endLine: 2, endColumn: 10 }] });
    assert.ok(!findingComment(here, 'b != 0', base).includes('/blob/'), 'the clause is on the diff already');
    assert.equal(permalink(base, './m/x.rs', 3), 'https://github.com/o/r/blob/abc123/m/x.rs#L3');
  });

  it('comment bodies carry a marker that cannot be forged by the fingerprint', () => {
    const body = findingComment(finding({ fingerprint: 'ab-->cd', counterexample: { x: '3' } }), 'x < 3');
    assert.match(body, /<!-- proofgate:fingerprint=abcd;kind=assertion -->/);
    assert.deepEqual(parseMarker(body), { fingerprint: 'abcd', kind: 'assertion', fixed: false });
    const row = bodyRow(finding(), 'x < 3');
    assert.equal(parseMarker(fixedBodyRow(row))?.fixed, true);
  });
});

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

describe('ownership and faults', () => {
  it('only the token\'s own account matches, a bot with or without its [bot] suffix', () => {
    assert.ok(isByToken(BOT, 'github-actions[bot]'));
    assert.ok(isByToken(BOT, 'github-actions'), 'GraphQL may name an app without the suffix');
    assert.ok(isByToken({ login: 'CI-User', type: 'User' }, 'ci-user'));
    assert.ok(!isByToken({ login: 'github-actions', type: 'User' }, 'github-actions[bot]'));
    assert.ok(!isByToken({ login: 'github-actions[bot]x', type: 'Bot' }, 'github-actions'));
    assert.ok(!isByToken({ login: 'mallory', type: 'User' }, 'github-actions[bot]'));
    assert.ok(!isByToken(null, 'github-actions[bot]'), 'a deleted account is nobody');
  });

  it('which failures may have been carried out, and reasons kept on one line', () => {
    assert.ok(mayHaveBeenProcessed(Object.assign(new Error('Bad Gateway'), { status: 502 })));
    assert.ok(mayHaveBeenProcessed(new Error('socket hang up')));
    assert.ok(!mayHaveBeenProcessed(Object.assign(new Error('rate limited'), { status: 429 })));
    assert.ok(!mayHaveBeenProcessed(Object.assign(new Error('Unprocessable'), { status: 422 })));
    const graphql = Object.assign(new Error('Request failed due to following response errors:\n - Resource not accessible by integration'), {
      errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
    });
    assert.equal(errorReason(graphql), 'Resource not accessible by integration');
    assert.equal(errorReason(Object.assign(new Error('a\nb'), { status: 500 })), 'HTTP 500: a b');
  });

  it('comments go on the head\'s diff only if the head (or GitHub\'s merge of it) was checked out', () => {
    const head = 'a'.repeat(40);
    assert.equal(verifiedCommitMismatch(null, head), null);
    assert.equal(verifiedCommitMismatch({ sha: head, mergedHeads: [], source: 'git' }, head), null);
    assert.equal(verifiedCommitMismatch({ sha: 'm'.repeat(40), mergedHeads: [head], source: 'git' }, head), null);
    assert.match(verifiedCommitMismatch({ sha: 'c'.repeat(40), mergedHeads: [], source: 'GITHUB_SHA' }, head) ?? '', /cccccccccccc is not the pull request head aaaaaaaaaaaa/);
  });
});

describe('placement', () => {
  const diff = new Map([['a.rs', new Set([5, 6])]]);
  const base = { diff, earlierComments: [], earlierReviews: [], maxComments: 1, absenceMeansFixed: () => true };

  it('inline in the diff up to max-comments, the rest in the body; nothing dropped', () => {
    const plan = planReview({ ...base, findings: [finding(), finding({ fingerprint: 'fp2', line: 6 }), finding({ fingerprint: 'fp3', line: 50 })] });
    assert.deepEqual(plan.inline.map((p) => p.finding.fingerprint), ['fp1']);
    assert.deepEqual(plan.body.map((f) => f.fingerprint), ['fp2', 'fp3']);
  });

  it('keeps still-failing comments, and marks fixed ones only when this run could tell', () => {
    const earlierComments = [
      { id: 1, body: findingComment(finding(), null), author: BOT },
      { id: 2, body: findingComment(finding({ fingerprint: 'old', kind: 'postcondition' }), null), author: BOT },
      { id: 3, body: findingComment(finding({ fingerprint: 'oldtype', kind: 'type' }), null), author: BOT },
    ];
    const verifyRun = planReview({ ...base, findings: [finding()], earlierComments });
    assert.deepEqual(verifyRun.kept.map((f) => f.fingerprint), ['fp1']);
    assert.equal(verifyRun.inline.length, 0);
    assert.deepEqual(verifyRun.fixedComments.map((f) => f.comment.id), [2, 3]);
    // A --no-verify run did not check proofs: their absence proves nothing.
    const staticOnly = (kind: string | null) => kind === 'type';
    const noVerify = planReview({ ...base, findings: [finding()], earlierComments, absenceMeansFixed: staticOnly });
    assert.deepEqual(noVerify.fixedComments.map((f) => f.comment.id), [3]);
  });

  it('a warning and an error are never one finding as state, even with one fingerprint', () => {
    const warning = finding({ severity: 'warning', kind: 'overflow' });
    const error = finding({ kind: 'overflow' });
    // an earlier warning's comment does not stand for an error now: the error is posted
    const afterWarning = planReview({ ...base, findings: [error], earlierComments: [{ id: 1, body: findingComment(warning, null), author: BOT }] });
    assert.deepEqual(afterWarning.inline.map((p) => p.finding.severity), ['error']);
    assert.deepEqual(afterWarning.kept, []);
    // nor the reverse; and both at once are both published
    const afterError = planReview({ ...base, findings: [warning], earlierComments: [{ id: 1, body: findingComment(error, null), author: BOT }], maxComments: 5 });
    assert.deepEqual(afterError.inline.map((p) => p.finding.severity), ['warning']);
    const both = planReview({ ...base, findings: [warning, error], maxComments: 5 });
    assert.deepEqual(both.inline.map((p) => p.finding.severity).sort(), ['error', 'warning']);
    // errors get the inline comments first
    const crowded = planReview({ ...base, findings: [finding({ severity: 'warning', kind: 'index', fingerprint: 'w' }), finding({ fingerprint: 'e', line: 6 })] });
    assert.deepEqual(crowded.inline.map((p) => p.finding.fingerprint), ['e']);
    assert.deepEqual(crowded.body.map((f) => f.fingerprint), ['w']);
  });

  it('an earlier warning is gone only for a run that ran the analysis; its edit never says "verifies"', () => {
    const warn = findingComment(finding({ severity: 'warning', kind: 'overflow', fingerprint: 'w1' }), null);
    assert.match(warn, /;kind=warning-overflow -->$/);
    const results = (over: Partial<ResultsFile>): ResultsFile => ({
      tool: { name: 'proofgate', version: '0.1.0', solver: 'none' }, mode: 'no-verify', diagnostics: [], units: [],
      summary: { verified: 0, errors: 0, functions: 0, cached: 0, seconds: 0 }, ...over,
    });
    const plan = (r: ResultsFile) => planReview({ ...base, findings: [], earlierComments: [{ id: 1, body: warn, author: BOT }], absenceMeansFixed: absenceMeansFixed(r) });
    assert.equal(plan(results({ mode: 'verify' })).fixedComments.length, 0, 'a run that proves did not analyse');
    assert.equal(plan(results({})).fixedComments.length, 0, 'nor a --no-verify run without analyze');
    const analysed = results({ summary: { verified: 0, errors: 0, functions: 0, cached: 0, seconds: 0, analyzed: 3, warnings: 0, skipped: 0 } });
    assert.equal(plan(analysed).fixedComments.length, 1);
    assert.equal(plan({ ...analysed, shard: { index: 1, count: 2 } }).fixedComments.length, 0, 'a shard never tells');
    // an error's comment is never marked fixed by an analysis run (it did not prove)
    const err = findingComment(finding({ kind: 'postcondition', fingerprint: 'e1' }), null);
    assert.equal(planReview({ ...base, findings: [], earlierComments: [{ id: 2, body: err, author: BOT }], absenceMeansFixed: absenceMeansFixed(analysed) }).fixedComments.length, 0);
    const edited = fixedComment(warn, parseMarker(warn)!, 'no-verify');
    assert.match(edited, /^✅ \*\*proofgate: this is no longer reported by the value analysis\.\*\*/);
    assert.match(edited, /;kind=warning-overflow;fixed -->$/);
    const row = bodyRow(finding({ severity: 'warning', kind: 'index', fingerprint: 'w2' }), null);
    assert.match(row, /^- ⚠️ warning: /);
    assert.match(fixedBodyRow(row), /^- ✅ no longer reported by the value analysis: ~~`a\.rs:5:5`/);
  });

  it('the analysis joins a --no-verify run: its warnings only, in order, counted apart', () => {
    const run: ResultsFile = {
      tool: { name: 'proofgate', version: '0.1.0', solver: 'none' }, mode: 'no-verify', units: [],
      summary: { verified: 0, errors: 1, functions: 0, cached: 0, seconds: 0.5, items: 4 },
      diagnostics: [finding({ kind: 'type', file: 'b.rs', line: 2, fingerprint: 't' })],
    };
    const analysis: ResultsFile = {
      tool: { name: 'proofgate', version: '0.1.0', solver: 'none' }, mode: 'analyze', units: [],
      summary: { verified: 0, errors: 1, functions: 7, cached: 0, seconds: 0.25, warnings: 1, skipped: 1 },
      diagnostics: [
        finding({ kind: 'type', file: 'b.rs', line: 2, fingerprint: 't' }),
        finding({ severity: 'warning', kind: 'unsupported', file: 'c.rs', line: 1, fingerprint: 'u' }),
        finding({ severity: 'warning', kind: 'overflow', file: 'a.rs', line: 9, fingerprint: 'o' }),
      ],
    };
    const joined = withAnalysis(run, analysis);
    assert.deepEqual(joined.diagnostics.map((d) => d.fingerprint), ['o', 't', 'u'], 'the error once, sorted by file');
    assert.deepEqual([joined.mode, joined.summary.errors, joined.summary.analyzed, joined.summary.warnings, joined.summary.skipped, joined.summary.seconds], ['no-verify', 1, 7, 1, 1, 0.75]);
    assert.ok(ranAnalysis(joined) && !ranAnalysis(run));
    // in a matrix, shard 1 analyses the whole code: the merged results keep its counts
    const merged = mergeResults([{ ...joined, shard: { index: 1, count: 2 } }, { ...run, diagnostics: [], summary: { ...run.summary, errors: 0 }, shard: { index: 2, count: 2 } }]);
    assert.deepEqual([merged.summary.analyzed, merged.summary.warnings, merged.summary.skipped, merged.shard], [7, 1, 1, undefined]);
    assert.ok(ranAnalysis(merged));
    assert.ok(!ranAnalysis(mergeResults([{ ...run, shard: { index: 1, count: 1 } }])));
  });

  it('marks fixed body rows of earlier reviews', () => {
    const review = { id: 9, state: 'COMMENTED', author: BOT, body: `head\n\n${bodyRow(finding({ fingerprint: 'gone' }), null)}\n${bodyRow(finding(), null)}` };
    const plan = planReview({ ...base, findings: [finding()], earlierReviews: [review] });
    assert.equal(plan.fixedReviewBodies.length, 1);
    assert.match(plan.fixedReviewBodies[0]!.body, /now verifies: .*;fixed -->\n- ❌/);
    assert.deepEqual(plan.kept.map((f) => f.fingerprint), ['fp1']);
  });
});
