/**
 * `analyze: true` (issue 13 item 4): the shipped Action (built fresh), the real engine and
 * analysis (native z3 for the runs that prove), a fake GitHub that validates every request
 * against GitHub's OpenAPI description and keeps the pull request's state. The value
 * analysis's findings are published as warnings next to a --no-verify check, never fail the
 * job unless asked, and as review state never touch a failing proof's comment.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BOT, FakeGitHub } from './fake-github.js';
import { addedLinesPatch, buildAction, FIXTURES, pullRequestPayload, pushPayload, runEntry, type RunResult } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_analyzeSecretToken0123456789';
const HEAD = 'a'.repeat(40);
const LABEL = 'needs-proof';

const repoDir = join(FIXTURES, 'repo');
const baseText = readFileSync(join(repoDir, 'lib.rs'), 'utf8');
/** Plain Rust after the verus! block: `scale` may overflow (its line), `total` uses a closure (not analysed). */
const PLAIN = [
  '',
  '// Plain Rust outside verus!: never verified, analysed with `analyze: true`.',
  'fn scale(x: u32) -> u32 {',
  '    x * 1000',
  '}',
  '',
  'fn total(v: &[u8]) -> usize {',
  '    v.iter().map(|b| *b as usize).sum()',
  '}',
  '',
].join('\n');
const FIXED_PLAIN = PLAIN.replace('    x * 1000', '    if x > 1000 { 1_000_000 } else { x * 1000 }');
const baseLines = baseText.split('\n').length;
const SCALE_LINE = baseLines + 3; // `x * 1000`
const TOTAL_LINE = baseLines + 6; // `fn total`

let ENTRY = '';
let distDir = '';
const scratch = mkdtempSync(join(tmpdir(), 'pg-analyze-action-'));
before(async () => {
  ({ entry: ENTRY, dir: distDir } = await buildAction());
});
after(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

let copies = 0;
function repoWith(name: string, plain: string): string {
  const root = join(scratch, `${name}-${++copies}`);
  cpSync(repoDir, root, { recursive: true });
  appendFileSync(join(root, 'lib.rs'), plain);
  return root;
}

const buggy = () => repoWith('buggy', PLAIN);
const fixed = () => repoWith('fixed', FIXED_PLAIN);
/** The pull request adds everything from clamp_to_ten (line 15) on: the proof failure and the plain Rust are in the diff. */
const PATCH = addedLinesPatch(baseText + PLAIN, 15, baseLines + PLAIN.split('\n').length - 1);

async function withFake<T>(body: (fake: FakeGitHub, url: string) => Promise<T>): Promise<T> {
  const fake = new FakeGitHub(OWNER, REPO, PR, [{ filename: 'lib.rs', status: 'modified', patch: PATCH }], TOKEN);
  const url = await fake.start();
  try {
    return await body(fake, url);
  } finally {
    await fake.stop();
  }
}

/** A pull request into main: --no-verify, unless it carries the label (then full proofs). */
async function prRun(url: string, repo: string, o: { labelled?: boolean; inputs?: Record<string, string> } = {}): Promise<RunResult> {
  const r = await runEntry({
    entry: ENTRY,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'main', headSha: HEAD, labels: o.labelled ? [LABEL] : [] }),
    inputs: { 'github-token': TOKEN, cache: 'false', 'verification-label': LABEL, analyze: 'true', ...o.inputs },
    apiUrl: url,
    repo,
  });
  assert.equal(r.hung, false, 'the Action exits on its own');
  return r;
}

const botComments = (fake: FakeGitHub) => fake.comments.filter((c) => c.user === BOT);
const commentAt = (fake: FakeGitHub, line: number) => botComments(fake).find((c) => c.line === line);

describe('analyze: true (shipped Action, real engine and analysis)', { concurrency: 2 }, () => {
  it('publishes the analysis as warnings next to --no-verify: summary, annotations, SARIF, review; exit 0', async () => {
    await withFake(async (fake, url) => {
      const r = await prRun(url, buggy());
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(fake.violations, []);
      const res = r.results!;
      assert.equal(res.mode, 'no-verify');
      assert.equal(res.summary.errors, 0);
      assert.deepEqual([res.summary.analyzed, res.summary.warnings, res.summary.skipped], [4, 1, 1], 'add_one, clamp_to_ten, main and scale analysed; total skipped');
      const overflow = res.diagnostics.find((d) => d.kind === 'overflow')!;
      assert.deepEqual([overflow.severity, overflow.line, overflow.message], ['warning', SCALE_LINE, '`x * 1000` may overflow: x * 1000 in [0, 4294967295000]']);
      const skipped = res.diagnostics.find((d) => d.kind === 'unsupported')!;
      assert.deepEqual([skipped.severity, skipped.line], ['warning', TOTAL_LINE]);
      assert.match(skipped.message, /^not analysed: .*closures/);
      assert.equal(r.outputs.warnings, '2');
      // Summary, annotations, SARIF.
      assert.match(r.summary, /Value analysis: 4 functions analysed, 1 warnings, 1 functions not analysed/);
      assert.match(r.summary, new RegExp(`\\| ⚠️ warning \\| \`lib\\.rs:${SCALE_LINE}:5\` \\| \`[\\w:]*scale\` \\| \`overflow\` \\| \\\\\`x \\\\\\* 1000\\\\\` may overflow`));
      assert.match(r.summary, /\| ⚠️ warning \| `lib\.rs:\d+:1` \| `total` \| `unsupported` \| not analysed: .*closures/);
      assert.match(r.stdout, new RegExp(`^::warning title=proofgate%3A \`x \\* 1000\` may overflow.*,file=lib\\.rs,line=${SCALE_LINE},`, 'm'));
      assert.match(r.stdout, /^analysis results:: 4 functions analyzed, 1 warnings, 1 skipped$/m);
      const sarif = r.sarif as { runs: { results: { ruleId: string; level: string }[] }[] };
      assert.deepEqual(sarif.runs[0]!.results.map((x) => [x.ruleId, x.level]), [['overflow', 'warning'], ['unsupported', 'warning']]);
      // The review: a comment, never a block; each warning inline (on the diff), marked as one.
      assert.equal(fake.reviews.length, 1);
      assert.equal(fake.reviews[0]!.state, 'COMMENTED');
      const c = commentAt(fake, SCALE_LINE)!;
      assert.match(c.body, /^⚠️ \*\*proofgate warning: \\`x \\\* 1000\\` may overflow/);
      assert.match(c.body, /\n\nCode:\n\n```rust\nx \* 1000\n```/);
      assert.ok(c.body.endsWith(`<!-- proofgate:fingerprint=${overflow.fingerprint};kind=warning-overflow -->`));
      assert.ok(commentAt(fake, TOTAL_LINE)!.body.endsWith(`;kind=warning-unsupported -->`));
      assert.match(fake.reviews[0]!.body, /items checked, 0 errors; value analysis: 1 warnings, 1 functions not analysed/);
    });
  });

  it('warnings fail the job only with analyze-deny-warnings; analyze-deny-warnings without analyze is a usage error', async () => {
    await withFake(async (fake, url) => {
      const r = await prRun(url, buggy(), { inputs: { review: 'none', 'analyze-deny-warnings': 'true' } });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /::error::proofgate: 2 analysis warning\(s\) \(analyze-deny-warnings is true\)/);
      const bad = await prRun(url, buggy(), { inputs: { review: 'none', analyze: 'false', 'analyze-deny-warnings': 'true' } });
      assert.equal(bad.code, 2);
      assert.match(bad.stdout, /::error::proofgate: input 'analyze-deny-warnings' needs 'analyze: true'/);
      assert.equal(fake.requests.length, 0);
    });
  });

  it('as review state, warnings and failing proofs never stand for each other', async () => {
    await withFake(async (fake, url) => {
      // 1. Labelled: full proofs, no analysis; the failing postcondition is posted.
      const proof = await prRun(url, buggy(), { labelled: true });
      assert.equal(proof.code, 1, proof.stdout + proof.stderr);
      assert.equal(proof.results!.mode, 'verify');
      assert.equal(proof.results!.summary.analyzed, undefined);
      assert.match(proof.summary, /Value analysis: not run: the analysis runs next to \\-\\-no\\-verify checks/);
      const error = commentAt(fake, 18)!;
      assert.match(error.body, /kind=postcondition -->$/);

      // 2. Unlabelled: --no-verify with the analysis. The failing proof was not attempted: its
      // comment stands untouched; the warnings are posted beside it.
      const check = await prRun(url, buggy());
      assert.equal(check.code, 0, check.stdout + check.stderr);
      assert.equal(commentAt(fake, 18)!.body, error.body, 'a warning run never marks a failing proof fixed');
      const warning = commentAt(fake, SCALE_LINE)!;
      assert.match(warning.body, /kind=warning-overflow -->$/);

      // 3. Labelled again: proofs ran, the analysis did not, so the warning is not called gone
      // (and never "verified"): its comment stands; the proof failure is kept, not re-posted.
      const writes = fake.writes().length;
      const again = await prRun(url, buggy(), { labelled: true });
      assert.equal(again.code, 1);
      assert.equal(commentAt(fake, SCALE_LINE)!.body, warning.body);
      assert.equal(commentAt(fake, 18)!.body, error.body);
      assert.equal(fake.writes().length, writes, 'nothing new, nothing edited');

      // 4. The overflow fixed, unlabelled: the analysis ran and no longer reports it, so its
      // comment says so (not "verifies"); the failing proof's comment is still untouched.
      const fixedRun = await prRun(url, fixed());
      assert.equal(fixedRun.code, 0, fixedRun.stdout + fixedRun.stderr);
      assert.deepEqual(fixedRun.results!.diagnostics.map((d) => [d.kind, d.line]), [['unsupported', TOTAL_LINE]]);
      const gone = commentAt(fake, SCALE_LINE)!.body;
      assert.match(gone, /^✅ \*\*proofgate: this is no longer reported by the value analysis\.\*\*/);
      assert.match(gone, /kind=warning-overflow;fixed -->$/);
      assert.doesNotMatch(gone, /verifies/);
      assert.equal(commentAt(fake, 18)!.body, error.body);
      assert.match(commentAt(fake, TOTAL_LINE)!.body, /kind=warning-unsupported -->$/, 'the function still not analysed keeps its comment');
      assert.deepEqual(fake.violations, []);
    });
  });

  it('a push to an ordinary branch runs the analysis too (no review), and plain Rust is never an error', async () => {
    const r = await runEntry({
      entry: ENTRY, eventName: 'push', payload: pushPayload(OWNER, REPO, 'main'),
      inputs: { 'github-token': TOKEN, cache: 'false', analyze: 'true' }, repo: buggy(),
    });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.results!.summary.errors, 0);
    assert.ok(r.results!.diagnostics.every((d) => d.severity === 'warning'));
    assert.match(r.summary, /Review: not a pull request \\\(push\\\)/);
    const off = await runEntry({
      entry: ENTRY, eventName: 'push', payload: pushPayload(OWNER, REPO, 'main'),
      inputs: { 'github-token': TOKEN, cache: 'false' }, repo: buggy(),
    });
    assert.equal(off.code, 0);
    assert.deepEqual(off.results!.diagnostics, [], 'without analyze, plain Rust is not looked at');
    assert.equal(off.results!.summary.analyzed, undefined);
    assert.equal(off.outputs.warnings, '0');
  });
});
