/**
 * GitHub's size limits (docs/action.md, "What every run leaves"): a review body and a review
 * comment body hold at most 65,536 characters (the fake refuses more with 422, as GitHub
 * does), a job summary at most 1 MiB. The shipped Action (built fresh) publishes crafted
 * results files (results-files) too large for each limit: the review is still posted, under
 * the limit, errors first, with a note saying how many more there are and where; every
 * finding is still an annotation.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GitHubApi, makeOctokit } from '../../src/action/github.js';
import { parseMarker, REVIEW_MARKER } from '../../src/action/markdown.js';
import type { ResultsDiagnostic, ResultsFile } from '../../src/report/results.js';
import { BODY_LIMIT, FakeGitHub } from './fake-github.js';
import { buildAction, pullRequestPayload, runEntry, type RunResult } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_limitsSecretToken0123456789';
const HEAD = 'a'.repeat(40);
const MIB = 1024 * 1024;
/** The pull request adds lib.rs's three lines: only they take inline comments. */
const PATCH = '@@ -0,0 +1,3 @@\n+fn a() {}\n+fn b() {}\n+fn c() {}';

let entry = '';
let distDir = '';
let scratch = '';
before(async () => {
  ({ entry, dir: distDir } = await buildAction());
  scratch = mkdtempSync(join(tmpdir(), 'pg-limits-'));
});
after(() => {
  for (const d of [distDir, scratch]) if (d) rmSync(d, { recursive: true, force: true });
});

function fingerprint(n: number): string {
  return n.toString(16).padStart(20, '0');
}

function finding(n: number, over: Partial<ResultsDiagnostic> = {}): ResultsDiagnostic {
  const file = over.file ?? 'src/big.rs';
  const line = over.line ?? 100 + n;
  const message = over.message ?? `possible arithmetic overflow in step ${n} of the long computation: the interval of the sum may leave the range of u32 (the analysis could not bound it)`;
  return {
    severity: 'error', kind: 'overflow', message, file, line, column: 5, endLine: line, endColumn: 30,
    function: `big::step_${n}`, labels: [], fingerprint: fingerprint(n),
    rendered: `error: ${message}\n  --> ${file}:${line}:5`, clause: `total = total + values[${n}] * weights[${n}]`,
    ...over,
  };
}

function results(mode: ResultsFile['mode'], diagnostics: ResultsDiagnostic[], units = 0): ResultsFile {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return {
    tool: { name: 'proofgate', version: '0.1.0', solver: mode === 'verify' ? 'z3 4.8.12 (native)' : 'none' },
    mode,
    summary: { verified: 0, errors, functions: units, cached: 0, seconds: 1, ...(mode === 'no-verify' ? { items: units, analyzed: units, warnings, skipped: 0 } : {}) },
    diagnostics,
    units: Array.from({ length: units }, (_, i) => ({ function: `big::unit_${i}`, file: 'src/big.rs', line: i + 1, status: 'failed' as const, ms: 1 })),
  };
}

/** A workspace holding lib.rs and the given results file, published with results-files. */
function workspace(name: string, res: ResultsFile): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'lib.rs'), 'fn a() {}\nfn b() {}\nfn c() {}\n');
  writeFileSync(join(dir, 'results.json'), JSON.stringify(res));
  return dir;
}

async function publish(fake: FakeGitHub, url: string, repo: string): Promise<RunResult> {
  const r = await runEntry({
    entry, eventName: 'pull_request', repo, apiUrl: url,
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'main', headSha: HEAD }),
    inputs: { 'github-token': TOKEN, cache: 'false', 'results-files': 'results.json' },
  });
  assert.equal(r.hung, false);
  assert.deepEqual(fake.violations, [], 'nothing GitHub would refuse (no text over its limits)');
  return r;
}

async function withFake(body: (fake: FakeGitHub, url: string) => Promise<void>): Promise<void> {
  const fake = new FakeGitHub(OWNER, REPO, PR, [{ filename: 'lib.rs', status: 'added', patch: PATCH }], TOKEN);
  const url = await fake.start();
  try {
    await body(fake, url);
  } finally {
    await fake.stop();
  }
}

/** The annotations a run printed, as `severity file:line`. */
function annotations(r: RunResult): string[] {
  return [...r.stdout.matchAll(/^::(error|warning) [^\n]*?file=([^,\n]+),line=(\d+),/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`);
}

function fitsBodyLimit(text: string): boolean {
  return [...text].length <= BODY_LIMIT && Buffer.byteLength(text) <= BODY_LIMIT;
}

describe('GitHub\'s size limits (shipped Action, results-files)', () => {
  it('the fake refuses a body over 65,536 characters as GitHub does (422 Validation Failed), and takes one at the limit', async () => {
    await withFake(async (fake, url) => {
      const api = new GitHubApi(makeOctokit(TOKEN, url, () => {}, { timeScale: 0.01 }), { owner: OWNER, repo: REPO, pull_number: PR });
      await assert.rejects(api.createReview(HEAD, 'x'.repeat(BODY_LIMIT + 1), 'COMMENT', []), /HTTP 422|Validation Failed/);
      await assert.rejects(api.createReview(HEAD, 'ok', 'COMMENT', [{ path: 'lib.rs', line: 1, side: 'RIGHT', body: 'y'.repeat(BODY_LIMIT + 1) }]), /Validation Failed/);
      assert.equal(fake.reviews.length, 0);
      assert.deepEqual(fake.requests.map((r) => r.status), [422, 422]);
      assert.equal(fake.violations.length, 2, 'an over-long text is a violation of the contract');
      fake.violations.length = 0;
      // characters, not bytes: 65,536 emoji are accepted
      const id = await api.createReview(HEAD, '✅'.repeat(BODY_LIMIT), 'COMMENT', [{ path: 'lib.rs', line: 1, side: 'RIGHT', body: 'z'.repeat(BODY_LIMIT) }]);
      await assert.rejects(api.updateReview(id, 'b'.repeat(BODY_LIMIT + 1)), /Validation Failed/);
      await assert.rejects(api.updateReviewComment(fake.comments[0]!.id, 'c'.repeat(BODY_LIMIT + 1)), /Validation Failed/);
      fake.violations.length = 0;
    });
  });

  it('5,000 findings: the review body and the job summary stay under their limits, errors first; every finding is annotated', async () => {
    // Warnings on every line, an error on every 50th: sorted by line, they interleave.
    const all = Array.from({ length: 5000 }, (_, n) => finding(n, n % 50 === 0 ? {} : { severity: 'warning' }));
    const errors = all.filter((d) => d.severity === 'error');
    assert.equal(errors.length, 100);
    await withFake(async (fake, url) => {
      const r = await publish(fake, url, workspace('many', results('no-verify', all, 3000)));
      assert.equal(r.code, 1, r.stderr);

      // Every finding is an annotation of the step, whatever the other limits cut.
      const shown = annotations(r);
      assert.equal(shown.length, all.length);
      assert.deepEqual(new Set(shown), new Set(all.map((d) => `${d.severity} ${d.file}:${d.line}`)));

      // One review, under GitHub's limit: all errors, then the warnings that fit, then the note.
      assert.equal(fake.reviews.length, 1);
      const body = fake.reviews[0]!.body;
      assert.ok(fitsBodyLimit(body), `review body of ${body.length} characters`);
      assert.ok(body.trimEnd().endsWith(REVIEW_MARKER));
      const rows = body.split('\n').map((l) => parseMarker(l)).filter((m) => m !== null);
      const rowPrints = rows.map((m) => m.fingerprint);
      assert.deepEqual(rowPrints.slice(0, errors.length), errors.map((d) => d.fingerprint), 'every error, first');
      assert.ok(rows.slice(errors.length).every((m) => m.kind === 'warning-overflow'), 'then warnings');
      assert.ok(rows.length > errors.length && rows.length < all.length, `${rows.length} rows`);
      const left = all.length - rows.length;
      assert.match(body, new RegExp(`…and ${left} more \\(0 error\\(s\\), ${left} warning\\(s\\)\\) not listed here: GitHub limits a review body to 65,536 characters\\. Each is an annotation of this run's step \\(the step log shows every one\\) and a row of its job summary`));
      assert.match(body, /`results-file` and `sarif-file` outputs/);

      // The job summary: under 1 MiB, every error row, a note counting the rest.
      assert.ok(Buffer.byteLength(r.summary) < MIB, `summary of ${Buffer.byteLength(r.summary)} bytes`);
      for (const d of errors) assert.ok(r.summary.includes(`\`${d.file}:${d.line}:5\``), `error at line ${d.line} in the summary`);
      const summaryRows = [...r.summary.matchAll(/^\| (❌ error|⚠️ warning) \|/gm)].length;
      assert.ok(summaryRows > 1000 && summaryRows < all.length, `${summaryRows} summary rows`);
      const notListed = all.length - summaryRows;
      assert.match(r.summary, new RegExp(`…and ${notListed} more finding\\(s\\) \\(0 error\\(s\\), ${notListed} warning\\(s\\)\\) not listed: GitHub shows a job summary of at most 1 MiB\\. Each is an annotation of this step`));
      assert.match(r.summary, /Per-function results \(3000\)[\s\S]*…and \d+ more, not listed for GitHub's 1 MiB limit/);
      assert.match(r.summary, new RegExp(`Review: posted 0 inline comment\\(s\\) and ${rows.length} body row\\(s\\);.*${left} more finding\\(s\\) did not fit GitHub's limit on a review body`));
    });
  });

  it('a review GitHub refuses anyway (422) is one clear warning, not posted again blindly; the findings stay in the summary and annotations', async () => {
    const few = [finding(1), finding(2, { severity: 'warning' })];
    await withFake(async (fake, url) => {
      fake.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 422, times: 5, message: 'Validation Failed' });
      const r = await publish(fake, url, workspace('refused', results('no-verify', few, 2)));
      assert.equal(r.code, 1);
      assert.equal(fake.reviews.length, 0);
      assert.equal(fake.requests.filter((q) => q.operationId === 'pulls/create-review').length, 1, 'no inline comment was at fault: nothing to retry');
      const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      assert.deepEqual(warnings, ['::warning::proofgate: publishing the review failed: HTTP 422: Validation Failed; findings are in the job summary and annotations']);
      assert.match(r.summary, /Review: not published \(publishing the review failed: HTTP 422: Validation Failed; findings are in the job summary and annotations\)/);
      assert.deepEqual(annotations(r), ['error src/big.rs:101', 'warning src/big.rs:102']);
      for (const d of few) assert.ok(r.summary.includes(`\`${d.file}:${d.line}:5\``));
    });
  });

  it('a finding too large for a comment is cut with a note, inline and as a body row; its "fixed" edit fits too', async () => {
    const counterexample = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`v${i}`, `${i}`.repeat(60)]));
    const huge = (n: number, file: string, line: number) => finding(n, {
      file, line, kind: 'assertion', message: `assertion failed ${'because '.repeat(2000)}`, counterexample,
      rendered: `error: assertion failed\n${'  = note: a very long note\n'.repeat(8000)}`, clause: `x < y ${'&& x < y '.repeat(4000)}`,
    });
    const inline = huge(1, 'lib.rs', 2);
    const offDiff = huge(2, 'src/big.rs', 40);
    await withFake(async (fake, url) => {
      const r = await publish(fake, url, workspace('huge', results('verify', [inline, offDiff])));
      assert.equal(annotations(r).length, 2);
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.comments.length, 1, 'the inline comment is posted, not refused');
      const comment = fake.comments[0]!;
      assert.deepEqual([comment.path, comment.line], ['lib.rs', 2]);
      assert.ok(fitsBodyLimit(comment.body), `comment of ${comment.body.length} characters`);
      assert.ok(comment.body.includes('✂️ Cut to fit GitHub\'s 65,536-character limit on a comment'), 'the cut is said');
      assert.ok(/\| `v9` \| `9{60}` \|/.test(comment.body), 'the first counterexample rows are kept');
      const kept = [...comment.body.matchAll(/^\| `v\d+` \|/gm)].length;
      assert.ok(comment.body.includes(`| \`…\` | \`${2000 - kept} more\` |`), `the ${2000 - kept} left out are counted`);
      assert.equal(parseMarker(comment.body)?.fingerprint, inline.fingerprint, 'the marker survives the cut');
      const body = fake.reviews[0]!.body;
      assert.ok(fitsBodyLimit(body));
      assert.equal(body.split('\n').map((l) => parseMarker(l)?.fingerprint).filter(Boolean).length, 1, 'the off-diff finding is one body row');
      assert.ok(body.includes(offDiff.fingerprint));

      // Re-run with everything verified: the comment's "now verifies" edit stays under the limit too.
      const fixed = await publish(fake, url, workspace('huge-fixed', results('verify', [])));
      assert.equal(fixed.code, 0, fixed.stderr);
      assert.match(fake.comments[0]!.body, /now verifies/);
      assert.ok(fitsBodyLimit(fake.comments[0]!.body));
      assert.match(fake.reviews[0]!.body, /✅ now verifies/);
      assert.ok(fitsBodyLimit(fake.reviews[0]!.body));
    });
  });
});
