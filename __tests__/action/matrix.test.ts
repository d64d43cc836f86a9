/**
 * The documented matrix, end to end (docs/action.md, "Sharding"): N shard runs of the
 * shipped Action verify with `review: none` and leave their results files; a final run
 * publishes them with `results-files`: exactly one review, every finding once, the same
 * findings and totals as one unsharded run, one SARIF with its own automation id.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseMarker } from '../../src/action/markdown.js';
import type { ResultsFile } from '../../src/report/results.js';
import { REPO_ROOT } from '../support/paths.js';
import { parseYaml } from '../support/yaml.js';
import { FakeGitHub } from './fake-github.js';
import { addedLinesPatch, buildAction, FIXTURES, pullRequestPayload, runEntry, type RunResult } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_matrixSecretToken0123456789';
const HEAD = 'a'.repeat(40);
const SHARDS = 3;
/** Two failing functions (lines 10 and 18) and one that verifies. */
const repoDir = join(FIXTURES, 'repo-two-failures');
const libText = readFileSync(join(repoDir, 'lib.rs'), 'utf8');

let entry = '';
let distDir = '';
let scratch = '';
before(async () => {
  ({ entry, dir: distDir } = await buildAction());
  scratch = mkdtempSync(join(tmpdir(), 'pg-matrix-'));
});
after(() => {
  for (const d of [distDir, scratch]) if (d) rmSync(d, { recursive: true, force: true });
});

const payload = () => pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'verification', headSha: HEAD });

async function prRun(url: string, repo: string, inputs: Record<string, string>): Promise<RunResult> {
  const r = await runEntry({ entry, eventName: 'pull_request', payload: payload(), inputs: { 'github-token': TOKEN, cache: 'false', ...inputs }, apiUrl: url, repo });
  assert.equal(r.hung, false);
  return r;
}

/**
 * The checkout of the final job, with the shards' results as the documented workflow's
 * download-artifact step leaves them: `shards/proofgate-shard-I/proofgate-results.json`.
 */
function finalWorkspace(name: string, shardResults: ResultsFile[]): string {
  const dir = join(scratch, name);
  cpSync(repoDir, dir, { recursive: true });
  for (const r of shardResults) {
    const artifact = join(dir, 'shards', `proofgate-shard-${r.shard!.index}`);
    mkdirSync(artifact, { recursive: true });
    writeFileSync(join(artifact, 'proofgate-results.json'), JSON.stringify(r));
  }
  return dir;
}

/** Fingerprints the review carries: inline comments' markers and the review body's. */
function publishedFingerprints(fake: FakeGitHub): string[] {
  const texts = [...fake.comments.map((c) => c.body), ...fake.reviews.map((r) => r.body)];
  return texts.flatMap((t) => [...t.matchAll(/<!-- proofgate:fingerprint=[^>]*-->/g)].map((m) => parseMarker(m[0])?.fingerprint ?? '?'));
}

describe('matrix sharding end to end (shipped Action, real engine)', () => {
  it(`${SHARDS} shards with review: none, then results-files: one review with every finding once`, async () => {
    const fake = new FakeGitHub(OWNER, REPO, PR, [{ filename: 'lib.rs', status: 'modified', patch: addedLinesPatch(libText, 6, 25) }], TOKEN);
    const url = await fake.start();
    try {
      const shardRuns = await Promise.all(Array.from({ length: SHARDS }, (_, i) => prRun(url, repoDir, { review: 'none', shard: `${i + 1}/${SHARDS}`, 'fail-on-error': 'false' })));
      assert.equal(fake.requests.length, 0, 'shards with review: none never call GitHub');
      const shardResults = shardRuns.map((r, i) => {
        assert.equal(r.code, 0, r.stdout + r.stderr);
        assert.deepEqual(r.results!.shard, { index: i + 1, count: SHARDS });
        assert.equal((r.sarif as { runs: { automationDetails: { id: string } }[] }).runs[0]!.automationDetails.id, `proofgate/shard-${i + 1}-of-${SHARDS}/`);
        assert.match(r.summary, new RegExp(`shard ${i + 1}/${SHARDS}`));
        return r.results!;
      });
      assert.ok(shardResults.filter((r) => r.units.length > 0).length >= 2, 'the work is split among the shards');

      const whole = await prRun(url, repoDir, { review: 'none' });
      assert.equal(fake.requests.length, 0);
      const wholeFingerprints = whole.results!.diagnostics.map((d) => d.fingerprint).sort();
      assert.equal(wholeFingerprints.length, 2, 'two failing functions');

      const final = await prRun(url, finalWorkspace('final', shardResults), { 'results-files': 'shards/**/*.json' });
      assert.deepEqual(fake.violations, []);
      assert.equal(final.code, 1, final.stdout + final.stderr);
      assert.equal(fake.reviews.length, 1, 'exactly one review for all shards');
      assert.deepEqual(publishedFingerprints(fake).sort(), wholeFingerprints, 'every finding once, the same as one unsharded run');
      assert.deepEqual(fake.comments.map((c) => c.line).sort(), [10, 18]);
      const merged = final.results!;
      assert.equal(merged.shard, undefined);
      assert.deepEqual([merged.summary.verified, merged.summary.errors, merged.summary.functions], [whole.results!.summary.verified, whole.results!.summary.errors, whole.results!.summary.functions]);
      assert.deepEqual([final.outputs.verified, final.outputs.errors], [String(whole.results!.summary.verified), '2']);
      assert.doesNotMatch(final.stdout, /running the engine|proof cache/);
      assert.match(final.summary, /Mode: `verify`: the results of all 3 shards merged from results\\-files \\\(shards\/proofgate\\-shard\\-1\/proofgate\\-results\\\.json, /);
      assert.equal((final.sarif as { runs: { automationDetails: { id: string }; results: unknown[] }[] }).runs[0]!.automationDetails.id, 'proofgate/merged/');
      assert.equal((final.sarif as { runs: { results: unknown[] }[] }).runs[0]!.results.length, 2);
      assert.equal((final.stdout.match(/^::error title=proofgate/gm) ?? []).length, 2, 'one annotation per finding');

      // The same merge again (a re-run of the final job): nothing new is written.
      const writes = fake.writes().length;
      const again = await prRun(url, finalWorkspace('again', shardResults), { 'results-files': 'shards/proofgate-shard-1/proofgate-results.json shards/proofgate-shard-2/proofgate-results.json,\nshards/proofgate-shard-3/*.json' });
      assert.equal(again.code, 1);
      assert.equal(fake.writes().length, writes);
      assert.equal(fake.reviews.length, 1);

      // A shard's results missing: no review from a partial set, one line, exit 2.
      const requests = fake.requests.length;
      const partial = await prRun(url, finalWorkspace('partial', shardResults.slice(1)), { 'results-files': 'shards/**/*.json' });
      assert.equal(partial.code, 2);
      assert.match(partial.stdout, /::error::proofgate: input 'results-files': the results of shard 1\/3 is missing/);
      assert.equal(fake.requests.length, requests);
    } finally {
      await fake.stop();
    }
  });

  it('results-files that match nothing, or are not results files, are one line and exit 2', async () => {
    const ws = join(scratch, 'bad');
    cpSync(repoDir, ws, { recursive: true });
    writeFileSync(join(ws, 'not-results.json'), JSON.stringify({ version: '2.1.0', runs: [] }));
    const run = (files: string) => runEntry({ entry, eventName: 'push', payload: '{}', inputs: { 'results-files': files, review: 'none' }, repo: ws });
    const none = await run('shards/*.json');
    assert.equal(none.code, 2);
    assert.match(none.stdout, /::error::proofgate: input 'results-files': `shards\/\*\.json` matches no file/);
    const sarif = await run('not-results.json');
    assert.equal(sarif.code, 2);
    assert.match(sarif.stdout, /is not a results file \(docs\/results\.md\)/);
  });

  it('is the workflow docs/action.md documents: shards with review: none upload their results file, one job publishes them', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'action.md'), 'utf8');
    const block = /## Sharding \(a matrix\)[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(block, 'a workflow in the sharding section');
    type Step = { id?: string; uses?: string; with?: Record<string, string> };
    const wf = parseYaml(block, 'docs/action.md') as { jobs: Record<string, { needs?: string; steps: Step[]; strategy?: { matrix: { shard: number[] } } }> };
    const { shard, publish } = wf.jobs;
    assert.ok(shard && publish);
    const verify = shard.steps.find((st) => st.uses === 'proofgate/proofgate@v0')!;
    assert.equal(verify.with?.review, 'none');
    assert.equal(verify.with?.shard, `\${{ matrix.shard }}/${shard.strategy!.matrix.shard.length}`);
    const upload = shard.steps.find((st) => st.uses?.startsWith('actions/upload-artifact@'))!;
    assert.equal(upload.with?.path, `\${{ steps.${verify.id}.outputs.results-file }}`);
    assert.equal(publish.needs, 'shard');
    const download = publish.steps.find((st) => st.uses?.startsWith('actions/download-artifact@'))!;
    const final = publish.steps.find((st) => st.uses === 'proofgate/proofgate@v0')!;
    assert.equal(final.with?.['results-files'], `${download.with?.path}/**/*.json`, 'the glob this test publishes with');
  });
});
