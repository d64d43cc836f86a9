/**
 * End to end: the shipped Action (scripts/build.mjs's index.js, built fresh into a temp
 * folder) run as a runner runs it, with the real engine and native z3, on a copy of a small
 * repository with one verified and one failing function, against a fake GitHub that
 * validates every request against GitHub's OpenAPI description and keeps the PR's state.
 * No fixture engine: every finding, clause, counterexample and fingerprint is the engine's.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ResultsDiagnostic } from '../../src/report/results.js';
import { FakeGitHub } from './fake-github.js';
import { addedLinesPatch, buildAction, FIXTURES, pullRequestPayload, pushPayload, runEntry, type RunResult, type RunSpec } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_e2eSecretToken0123456789';
const HEAD = 'a'.repeat(40);

/** clamp_to_ten (lines 15-25) ensures `r == x` (line 18), false for x > 10; add_one verifies. */
const repoDir = join(FIXTURES, 'repo');
/** The fix: `x <= 10 ==> r == x`; everything verifies. */
const fixedRepoDir = join(FIXTURES, 'repo-fixed');
/** As repo, but add_one's ensures (line 10) says `r == x + 2`: a second failure. */
const twoFailuresDir = join(FIXTURES, 'repo-two-failures');
const libText = readFileSync(join(repoDir, 'lib.rs'), 'utf8');

let ENTRY = '';
let distDir = '';
before(async () => {
  ({ entry: ENTRY, dir: distDir } = await buildAction());
});
after(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
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

async function run(spec: Omit<RunSpec, 'entry'>): Promise<RunResult> {
  const r = await runEntry({ entry: ENTRY, ...spec });
  assert.equal(r.hung, false, 'the Action exits on its own');
  return r;
}

function prRun(url: string, opts: { repo?: string; fork?: boolean; inputs?: Record<string, string>; base?: string; labels?: string[] } = {}) {
  return run({
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: opts.base ?? 'verification', headSha: HEAD, fork: opts.fork, labels: opts.labels }),
    inputs: { 'github-token': TOKEN, 'max-comments': '30', cache: 'false', ...opts.inputs },
    apiUrl: url,
    repo: opts.repo ?? repoDir,
  });
}

function assertClean(fake: FakeGitHub, r: RunResult): void {
  assert.deepEqual(fake.violations, [], 'every request matches GitHub\'s OpenAPI description');
  // `::add-mask::` is how the runner learns to hide it; nothing else may carry it.
  const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + r.summary;
  assert.ok(!printed.includes(TOKEN), 'the token is never printed');
  assert.ok(r.stdout.includes(`::add-mask::${TOKEN}`), 'the token is masked');
}

/** The engine's one finding on the fixture repository, from the run's own results file. */
function clampFinding(r: RunResult): ResultsDiagnostic {
  assert.ok(r.results, `a results file (${r.stderr}${r.stdout})`);
  const d = r.results.diagnostics.find((x) => x.line === 18);
  assert.ok(d, 'the engine reports clamp_to_ten\'s postcondition');
  assert.equal(d.kind, 'postcondition');
  assert.equal(d.message, 'postcondition not satisfied');
  assert.equal(d.clause, 'r == x');
  assert.match(d.function ?? '', /clamp_to_ten$/);
  assert.equal(d.counterexample?.x, '11', 'z3 finds the smallest failing x');
  return d;
}

function marker(d: ResultsDiagnostic): string {
  return `<!-- proofgate:fingerprint=${d.fingerprint};kind=${d.kind} -->`;
}

/** Job summary (totals, mode, a row with the counterexample) and an annotation: in every run. */
function assertVisibleEverywhere(r: RunResult, d: ResultsDiagnostic): void {
  assert.match(r.summary, /\| verified \| errors \| functions \| cached \| seconds \|\n.*\n\| 2 \| 1 \| 3 \| 0 \| [\d.]+ \|/);
  assert.match(r.summary, /Mode: `verify`: pull request into verification branch 'verification'/);
  assert.match(r.summary, /`lib\.rs:18:9`/);
  assert.match(r.summary, /postcondition not satisfied \| `x = 11` \|/);
  assert.match(r.stdout, /::error title=proofgate%3A postcondition not satisfied,file=lib\.rs,line=18,endLine=18,col=9,endColumn=15::error: postcondition not satisfied%0A {2}--> lib\.rs:18:9%0A.*counterexample: x = 11%0A {3}= help: every path out of the function must establish this `ensures`.*diagnostics\.md#postcondition\n/);
  assert.match(r.stdout, /^verification results:: 2 verified, 1 errors$/m);
  assert.equal(d.file, 'lib.rs');
}

// Every test has its own fake GitHub and workspace copies, and a run mostly waits on
// child processes (node, z3): running them side by side keeps the suite short.
const CONCURRENCY = 3;

describe('proofgate Action end to end (real engine)', { concurrency: CONCURRENCY }, () => {
  it('posts, re-runs without re-posting, then marks the fix and resolves the thread', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const first = await prRun(url);
      assertClean(fake, first);
      assert.equal(first.code, 1, first.stderr + first.stdout);
      const d = clampFinding(first);
      assert.deepEqual([first.outputs.mode, first.outputs.verified, first.outputs.errors], ['verify', '2', '1']);
      assert.match(first.results!.tool.solver, /native/, 'z3 from PATH');
      assertVisibleEverywhere(first, d);

      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.reviews[0]!.state, 'COMMENTED');
      assert.equal(fake.reviews[0]!.commit_id, HEAD);
      assert.equal(fake.comments.length, 1);
      const comment = fake.comments[0]!;
      assert.deepEqual([comment.path, comment.line, comment.side], ['lib.rs', 18, 'RIGHT']);
      assert.match(comment.body, /\*\*proofgate: postcondition not satisfied\*\* \(`postcondition`\) in `[\w:]*clamp_to_ten`/);
      assert.match(comment.body, /Failing clause:\n\n```rust\nr == x\n```/, 'the clause, quoted from the engine\'s clause field');
      assert.match(comment.body, /\| `x` \| `11` \|/, 'the engine\'s counterexample');
      assert.ok(comment.body.includes(d.rendered), 'the full rendered diagnostic');
      assert.ok(comment.body.endsWith(marker(d)), 'the fingerprint marker');

      const writesBefore = fake.writes().length;
      const again = await prRun(url);
      assertClean(fake, again);
      assert.equal(again.code, 1);
      assert.equal(clampFinding(again).fingerprint, d.fingerprint, 'fingerprints are stable across runs');
      assert.equal(fake.writes().length, writesBefore, 'the same run again writes nothing');
      assert.equal(fake.reviews.length, 1);
      assert.match(again.summary, /nothing new to post; 1 earlier finding\(s\) still failing/);

      const fixed = await prRun(url, { repo: fixedRepoDir });
      assertClean(fake, fixed);
      assert.equal(fixed.code, 0, fixed.stderr + fixed.stdout);
      assert.deepEqual([fixed.outputs.verified, fixed.outputs.errors], ['3', '0']);
      assert.equal(fake.reviews.length, 1, 'no new review for a fix');
      assert.equal(fake.comments.length, 1);
      assert.match(fake.comments[0]!.body, /this now verifies/);
      assert.ok(fake.comments[0]!.body.endsWith(`<!-- proofgate:fingerprint=${d.fingerprint};kind=postcondition;fixed -->`));
      assert.equal(fake.threads[0]!.isResolved, true);
      assert.match(fixed.summary, /Every obligation verified/);
      assert.match(fixed.summary, /1 fixed comment\(s\) updated, 1 thread\(s\) resolved/);
    });
  });

  it('never leaves a blocking review stale', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const inputs = { 'review-event': 'REQUEST_CHANGES' };
      await prRun(url, { inputs });
      assert.equal(fake.reviews[0]!.state, 'CHANGES_REQUESTED');
      const fixed = await prRun(url, { repo: fixedRepoDir, inputs });
      assertClean(fake, fixed);
      assert.equal(fake.reviews[0]!.state, 'DISMISSED');
      assert.match(fixed.summary, /1 stale blocking review\(s\) dismissed/);
    });
  });

  it('puts a finding outside the diff in the review body', async () => {
    // The PR touches add_one only (lines 6-13); clamp_to_ten's line 18 is outside it.
    await withFake(addedLinesPatch(libText, 6, 13), async (fake, url) => {
      const r = await prRun(url);
      assertClean(fake, r);
      const d = clampFinding(r);
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.comments.length, 0);
      const body = fake.reviews[0]!.body;
      assert.match(body, /`lib\.rs:18:9` \*\*postcondition not satisfied\*\* in `[\w:]*clamp_to_ten`: `r == x` \(counterexample: `x = 11`\)/);
      assert.ok(body.includes(marker(d)));
      assertVisibleEverywhere(r, d);
    });
  });

  it('gives a fork PR the summary and annotations, with no write', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const r = await prRun(url, { fork: true });
      assertClean(fake, r);
      assert.equal(r.code, 1);
      assert.equal(fake.requests.length, 0, 'not even a read: the token is read-only');
      assertVisibleEverywhere(r, clampFinding(r));
      assert.match(r.summary, /Review: pull request from a fork/);
    });
  });

  it('with review: none still writes the job summary and annotations, and calls no API', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const r = await prRun(url, { inputs: { review: 'none' } });
      assertClean(fake, r);
      assert.equal(r.code, 1);
      assert.equal(fake.requests.length, 0);
      assertVisibleEverywhere(r, clampFinding(r));
    });
  });

  it('falls back to the summary on 403 (read-only token) without failing on it', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      fake.readOnly = true;
      const r = await prRun(url);
      assertClean(fake, r);
      assert.equal(r.code, 1, 'exit status reflects the findings, not the 403');
      assert.equal(fake.reviews.length, 0);
      assertVisibleEverywhere(r, clampFinding(r));
      assert.match(r.summary, /403/);
    });
  });

  it('moves a comment answered 422 into the body and still posts the rest', async () => {
    await withFake(addedLinesPatch(libText, 6, 25), async (fake, url) => {
      const has18 = (body: unknown) => ((body as { comments?: { line: number }[] }).comments ?? []).some((c) => c.line === 18);
      fake.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 422, times: 10, when: has18, message: 'Unprocessable Entity' });
      const r = await prRun(url, { repo: twoFailuresDir });
      assertClean(fake, r);
      assert.deepEqual(r.results!.diagnostics.map((d) => d.line), [10, 18]);
      const posted = fake.reviews.filter((x) => x.state !== 'PENDING');
      assert.equal(posted.length, 1);
      assert.equal(fake.reviews.length, 1, 'probe reviews are deleted');
      assert.deepEqual(fake.comments.map((c) => c.line), [10]);
      assert.match(fake.comments[0]!.body, /```rust\nr == x \+ 2\n```/);
      assert.match(posted[0]!.body, /`lib\.rs:18:9` \*\*postcondition not satisfied\*\*.*`r == x`/);
      assert.match(r.summary, /1 comment\(s\) rejected by GitHub moved to the review body/);
      assert.match(r.stdout, /::warning::proofgate: GitHub rejected 1 inline comment\(s\) \(422\)/);
      // At GitHub's pacing these five writes (review, two probes, a probe's deletion, the
      // review again) take ~10 s; the runs here use the scaled pacing (timing.test.ts).
      assert.equal(fake.writes().length, 5);
      assert.match(r.stdout, /PROOFGATE_TEST_API_TIME_SCALE=0\.01/);
    });
  });

  it('retries 429 after retry-after and 5xx, then succeeds', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      fake.inject({ method: 'GET', path: /\/pulls\/7\/files$/, status: 429, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
      fake.inject({ method: 'GET', path: /\/pulls\/7\/comments$/, status: 502, message: 'Bad Gateway' });
      const r = await prRun(url);
      assertClean(fake, r);
      assert.deepEqual(fake.requests.filter((x) => x.path.endsWith('/files')).map((x) => x.status), [429, 200]);
      assert.deepEqual(fake.requests.filter((x) => x.path.endsWith('/comments')).map((x) => x.status), [502, 200]);
      assert.match(r.stdout, /secondary rate limit on GET \/repos\/(\{owner\}\/\{repo\}\/pulls\/\{pull_number\}|octo\/proofs\/pulls\/7)\/files; retrying after 1s/);
      assert.equal(fake.comments.length, 1);
    });
  });
});

describe('proofgate Action modes (real engine)', { concurrency: CONCURRENCY }, () => {
  const pushRun = (branch: string, inputs: Record<string, string> = {}) => run({
    eventName: 'push', payload: pushPayload(OWNER, REPO, branch),
    inputs: { 'github-token': TOKEN, cache: 'false', ...inputs }, repo: repoDir,
  });

  it('push to main runs --no-verify: checks only, the failing proof is not attempted', async () => {
    const r = await pushRun('main');
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.outputs.mode, 'no-verify');
    assert.equal(r.results?.mode, 'no-verify');
    assert.equal(r.results?.tool.solver, 'none', 'no solver ran');
    assert.deepEqual(r.results?.units, []);
    assert.match(r.stdout, /check results:: 3 items checked, 0 errors/);
    assert.match(r.summary, /proofgate check \(--no-verify\)/);
    assert.match(r.summary, /Mode: `no-verify`: push on 'main', not a verification branch/);
    assert.match(r.summary, /\| items checked \| errors \| seconds \|\n.*\n\| 3 \| 0 \| [\d.]+ \|/);
    assert.doesNotMatch(r.summary, /verified \|/, 'a --no-verify run claims nothing verified');
    assert.match(r.summary, /No errors found \(proofs were not run\)/);
  });

  // Native z3 (from PATH, as after the workflow's `apt-get install z3`). A WASM run of the
  // bundle costs ~4 s of CPU, more than this suite's time budget can carry, so the bundle's
  // WASM loading (smt-worker.js and z3-built.* beside index.js) is not exercised here; the
  // shared cases run the WASM backend from the sources.
  it('push to verification runs full proofs (cache input on, no cache service)', async () => {
    const r = await pushRun('verification', { cache: 'true' });
    assert.equal(r.code, 1, r.stderr + r.stdout);
    assert.equal(r.outputs.mode, 'verify');
    assert.match(r.results!.tool.solver, /native/);
    clampFinding(r);
    assert.match(r.summary, /Mode: `verify`: push on verification branch 'verification'/);
    assert.match(r.summary, /Review: not a pull request \\\(push\\\)/);
  });

  // PRs into verification: every run of the first suite is one, and assertVisibleEverywhere
  // checks its summary says `verify` for that reason. Here, the PRs into main.
  it('a PR into main runs --no-verify, unless it carries the verification label', async () => {
    await withFake(wholeFunctionPatch, async (fake, url) => {
      const inputs = { review: 'summary', 'verification-label': 'needs-proof' };
      const main = await prRun(url, { base: 'main', inputs });
      assert.equal(main.results?.mode, 'no-verify');
      assert.equal(main.code, 0);
      const labelled = await prRun(url, { base: 'main', labels: ['needs-proof'], inputs });
      assert.equal(labelled.results?.mode, 'verify');
      assert.match(labelled.summary, /Mode: `verify`: pull request labelled 'needs\\-proof'/);
      clampFinding(labelled);
      assert.equal(fake.requests.length, 0, 'review: summary never calls GitHub');
    });
  });

  it('a broken payload is one line and exit 2', async () => {
    const r = await run({ eventName: 'push', payload: '{ not json', inputs: {}, repo: repoDir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /::error::proofgate: the event payload at .* is not valid JSON/);
    assert.match(r.summary, /proofgate did not finish\n\nthe event payload at .* is not valid JSON/);
    assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /, 'no stack trace');
  });
});
