/**
 * End to end: the bundled Action run as a runner runs it, against a fake GitHub that
 * validates every request against GitHub's OpenAPI description and keeps the PR's state.
 *
 * ENTRY is a bundle of the test-only fixture entry (the real Action with a fixture
 * engine). Once dist/index.js carries the real engine, switch ENTRY to it (and drop
 * `results:` below); the repository under fixtures/action/repo really has one verified
 * and one failing function.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { FakeGitHub } from './fake-github.js';
import { addedLinesPatch, bundle, FIXTURES, pullRequestPayload, pushPayload, runEntry, type RunResult } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_e2eSecretToken0123456789';
const HEAD = 'a'.repeat(40);

const repoDir = join(FIXTURES, 'repo');
const fixedRepoDir = join(FIXTURES, 'repo-fixed');
const libText = readFileSync(join(repoDir, 'lib.rs'), 'utf8');
const results = (name: string) => join(FIXTURES, 'results', `${name}.json`);

let ENTRY = '';
before(async () => {
  ENTRY = await bundle(join(FIXTURES, 'fixture-entry.ts'));
});

/** The PR adds clamp_to_ten (lines 15-25), so its postcondition (line 18) is in the diff. */
const wholeFunctionPatch = addedLinesPatch(libText, 15, 25);

async function withFake<T>(patch: string, body: (fake: FakeGitHub, url: string) => Promise<T>): Promise<T> {
  const fake = new FakeGitHub(OWNER, REPO, PR, [{ filename: 'lib.rs', status: 'modified', patch }], TOKEN);
  const url = await fake.start();
  try {
    return await body(fake, url);
  } finally {
    await fake.stop();
  }
}

function prRun(url: string, opts: { results: string; repo?: string; fork?: boolean; inputs?: Record<string, string>; base?: string }) {
  return runEntry({
    entry: ENTRY,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: opts.base ?? 'verification', headSha: HEAD, fork: opts.fork }),
    inputs: { 'github-token': TOKEN, 'max-comments': '30', cache: 'false', ...opts.inputs },
    apiUrl: url,
    repo: opts.repo ?? repoDir,
    results: opts.results,
  });
}

function assertClean(fake: FakeGitHub, run: RunResult): void {
  assert.deepEqual(fake.violations, [], 'every request matches GitHub\'s OpenAPI description');
  // `::add-mask::` is how the runner learns to hide it; nothing else may carry it.
  const printed = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.stderr + run.summary;
  assert.ok(!printed.includes(TOKEN), 'the token is never printed');
  assert.ok(run.stdout.includes(`::add-mask::${TOKEN}`), 'the token is masked');
}

function assertVisibleEverywhere(run: RunResult): void {
  assert.match(run.summary, /lib\.rs:18:9/);
  assert.match(run.summary, /postcondition not satisfied/);
  assert.match(run.stdout, /::error .*file=lib\.rs,line=18/);
}

describe('proofgate Action end to end', () => {
  it('posts, re-runs without re-posting, then marks the fix and resolves the thread', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const first = await prRun(url, { results: results('failing') });
      assertClean(fake, first);
      assert.equal(first.code, 1, first.stderr + first.stdout);
      assert.equal(first.outputs.mode, 'verify');
      assert.equal(first.outputs.errors, '1');
      assert.equal(first.outputs.verified, '3');
      assert.ok(first.outputs['results-file']);
      assertVisibleEverywhere(first);
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.reviews[0]!.state, 'COMMENTED');
      assert.equal(fake.comments.length, 1);
      const comment = fake.comments[0]!;
      assert.equal(comment.path, 'lib.rs');
      assert.equal(comment.line, 18);
      assert.match(comment.body, /postcondition not satisfied/);
      assert.match(comment.body, /```rust\nr == x\n```/);
      assert.match(comment.body, /`x` \| `11`/);
      assert.match(comment.body, /<!-- proofgate:fingerprint=3f1c2a9b7d5e4c6a8b01;kind=postcondition -->/);

      const writesBefore = fake.writes().length;
      const again = await prRun(url, { results: results('failing') });
      assertClean(fake, again);
      assert.equal(again.code, 1);
      assert.equal(fake.writes().length, writesBefore, 'the same run again writes nothing');
      assert.equal(fake.reviews.length, 1);

      const fixed = await prRun(url, { results: results('fixed'), repo: fixedRepoDir });
      assertClean(fake, fixed);
      assert.equal(fixed.code, 0, fixed.stderr + fixed.stdout);
      assert.equal(fixed.outputs.errors, '0');
      assert.equal(fake.reviews.length, 1, 'no new review for a fix');
      assert.match(fake.comments[0]!.body, /now verifies/);
      assert.match(fake.comments[0]!.body, /;fixed -->/);
      assert.equal(fake.threads[0]!.isResolved, true);
      assert.match(fixed.summary, /1 fixed comment\(s\) updated, 1 thread\(s\) resolved/);
    });
  });

  it('never leaves a blocking review stale', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const inputs = { 'review-event': 'REQUEST_CHANGES' };
      await prRun(url, { results: results('failing'), inputs });
      assert.equal(fake.reviews[0]!.state, 'CHANGES_REQUESTED');
      const fixed = await prRun(url, { results: results('fixed'), repo: fixedRepoDir, inputs });
      assertClean(fake, fixed);
      assert.equal(fake.reviews[0]!.state, 'DISMISSED');
      assert.match(fixed.summary, /1 stale blocking review\(s\) dismissed/);
    });
  });

  it('puts a finding outside the diff in the review body', async () => {
    await withFake(addedLinesPatch(libText, 6, 13), async (fake, url) => {
      const run = await prRun(url, { results: results('failing') });
      assertClean(fake, run);
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.comments.length, 0);
      assert.match(fake.reviews[0]!.body, /lib\.rs:18:9/);
      assert.match(fake.reviews[0]!.body, /fingerprint=3f1c2a9b7d5e4c6a8b01/);
      assertVisibleEverywhere(run);
    });
  });

  it('gives a fork PR the summary and annotations, with no write', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const run = await prRun(url, { results: results('failing'), fork: true });
      assertClean(fake, run);
      assert.equal(run.code, 1);
      assert.equal(fake.writes().length, 0);
      assertVisibleEverywhere(run);
      assert.match(run.summary, /fork/);
    });
  });

  it('falls back to the summary on 403 (read-only token) without failing on it', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      fake.readOnly = true;
      const run = await prRun(url, { results: results('failing') });
      assertClean(fake, run);
      assert.equal(run.code, 1, 'exit status reflects the findings, not the 403');
      assert.equal(fake.reviews.length, 0);
      assertVisibleEverywhere(run);
      assert.match(run.summary, /403/);
    });
  });

  it('moves a comment answered 422 into the body and still posts the rest', async () => {
    await withFake(addedLinesPatch(libText, 6, 25), async (fake, url) => {
      const has18 = (body: unknown) => ((body as { comments?: { line: number }[] }).comments ?? []).some((c) => c.line === 18);
      fake.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 422, times: 10, when: has18, message: 'Unprocessable Entity' });
      const run = await prRun(url, { results: results('two-failures') });
      assertClean(fake, run);
      const posted = fake.reviews.filter((r) => r.state !== 'PENDING');
      assert.equal(posted.length, 1);
      assert.equal(fake.reviews.length, 1, 'probe reviews are deleted');
      assert.deepEqual(fake.comments.map((c) => c.line), [12]);
      assert.match(posted[0]!.body, /lib\.rs:18:9/);
      assert.match(run.summary, /1 comment\(s\) rejected by GitHub moved to the review body/);
    });
  });

  it('retries 429 after retry-after and 5xx, then succeeds', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      fake.inject({ method: 'GET', path: /\/pulls\/7\/files$/, status: 429, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
      fake.inject({ method: 'GET', path: /\/pulls\/7\/comments$/, status: 502, message: 'Bad Gateway' });
      const run = await prRun(url, { results: results('failing') });
      assertClean(fake, run);
      const statuses = fake.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.status);
      assert.deepEqual(statuses, [429, 200]);
      assert.deepEqual(fake.requests.filter((r) => r.path.endsWith('/comments')).map((r) => r.status), [502, 200]);
      assert.equal(fake.comments.length, 1);
    });
  });
});

describe('proofgate Action modes', () => {
  const pushRun = (branch: string) => runEntry({
    entry: ENTRY, eventName: 'push', payload: pushPayload(OWNER, REPO, branch),
    inputs: { 'github-token': TOKEN, cache: 'false' }, repo: repoDir, results: results('fixed'),
  });

  it('push to main runs --no-verify', async () => {
    const run = await pushRun('main');
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.equal(run.outputs.mode, 'no-verify');
    assert.equal(run.engineOptions?.mode, 'no-verify');
    assert.match(run.summary, /no-verify/);
  });

  it('push to verification runs full proofs', async () => {
    const run = await pushRun('verification');
    assert.equal(run.engineOptions?.mode, 'verify');
    assert.equal(run.outputs.mode, 'verify');
  });

  it('a PR into verification runs full proofs; into main it does not, unless labelled', async () => {
    await withFake(wholeFunctionPatch, async (_fake, url) => {
      const into = await prRun(url, { results: results('fixed'), base: 'verification', inputs: { review: 'summary' } });
      assert.equal(into.engineOptions?.mode, 'verify');
      const main = await prRun(url, { results: results('fixed'), base: 'main', inputs: { review: 'summary' } });
      assert.equal(main.engineOptions?.mode, 'no-verify');
    });
    const labelled = await runEntry({
      entry: ENTRY, eventName: 'pull_request',
      payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'main', headSha: HEAD, labels: ['needs-proof'] }),
      inputs: { 'github-token': TOKEN, cache: 'false', review: 'summary', 'verification-label': 'needs-proof' },
      repo: repoDir, results: results('fixed'),
    });
    assert.equal(labelled.engineOptions?.mode, 'verify');
  });

  it('a broken payload is one line and exit 2', async () => {
    const run = await runEntry({ entry: ENTRY, eventName: 'push', payload: '{ not json', inputs: {}, repo: repoDir, results: results('fixed') });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /::error::proofgate: the event payload at .* is not valid JSON/);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
  });
});

