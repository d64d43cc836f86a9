/**
 * `proofgate review` from outside GitHub Actions (no GITHUB_ACTIONS, no event payload): the
 * CLI bundle, built fresh, verifies a checkout and posts its results file to the fake
 * GitHub as the Action would: one review, comments on the diff, nothing posted twice,
 * fixes marked, faults handled the same way.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FakeGitHub } from '../action/fake-github.js';
import { addedLinesPatch, buildAction, FIXTURES } from '../action/runner.js';
import { readValidResults } from '../support/results-schema.js';

const TOKEN = 'ghp_reviewCliSecret0123456789';
const HEAD = 'a'.repeat(40);
const libText = readFileSync(join(FIXTURES, 'repo', 'lib.rs'), 'utf8');

let cliJs = '';
let distDir = '';
let scratch = '';
before(async () => {
  const built = await buildAction();
  distDir = built.dir;
  cliJs = join(built.dir, 'cli.js');
  scratch = mkdtempSync(join(tmpdir(), 'pg-review-'));
});
after(() => {
  for (const d of [distDir, scratch]) if (d) rmSync(d, { recursive: true, force: true });
});

interface CliRun { code: number; stdout: string; stderr: string }

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  // Outside Actions: no GITHUB_ACTIONS, no GITHUB_EVENT_PATH; only what another CI would set.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PROOFGATE_TEST_API_TIME_SCALE: '0.01' };
  return new Promise((ok) => {
    execFile(process.execPath, [cliJs, ...args], { cwd, env: { ...base, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      ok({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
    });
  });
}

/** A checkout of `fixture` verified by the CLI: its folder and results file. */
async function verified(fixture: string, name: string): Promise<{ dir: string; results: string }> {
  const dir = join(scratch, name);
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  const r = await cli(['verify', '--no-cache', '--output', 'results.json', '.'], dir);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  readValidResults(join(dir, 'results.json'));
  return { dir, results: 'results.json' };
}

async function withFake<T>(body: (fake: FakeGitHub, url: string) => Promise<T>): Promise<T> {
  const fake = new FakeGitHub('octo', 'proofs', 7, [{ filename: 'lib.rs', status: 'modified', patch: addedLinesPatch(libText, 15, 25) }], TOKEN);
  const url = await fake.start();
  try {
    return await body(fake, url);
  } finally {
    await fake.stop();
  }
}

describe('proofgate review (outside GitHub Actions)', () => {
  it('posts one review, posts nothing new on a re-run, and marks the fix when the results say so', async () => {
    await withFake(async (fake, url) => {
      const failing = await verified('repo', 'failing');
      const env = { GH_TOKEN: TOKEN };
      const first = await cli(['review', failing.results, '--repo', 'octo/proofs', '--pr', '7', '--api-url', url], failing.dir, env);
      assert.deepEqual(fake.violations, []);
      assert.equal(first.code, 1, first.stderr);
      assert.match(first.stdout, /^proofgate: review of octo\/proofs#7: posted 1 inline comment\(s\) and 0 body row\(s\)/m);
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.reviews[0]!.commit_id, HEAD, 'at the head GitHub reports');
      assert.deepEqual(fake.comments.map((c) => [c.path, c.line]), [['lib.rs', 18]]);
      assert.match(fake.comments[0]!.body, /```rust\nr == x\n```/, 'the clause, quoted from the checkout');
      assert.ok(!(first.stdout + first.stderr).includes(TOKEN), 'the token is never printed');

      const writes = fake.writes().length;
      const again = await cli(['review', failing.results, '--repo', 'octo/proofs', '--pr', '7', '--api-url', url], failing.dir, env);
      assert.equal(again.code, 1);
      assert.match(again.stdout, /nothing new to post; 1 earlier finding\(s\) still failing/);
      assert.equal(fake.writes().length, writes, 'the same results again write nothing');

      // Repository, pull request and API from the CI's environment; the token from a named variable.
      const fixed = await verified('repo-fixed', 'fixed');
      const done = await cli(['review', fixed.results, '--token-env', 'MY_BOT_TOKEN'], fixed.dir, {
        MY_BOT_TOKEN: TOKEN, GITHUB_REPOSITORY: 'octo/proofs', GITHUB_REF: 'refs/pull/7/merge', GITHUB_API_URL: url,
      });
      assert.equal(done.code, 0, done.stderr);
      assert.match(done.stdout, /1 fixed comment\(s\) updated, 1 thread\(s\) resolved/);
      assert.equal(fake.reviews.length, 1);
      assert.match(fake.comments[0]!.body, /this now verifies/);
      assert.equal(fake.threads[0]!.isResolved, true);
      assert.deepEqual(fake.violations, []);
    });
  });

  it('handles GitHub\'s faults as the Action does: a review post that failed after being stored is not posted twice', async () => {
    await withFake(async (fake, url) => {
      const failing = await verified('repo', 'fault');
      fake.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 502, afterProcessing: true });
      fake.inject({ method: 'GET', path: /\/pulls\/7\/files$/, status: 503 });
      const r = await cli(['review', failing.results, '--repo', 'octo/proofs', '--pr', '7', '--api-url', url], failing.dir, { GITHUB_TOKEN: TOKEN });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(fake.reviews.length, 1, 'one review, not two');
      assert.equal(fake.comments.length, 1);
      assert.match(r.stderr, /posting the review failed \(HTTP 502: .*\) after GitHub may have stored it; reading the pull request again/);
      assert.deepEqual(fake.requests.filter((x) => x.path.endsWith('/files')).map((x) => x.status), [503, 200], 'a read is retried');
    });
  });

  it('refuses, in one line with exit 2, what it cannot do right', async () => {
    await withFake(async (fake, url) => {
      const failing = await verified('repo', 'refusals');
      const args = ['review', failing.results, '--repo', 'octo/proofs', '--pr', '7', '--api-url', url];
      const cases: [string[], Record<string, string>, RegExp][] = [
        [args, {}, /^proofgate: no token: set GITHUB_TOKEN or GH_TOKEN/],
        [[...args, '--token-env', 'NOPE'], { GH_TOKEN: TOKEN }, /^proofgate: --token-env NOPE: that variable is not set$/],
        [['review', failing.results, '--api-url', url], { GH_TOKEN: TOKEN }, /^proofgate: which repository\? give --repo OWNER\/NAME/],
        [['review', failing.results, '--repo', 'octo/proofs', '--api-url', url], { GH_TOKEN: TOKEN }, /^proofgate: which pull request\? give --pr N/],
        [['review', 'missing.json', '--repo', 'octo/proofs', '--pr', '7'], { GH_TOKEN: TOKEN }, /^proofgate: cannot read results file `missing\.json`$/],
      ];
      for (const [a, env, re] of cases) {
        const r = await cli(a, failing.dir, env);
        assert.equal(r.code, 2, `${a.join(' ')}: ${r.stderr}`);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr.trim(), re);
      }
      assert.equal(fake.requests.length, 0, 'no request before the usage is right');

      const stale = await cli([...args, '--sha', 'b'.repeat(40)], failing.dir, { GH_TOKEN: TOKEN });
      assert.equal(stale.code, 2);
      assert.match(stale.stderr.trim().split('\n').pop()!, /^proofgate: the results are for bbbbbbbbbbbb but the head of octo\/proofs#7 is aaaaaaaaaaaa: not placing comments on a diff that was not verified/);
      const wrongPr = await cli(['review', failing.results, '--repo', 'octo/proofs', '--pr', '8', '--api-url', url], failing.dir, { GH_TOKEN: TOKEN });
      assert.equal(wrongPr.code, 2);
      assert.match(wrongPr.stderr.trim().split('\n').pop()!, /^proofgate: cannot read pull request octo\/proofs#8 \(HTTP 404: /);
      assert.equal(fake.writes().length, 0);

      fake.readOnly = true;
      const readOnly = await cli([...args, '--sha', HEAD], failing.dir, { GH_TOKEN: TOKEN });
      assert.equal(readOnly.code, 2);
      assert.match(readOnly.stderr.trim().split('\n').pop()!, /^proofgate: no review on octo\/proofs#7: the token may not post reviews \(403\); the findings are in results\.json$/);
      assert.equal(fake.reviews.length, 0);
    });
  });

  it('without --sha, a git checkout that is not the pull request head posts nothing (as in the Action); its head, or a merge of it, posts', async () => {
    await withFake(async (fake, url) => {
      const failing = await verified('repo', 'git-checkout');
      const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...a], { cwd: failing.dir, encoding: 'utf8' }).trim();
      git('init', '-q');
      git('add', 'lib.rs');
      git('commit', '-q', '-m', 'head');
      const args = ['review', failing.results, '--repo', 'octo/proofs', '--pr', '7', '--api-url', url];
      const env = { GH_TOKEN: TOKEN };
      const other = await cli(args, failing.dir, env);
      assert.equal(other.code, 2, other.stderr);
      assert.match(other.stderr.trim().split('\n').pop()!, /^proofgate: the checked-out commit [0-9a-f]{12} is not the pull request head aaaaaaaaaaaa, .* \(of octo\/proofs#7\); run on the head, or give --sha$/);
      assert.equal(fake.writes().length, 0);
      // CI's merge checkout: a merge commit whose second parent is the pull request head.
      fake.headSha = git('rev-parse', 'HEAD');
      git('checkout', '-q', '--orphan', 'base');
      git('commit', '-q', '--allow-empty', '-m', 'base');
      git('merge', '-q', '--allow-unrelated-histories', '--no-edit', fake.headSha);
      const merged = await cli(args, failing.dir, env);
      assert.equal(merged.code, 1, merged.stderr);
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.reviews[0]!.commit_id, fake.headSha);
    });
  });
});
