/**
 * `engine: verus` end to end: the shipped Action runs a `verus-command` that prints output
 * recorded in rustc's documented JSON format (__tests__/fixtures/verus, written by us:
 * Verus cannot be installed here), and publishes it through the same review, summary,
 * annotations and SARIF as its own engine, with the same gating, against the fake GitHub.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths.js';
import { FakeGitHub } from './fake-github.js';
import { addedLinesPatch, buildAction, pullRequestPayload, runEntry, type RunResult } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_verusSecretToken0123456789';
const HEAD = 'a'.repeat(40);
const VERUS = join(REPO_ROOT, '__tests__', 'fixtures', 'verus');
const lib = readFileSync(join(VERUS, 'src', 'lib.rs'), 'utf8');
/** Fails the command if the Action's inputs (the token among them) reached its environment. */
const NO_INPUTS = `if env | grep -q '^INPUT_'; then echo 'the Action inputs leaked' >&2; exit 3; fi`;

let entry = '';
let distDir = '';
let scratch = '';
before(async () => {
  ({ entry, dir: distDir } = await buildAction());
  scratch = mkdtempSync(join(tmpdir(), 'pg-verus-'));
});
after(() => {
  for (const d of [distDir, scratch]) if (d) rmSync(d, { recursive: true, force: true });
});

async function withFake<T>(body: (fake: FakeGitHub, url: string) => Promise<T>): Promise<T> {
  const fake = new FakeGitHub(OWNER, REPO, PR, [{ filename: 'src/lib.rs', status: 'added', patch: addedLinesPatch(lib, 1, lib.split('\n').length - 1) }], TOKEN);
  const url = await fake.start();
  try {
    return await body(fake, url);
  } finally {
    await fake.stop();
  }
}

async function verusRun(url: string, command: string, opts: { base?: string; inputs?: Record<string, string> } = {}): Promise<RunResult> {
  const r = await runEntry({
    entry, eventName: 'pull_request', repo: VERUS, apiUrl: url,
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: opts.base ?? 'verification', headSha: HEAD }),
    inputs: { 'github-token': TOKEN, engine: 'verus', 'verus-command': command, ...opts.inputs },
  });
  assert.equal(r.hung, false);
  return r;
}

describe('engine: verus (shipped Action, recorded Verus output)', { concurrency: 3 }, () => {
  it('publishes a cargo verify run\'s diagnostics as the review, summary, annotations and SARIF', async () => {
    await withFake(async (fake, url) => {
      const r = await verusRun(url, `${NO_INPUTS}; cat cargo-verify.out`);
      assert.deepEqual(fake.violations, []);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const results = r.results!;
      assert.equal(results.tool.solver, 'verus');
      assert.deepEqual([results.summary.verified, results.summary.errors], [2, 3], 'Verus\'s own count of what it proved');
      assert.deepEqual(results.diagnostics.map((d) => [d.severity, d.kind, `${d.file}:${d.line}`]), [
        ['warning', 'type', 'src/lib.rs:3'],
        ['error', 'precondition', 'src/lib.rs:10'],
        ['error', 'postcondition', 'src/lib.rs:14'],
        ['error', 'assertion', 'src/lib.rs:19'],
      ]);
      assert.deepEqual([r.outputs.mode, r.outputs.verified, r.outputs.errors], ['verify', '2', '3']);
      // The review: one, inline comments on the diff's lines, with the failing clause quoted.
      assert.equal(fake.reviews.length, 1);
      assert.deepEqual(fake.comments.map((c) => c.line ?? 0).sort((a, b) => a - b), [3, 10, 14, 19]);
      const pre = fake.comments.find((c) => c.line === 10)!;
      assert.match(pre.body, /\*\*proofgate: precondition not satisfied\*\* \(`precondition`\)/);
      assert.match(pre.body, /Failing clause \(`src\/lib\.rs:5`, failed precondition\):\n\n```rust\nb != 0\n```/);
      assert.match(pre.body, /<!-- proofgate:fingerprint=[0-9a-f]{20};kind=precondition -->$/);
      // Summary and annotations.
      assert.match(r.summary, /Mode: `verify`: pull request into verification branch 'verification'; engine verus\. Solver: verus\./);
      assert.match(r.summary, /\| 2 \| 3 \| 0 \| 0 \| [\d.]+ \|/);
      assert.match(r.stdout, /^::error title=proofgate%3A assertion failed,file=src\/lib\.rs,line=19,/m);
      assert.match(r.stdout, /^::warning title=proofgate%3A unused variable/m);
      assert.match(r.stdout, /^verification results:: 2 verified, 3 errors$/m);
      const sarif = r.sarif as { runs: { results: { ruleId: string }[]; automationDetails: { id: string } }[] };
      assert.deepEqual(sarif.runs[0]!.results.map((x) => x.ruleId), ['type', 'precondition', 'postcondition', 'assertion']);
      // Run again: the same findings, nothing new written.
      const writes = fake.writes().length;
      const again = await verusRun(url, `${NO_INPUTS}; cat cargo-verify.out`);
      assert.equal(again.code, 1);
      assert.equal(fake.writes().length, writes);
    });
  });

  it('reads rustc\'s JSON on stderr (plain verus --error-format=json) and leaves cargo\'s progress lines to the log', async () => {
    await withFake(async (fake, url) => {
      const r = await verusRun(url, 'echo "   Compiling fx v0.1.0 (/w/fx)" >&2; cat cargo-verify.out >&2', { inputs: { review: 'none' } });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.deepEqual(r.results!.diagnostics.map((d) => d.kind), ['type', 'precondition', 'postcondition', 'assertion']);
      assert.equal(r.results!.summary.verified, 2);
      assert.match(r.stdout, /Compiling fx v0\.1\.0/, 'stderr is shown in the log');
      assert.equal(fake.requests.length, 0);
    });
  });

  it('reports every line it cannot read, in the summary and the review body, never dropped', async () => {
    await withFake(async (fake, url) => {
      const r = await verusRun(url, 'cat garbled.out');
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const lost = r.results!.diagnostics.filter((d) => d.kind === 'verifier-output');
      assert.deepEqual(lost.map((d) => d.line).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6]);
      assert.ok(lost.every((d) => d.file === 'verus-command stdout' && d.severity === 'error'));
      assert.ok(r.results!.diagnostics.some((d) => d.kind === 'precondition' && d.line === 10), 'the readable diagnostic is kept');
      assert.equal((r.summary.match(/\| `verus-command stdout:\d:1` \| {2}\| `verifier-output` \|/g) ?? []).length, 6, 'a summary row each');
      assert.match(r.summary, /the verifier reported 4 errors, its output held 1/);
      assert.equal(fake.reviews.length, 1);
      const body = fake.reviews[0]!.body;
      assert.match(body, /unrecognised line in the verifier's output: thread 'rustc' panicked/);
      assert.equal((body.match(/kind=verifier-output/g) ?? []).length, 6, 'each unreadable line is a row of the review body');
    });
  });

  it('a non-zero exit without an error diagnostic, or no summary and no error, is an error (exit 2), never a pass', async () => {
    await withFake(async (fake, url) => {
      const crashed = await verusRun(url, "echo 'error: could not find Cargo.toml in /w' >&2; exit 101");
      assert.equal(crashed.code, 2);
      assert.match(crashed.stdout, /::error::proofgate: verus-command exited with status 101 and reported no error, so nothing can be said verified \(last stderr line: error: could not find Cargo\.toml in \/w\)/);
      assert.match(crashed.summary, /proofgate did not finish/);
      const silent = await verusRun(url, 'true');
      assert.equal(silent.code, 2);
      assert.match(silent.stdout, /::error::proofgate: verus-command exited with status 0 without a `verification results::` line or an error diagnostic/);
      const warningOnly = await verusRun(url, 'head -n 2 cargo-verify.out; exit 1');
      assert.equal(warningOnly.code, 2, 'a warning is not an error: exit 1 stays unexplained');
      assert.equal(fake.requests.length, 0, 'nothing is published from a run that proved nothing');
      assert.doesNotMatch(crashed.stdout + silent.stdout, /\n\s+at /);
    });
  });

  it('a compile error (no summary line, non-zero exit) is published as the error it is', async () => {
    await withFake(async (fake, url) => {
      const r = await verusRun(url, 'cat compile-error.out; exit 1', { inputs: { review: 'summary' } });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.deepEqual(r.results!.diagnostics.map((d) => [d.kind, d.message, d.line]), [['type', 'mismatched types [E0308]', 16]]);
      assert.equal(r.results!.summary.verified, 0);
      assert.equal(fake.requests.length, 0);
    });
  });

  it('the same branch and label gating: a pull request into main does not run the command, and claims nothing', async () => {
    await withFake(async (fake, url) => {
      const marker = join(scratch, 'verus-ran');
      const command = `touch '${marker}'; cat cargo-verify.out`;
      const r = await verusRun(url, command, { base: 'main', inputs: { 'verification-label': 'needs-proof' } });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(existsSync(marker), false, 'the command was not run');
      assert.equal(r.outputs.mode, 'no-verify');
      assert.deepEqual(r.results!.diagnostics, []);
      assert.match(r.summary, /pull request into 'main', not a verification branch; engine verus: the verus\\-command was not run/);
      assert.match(r.summary, /Review: the verus\\-command was not run, so nothing was checked\./);
      assert.equal(fake.requests.length, 0, 'an earlier review is left as it is');

      const labelled = await runEntry({
        entry, eventName: 'pull_request', repo: VERUS, apiUrl: url,
        payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'main', headSha: HEAD, labels: ['needs-proof'] }),
        inputs: { 'github-token': TOKEN, engine: 'verus', 'verus-command': command, 'verification-label': 'needs-proof', review: 'none' },
      });
      assert.equal(labelled.code, 1, labelled.stdout + labelled.stderr);
      assert.equal(existsSync(marker), true, 'the label turns it on');
      assert.equal(labelled.results!.summary.errors, 3);
    });
  });

  it('engine: verus without a command, or with shard or results-files, is a usage error', async () => {
    const cases: Record<string, string>[] = [{ engine: 'verus' }, { engine: 'verus', 'verus-command': 'true', shard: '1/2' }, { engine: 'verus', 'verus-command': 'true', 'results-files': 'x.json' }, { 'verus-command': 'true' }];
    for (const inputs of cases) {
      const r = await runEntry({ entry, eventName: 'push', payload: '{}', repo: VERUS, inputs });
      assert.equal(r.code, 2, JSON.stringify(inputs));
      assert.match(r.stdout, /::error::proofgate: input/);
    }
  });
});
