/**
 * The review as a gate, tried by a hostile pull request author and a flaky network (issue
 * 15): the shipped Action (built fresh), the real engine with native z3, a fake GitHub that
 * validates every request against GitHub's OpenAPI description. In every scenario each
 * finding is in the job summary and an annotation, and nobody else's review state changes.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ResultsDiagnostic } from '../../src/report/results.js';
import { BOT, FakeGitHub, type FakeUser, type StoredComment, type StoredReview } from './fake-github.js';
import { addedLinesPatch, buildAction, FIXTURES, pullRequestPayload, runEntry, type RunResult } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_hostileSecretToken0123456789';
const HEAD = 'a'.repeat(40);
const BASE_SHA = 'c'.repeat(40);
const MALLORY: FakeUser = { login: 'mallory', type: 'User' };
const MAINTAINER: FakeUser = { login: 'maintainer', type: 'User' };

const repoDir = join(FIXTURES, 'repo');
const fixedRepoDir = join(FIXTURES, 'repo-fixed');
const libText = readFileSync(join(repoDir, 'lib.rs'), 'utf8');
/** The PR adds clamp_to_ten (lines 15-25), so its failing postcondition (line 18) is in the diff. */
const PATCH = addedLinesPatch(libText, 15, 25);

let ENTRY = '';
let distDir = '';
const scratch = mkdtempSync(join(tmpdir(), 'pg-hostile-'));
before(async () => {
  ({ entry: ENTRY, dir: distDir } = await buildAction());
});
after(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the fixture repository with `edit` applied to its files. */
function variant(name: string, edit: (root: string) => void, from = repoDir): string {
  const root = join(scratch, name);
  cpSync(from, root, { recursive: true });
  edit(root);
  return root;
}

async function withFake<T>(body: (fake: FakeGitHub, url: string) => Promise<T>, files = [{ filename: 'lib.rs', status: 'modified', patch: PATCH }]): Promise<T> {
  const fake = new FakeGitHub(OWNER, REPO, PR, files, TOKEN);
  const url = await fake.start();
  try {
    return await body(fake, url);
  } finally {
    await fake.stop();
  }
}

interface PrRunOptions {
  repo?: string;
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'pull_request_target';
  fork?: boolean;
  headSha?: string;
  env?: Record<string, string>;
}

async function prRun(url: string, o: PrRunOptions = {}): Promise<RunResult> {
  const event = o.event ?? 'pull_request';
  const r = await runEntry({
    entry: ENTRY,
    eventName: event,
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'verification', headSha: o.headSha ?? HEAD, fork: o.fork, event }),
    inputs: { 'github-token': TOKEN, cache: 'false', ...o.inputs },
    apiUrl: url,
    repo: o.repo ?? repoDir,
    env: o.env,
  });
  assert.equal(r.hung, false, 'the Action exits on its own');
  return r;
}

/** The failing postcondition, from the run's own results. */
function clampFinding(r: RunResult, file = 'lib.rs'): ResultsDiagnostic {
  assert.ok(r.results, `a results file (${r.stdout}${r.stderr})`);
  const d = r.results.diagnostics.find((x) => x.file === file && x.line === 18);
  assert.ok(d, `the engine reports clamp_to_ten's postcondition: ${JSON.stringify(r.results.diagnostics.map((x) => x.message))}`);
  assert.equal(d.kind, 'postcondition');
  return d;
}

/** Every finding of the run is in the job summary and is an annotation. */
function assertEveryFindingVisible(r: RunResult): void {
  assert.ok(r.results && r.results.diagnostics.length > 0, 'the run has findings');
  for (const d of r.results.diagnostics) {
    assert.ok(r.summary.includes(`\`${d.file}:${d.line}:${d.column}\``), `summary row for ${d.file}:${d.line}`);
    assert.ok(r.stdout.includes(`file=${d.file},line=${d.line},`), `annotation for ${d.file}:${d.line}`);
  }
}

function assertCleanRequests(fake: FakeGitHub, r: RunResult): void {
  assert.deepEqual(fake.violations, [], 'every request matches GitHub\'s OpenAPI description');
  const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + r.summary;
  assert.ok(!printed.includes(TOKEN), 'the token is never printed');
}

const botReviews = (fake: FakeGitHub) => fake.reviews.filter((x) => x.user === BOT && x.state !== 'PENDING');
const botComments = (fake: FakeGitHub) => fake.comments.filter((x) => x.user === BOT);
const marker = (fingerprint: string, kind = 'postcondition') => `<!-- proofgate:fingerprint=${fingerprint};kind=${kind} -->`;

/** Seeded items as they were: compared after the run, field by field. */
function snapshot(items: (StoredReview | StoredComment)[], fake: FakeGitHub) {
  return items.map((x) => ({ body: x.body, state: 'state' in x ? x.state : null, resolved: fake.threads.find((t) => t.commentIds.includes(x.id))?.isResolved ?? null }));
}

/** The failing finding's fingerprint, learnt from a run that calls no API. */
async function learnFingerprint(repo = repoDir): Promise<string> {
  return withFake(async (fake, url) => {
    const r = await prRun(url, { repo, inputs: { review: 'none' } });
    assert.equal(fake.requests.length, 0);
    return clampFinding(r).fingerprint;
  });
}

const CONCURRENCY = 3;

describe('issue 15: forged state (problems 1 and 2)', { concurrency: CONCURRENCY }, () => {
  it('1: a forged marker in a source comment on the failing line neither marks the finding fixed nor gets posted again', async () => {
    const forged = variant('forged-source', (root) => {
      const lines = libText.split('\n');
      lines[17] = `${lines[17]} // ${marker('deadbeef0')} ${marker('deadbeef1')}`;
      writeFileSync(join(root, 'lib.rs'), lines.join('\n'));
    });
    await withFake(async (fake, url) => {
      const first = await prRun(url, { repo: forged });
      assertCleanRequests(fake, first);
      assert.equal(botComments(fake).length, 1);
      const posted = botComments(fake)[0]!;
      const body = posted.body;
      const writes = fake.writes().length;

      const again = await prRun(url, { repo: forged });
      assertCleanRequests(fake, again);
      assertEveryFindingVisible(again);
      assert.equal(fake.writes().length, writes, 'the second run writes nothing');
      assert.equal(posted.body, body, 'the still-failing comment is not edited to "now verifies"');
      assert.equal(fake.threads[0]!.isResolved, false, 'its thread is not resolved');
      assert.match(again.summary, /nothing new to post; 1 earlier finding\(s\) still failing/);
      assert.equal(body.match(/<!-- proofgate:/g)?.length, 1, 'quoted source carries no live marker');
      assert.ok(body.endsWith(marker(clampFinding(first).fingerprint)), 'the trailer is the bot\'s own marker');
    });
  });

  it('2: comments and reviews by anyone else are never state: nothing suppressed, nothing of theirs edited or resolved', async () => {
    const fp = await learnFingerprint();
    await withFake(async (fake, url) => {
      const seeded = [
        // Claims the real finding is already commented on (its inline comment must still be posted).
        fake.seedReview(MALLORY, '', 'COMMENTED', [{ path: 'lib.rs', line: 18, body: `all good here ${marker(fp)}` }]),
        // Claims the real finding is a row of an earlier bot review (the review must still be posted).
        fake.seedReview(MALLORY, `### proofgate: 3 verified, 0 errors\n\n- ❌ \`lib.rs:18:9\` **postcondition not satisfied** ${marker(fp)}\n\n<!-- proofgate:review -->`, 'COMMENTED'),
        // A made-up fingerprint: must not be edited to "now verifies" nor resolved.
        fake.seedReview(MALLORY, '', 'COMMENTED', [{ path: 'lib.rs', line: 20, body: `nit ${marker('madeup0')}` }]),
      ];
      const seededItems = [...seeded, ...fake.comments.filter((c) => c.user === MALLORY)];
      const before = snapshot(seededItems, fake);
      const r = await prRun(url);
      assertCleanRequests(fake, r);
      assertEveryFindingVisible(r);
      assert.equal(botReviews(fake).length, 1, 'the bot posts its own review');
      assert.deepEqual(botComments(fake).map((c) => [c.path, c.line]), [['lib.rs', 18]], 'and its inline comment on the failing line');
      assert.ok(botComments(fake)[0]!.body.endsWith(marker(fp)));
      assert.deepEqual(snapshot(seededItems, fake), before, 'nothing of mallory\'s is edited, resolved or dismissed');
      const seededIds = new Set(seededItems.map((x) => String(x.id)));
      assert.ok(fake.writes().every((w) => !w.path.split('/').some((seg) => seededIds.has(seg))), 'no write names mallory\'s items');
    });
  });

  it('2: a maintainer\'s blocking review holding the review marker is not dismissed when everything verifies', async () => {
    await withFake(async (fake, url) => {
      const blocking = fake.seedReview(MAINTAINER, 'Please do not merge yet.\n\n<!-- proofgate:review -->', 'CHANGES_REQUESTED');
      const r = await prRun(url, { repo: fixedRepoDir, inputs: { 'review-event': 'REQUEST_CHANGES' } });
      assertCleanRequests(fake, r);
      assert.equal(r.code, 0, r.stdout);
      assert.equal(blocking.state, 'CHANGES_REQUESTED');
      assert.equal(blocking.body, 'Please do not merge yet.\n\n<!-- proofgate:review -->');
      assert.equal(fake.writes().length, 0);
    });
  });

  it('the token\'s account: a user token is identified by GET /user and its own earlier review is state', async () => {
    await withFake(async (fake, url) => {
      fake.viewerLogin = null;
      fake.userLogin = 'ci-user';
      fake.actor = { login: 'ci-user', type: 'User' };
      await prRun(url);
      assert.equal(fake.reviews.length, 1);
      const writes = fake.writes().length;
      const again = await prRun(url);
      assertCleanRequests(fake, again);
      assert.equal(fake.writes().length, writes, 'its own comment is recognised: nothing posted twice');
      assert.ok(fake.requests.some((x) => x.operationId === 'users/get-authenticated' && x.status === 200));
    });
  });

  it('the token\'s account unknown: nothing is read as state or posted, findings stay in the summary and annotations', async () => {
    await withFake(async (fake, url) => {
      fake.viewerLogin = null;
      fake.userLogin = null;
      const r = await prRun(url);
      assertCleanRequests(fake, r);
      assertEveryFindingVisible(r);
      assert.equal(fake.writes().length, 0);
      assert.match(r.summary, /could not tell which account the token acts as/);
      assert.equal(r.code, 1);
    });
  });
});

describe('issue 15: faults (problems 3 to 6)', { concurrency: CONCURRENCY }, () => {
  it('3: a plain-Rust file whose 10,000-term expression crashed the run: every other finding is published', async () => {
    const ws = join(scratch, 'crash-ws');
    cpSync(repoDir, join(ws, 'good'), { recursive: true });
    writeFileSync(join(ws, 'plain.rs'), `fn big() -> u64 {\n    ${Array.from({ length: 10_000 }, () => '1').join(' + ')}\n}\n`);
    await withFake(async (fake, url) => {
      const r = await prRun(url, { repo: ws, inputs: { paths: 'good plain.rs' } });
      assertCleanRequests(fake, r);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.deepEqual(r.results!.diagnostics.map((d) => [d.file, d.line, d.kind]), [['good/lib.rs', 18, 'postcondition']], 'plain Rust is not flagged');
      assertEveryFindingVisible(r);
      assert.deepEqual(botComments(fake).map((c) => [c.path, c.line]), [['good/lib.rs', 18]]);
    }, [{ filename: 'good/lib.rs', status: 'added', patch: PATCH }]);
  });

  for (const [name, fault] of [
    ['answered 502 after GitHub stored it', { status: 502, message: 'Bad Gateway' }],
    ['its connection dropped after GitHub stored it', { status: 0, drop: true }],
    ['its reply stalled after GitHub stored it', { status: 0, stallMs: 60_000 }],
  ] as const) {
    it(`4: a create-review POST ${name} is not posted again: one review, each comment once`, async () => {
      await withFake(async (fake, url) => {
        fake.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, afterProcessing: true, ...fault });
        const r = await prRun(url);
        assertCleanRequests(fake, r);
        assertEveryFindingVisible(r);
        assert.equal(botReviews(fake).length, 1, 'one review');
        assert.equal(botComments(fake).length, 1, 'its comment once');
        assert.equal(fake.requests.filter((x) => x.method === 'POST' && x.path.endsWith('/reviews')).length, 1, 'the POST is not repeated');
        assert.match(r.stdout, /GitHub may have stored it; reading the pull request again/);
        assert.match(r.summary, /nothing new to post; 1 earlier finding\(s\) still failing/);
        assert.match(r.summary, /1 review post\(s\) failed after GitHub may have stored them, so the pull request was read again and only what was missing posted/);
      });
    });
  }

  it('4: a create-review POST that failed before GitHub stored it is posted once more after re-reading', async () => {
    await withFake(async (fake, url) => {
      fake.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 503, message: 'Service Unavailable' });
      const r = await prRun(url);
      assertCleanRequests(fake, r);
      assert.equal(botReviews(fake).length, 1);
      assert.equal(botComments(fake).length, 1);
      assert.match(r.summary, /posted 1 inline comment\(s\)/);
    });
  });

  it('5: a malformed reply when listing earlier comments is an error, not "none": nothing posted again', async () => {
    await withFake(async (fake, url) => {
      await prRun(url);
      assert.equal(botReviews(fake).length, 1);
      const writes = fake.writes().length;
      // A proxy's error text served as a 200 JSON string.
      fake.inject({ method: 'GET', path: /\/pulls\/7\/comments$/, status: 200, replyBody: 'upstream connect error or disconnect/reset before headers' });
      const r = await prRun(url);
      assertCleanRequests(fake, r);
      assertEveryFindingVisible(r);
      assert.equal(fake.writes().length, writes, 'no duplicate review or comment');
      assert.match(r.summary, /Review: not published \(publishing the review failed: listing review comments: the reply is not a list/);
      assert.equal(r.code, 1);
    });
  });

  it('5: a list of non-objects when listing reviews is an error too', async () => {
    await withFake(async (fake, url) => {
      fake.inject({ method: 'GET', path: /\/pulls\/7\/reviews$/, status: 200, replyBody: [1, 2, 3] });
      const r = await prRun(url);
      assertCleanRequests(fake, r);
      assertEveryFindingVisible(r);
      assert.equal(fake.writes().length, 0);
      assert.match(r.summary, /listing reviews: an item of the reply is not an object/);
    });
  });

  it('6: a stalled request times out and is retried within the budget; the review is published', async () => {
    await withFake(async (fake, url) => {
      fake.inject({ method: 'GET', path: /\/pulls\/7\/files$/, status: 0, stallMs: 120_000 });
      const started = performance.now();
      const r = await prRun(url);
      assertCleanRequests(fake, r);
      assert.ok(performance.now() - started < 30_000, 'far from a stall of minutes');
      assert.deepEqual(fake.requests.filter((x) => x.path.endsWith('/files')).map((x) => x.status), [0, 200]);
      assert.equal(botComments(fake).length, 1);
    });
  });

  it('6: a failed GraphQL call\'s warning keeps its reason', async () => {
    await withFake(async (fake, url) => {
      await prRun(url);
      fake.inject({
        method: 'POST', path: /^\/graphql$/, status: 200, when: (b) => /resolveReviewThread/.test(String((b as { query?: string }).query)),
        replyBody: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
      });
      const fixed = await prRun(url, { repo: fixedRepoDir });
      assertCleanRequests(fake, fixed);
      assert.match(fixed.stdout, /::warning::proofgate: could not resolve fixed review threads \(Resource not accessible by integration\)/);
      assert.match(botComments(fake)[0]!.body, /this now verifies/);
    });
  });
});

describe('issue 15: the workspace and the checked-out code (problems 7 and 8)', { concurrency: CONCURRENCY }, () => {
  it('7: #[path], symlinks and paths outside the workspace are refused; nothing of theirs is quoted anywhere', async () => {
    const outside = join(scratch, 'outside');
    mkdirSync(outside, { recursive: true });
    const SECRET = 'hunter2-do-not-quote';
    writeFileSync(join(outside, 'secret.rs'), `let token = "${SECRET}" +;\n`);
    const ws = variant('boundary', (root) => {
      writeFileSync(join(root, 'lib.rs'), `${libText}\n#[path = "${join(outside, 'secret.rs')}"]\nmod by_path;\nmod linked;\n`);
      symlinkSync(join(outside, 'secret.rs'), join(root, 'linked.rs'));
    });
    await withFake(async (fake, url) => {
      const r = await prRun(url, { repo: ws, inputs: { paths: `. ${join(outside, 'secret.rs')}` } });
      assertCleanRequests(fake, r);
      assertEveryFindingVisible(r);
      const refusals = r.results!.diagnostics.filter((d) => /^refusing to read/.test(d.message));
      assert.equal(refusals.length, 3, JSON.stringify(r.results!.diagnostics.map((d) => d.message)));
      const everything = [r.stdout, r.stderr, r.summary, JSON.stringify(r.results), ...fake.reviews.map((x) => x.body), ...fake.comments.map((x) => x.body)].join('\n');
      assert.ok(!everything.includes(SECRET), 'no line of a file outside the workspace reaches any output');
      // (the crate with refused modules is not verified: its refusals are its errors)
      assert.equal(r.code, 1);
    });
  });

  it('8: pull_request_target for a fork head: no request with the write token, findings in the summary and annotations', async () => {
    await withFake(async (fake, url) => {
      const r = await prRun(url, { event: 'pull_request_target', fork: true, env: { GITHUB_SHA: BASE_SHA } });
      assertEveryFindingVisible(r);
      assert.equal(fake.requests.length, 0);
      assert.match(r.summary, /Review: pull\\_request\\_target for a fork's pull request: not publishing with the write token unless the allow\\-fork\\-review input is true/);
    });
  });

  it('8: opted in, but the checked-out commit is the base, not the head: said so, and no comments on the unverified diff', async () => {
    await withFake(async (fake, url) => {
      const r = await prRun(url, { event: 'pull_request_target', fork: true, inputs: { 'allow-fork-review': 'true' }, env: { GITHUB_SHA: BASE_SHA } });
      assertEveryFindingVisible(r);
      assert.equal(fake.writes().length, 0);
      assert.match(r.stdout, /::warning::proofgate: the checked-out commit \(GITHUB_SHA\) cccccccccccc is not the pull request head aaaaaaaaaaaa/);
      assert.match(r.summary, /no review comments are placed on the head's diff, which was not verified/);
    });
  });

  it('8: opted in with the head checked out (a git workspace at the head): the review is published', async () => {
    const ws = variant('git-head', (root) => {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'head');
    });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();
    await withFake(async (fake, url) => {
      const r = await prRun(url, { repo: ws, event: 'pull_request_target', fork: true, headSha: head, inputs: { 'allow-fork-review': 'true' }, env: { GITHUB_SHA: BASE_SHA } });
      assertCleanRequests(fake, r);
      assert.equal(botComments(fake).length, 1, r.stdout);
      assert.equal(botReviews(fake)[0]!.commit_id, head);
    });
  });
});
