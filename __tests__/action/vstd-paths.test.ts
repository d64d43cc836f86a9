/**
 * Spans in Proofgate's own vstd (lib/vstd, every crate's `vstd` dependency) are named
 * `<vstd>/<file>` in every rendering, not by where the Action's package sits (on a runner,
 * somewhere like `../../_actions/proofgate/...`); nothing is placed on them: the finding is
 * at the caller's line, inline and as an annotation; SARIF gives them no repository URI.
 * The shipped Action, built beside a copy of lib/vstd as its checkout holds it, with the real
 * engine and native z3, against the fake GitHub.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { annotate } from '../../src/action/summary.js';
import { planReview } from '../../src/action/placement.js';
import { renderWorkflowCommand } from '../../src/report/github.js';
import type { ResultsDiagnostic, ResultsFile } from '../../src/report/results.js';
import { FakeGitHub } from './fake-github.js';
import { addedLinesPatch, buildAction, pullRequestPayload, runEntry } from './runner.js';

const OWNER = 'octo';
const REPO = 'proofs';
const PR = 7;
const TOKEN = 'ghs_vstdPathsSecretToken0123456789';
const HEAD = 'a'.repeat(40);

/** Line 5 calls vstd's lemma_mod_bound without its `0 < m`. */
const LIB = `use vstd::prelude::*;
verus! {

proof fn caller(x: int) {
    vstd::arithmetic::div_mod::lemma_mod_bound(x, 0);
}

} // verus!
`;

let entry = '';
let distDir = '';
let scratch = '';
before(async () => {
  ({ entry, dir: distDir } = await buildAction({ packageLayout: true }));
  scratch = mkdtempSync(join(tmpdir(), 'pg-vstd-paths-'));
});
after(() => {
  for (const d of [distDir, scratch]) if (d) rmSync(d, { recursive: true, force: true });
});

/** Where the engine names a vstd file wrongly: the package's folder, relative or absolute. */
const PACKAGE_PATH = /lib\/vstd|_actions|pg-action-dist|\.\.\//;

describe('spans in Proofgate\'s vstd', () => {
  it('the shipped Action: `<vstd>/...` in the annotation, comment, summary and SARIF; everything placed at the caller', async () => {
    const repo = join(scratch, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'lib.rs'), LIB);
    const fake = new FakeGitHub(OWNER, REPO, PR, [{ filename: 'lib.rs', status: 'added', patch: addedLinesPatch(LIB, 1, 8) }], TOKEN);
    const url = await fake.start();
    try {
      const r = await runEntry({
        entry, eventName: 'pull_request', repo, apiUrl: url,
        payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, base: 'verification', headSha: HEAD }),
        inputs: { 'github-token': TOKEN, cache: 'false' },
      });
      assert.equal(r.hung, false);
      assert.deepEqual(fake.violations, []);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const [d, ...rest] = r.results!.diagnostics;
      assert.equal(rest.length, 0, JSON.stringify(r.results!.diagnostics.map((x) => x.message)));
      assert.deepEqual([d!.kind, d!.file, d!.line], ['precondition', 'lib.rs', 5], 'the finding is at the call');
      assert.deepEqual(d!.labels.map((l) => [l.file, l.line, l.message]), [['<vstd>/arithmetic/div_mod.rs', 46, 'failed precondition']]);
      assert.match(d!.rendered, /\n {2}::: <vstd>\/arithmetic\/div_mod\.rs:46:9\n/);

      // The one annotation is on the caller's line; its text names the library file so.
      const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
      assert.equal(annotations.length, 1);
      assert.match(annotations[0]!, /^::error title=[^,]*,file=lib\.rs,line=5,endLine=5,col=5,/);
      assert.match(annotations[0]!, /::: <vstd>\/arithmetic\/div_mod\.rs:46:9/);

      // The inline comment is on the caller's line; the clause's place is `<vstd>/...`, with no link into the repository.
      assert.equal(fake.comments.length, 1);
      const c = fake.comments[0]!;
      assert.deepEqual([c.path, c.line], ['lib.rs', 5]);
      assert.match(c.body, /Failing clause \(`<vstd>\/arithmetic\/div_mod\.rs:46`, failed precondition\):\n\n```rust\n0 < m\n```/);
      assert.ok(!c.body.includes(`/${OWNER}/${REPO}/blob/`), 'no permalink: the file is not in the repository');

      for (const [what, text] of [['comment', c.body], ['review', fake.reviews[0]!.body], ['summary', r.summary], ['annotation', annotations[0]!], ['results', JSON.stringify(r.results)], ['SARIF results', JSON.stringify((r.sarif as { runs: { results: unknown }[] }).runs[0]!.results)]] as const) {
        assert.doesNotMatch(text, PACKAGE_PATH, `${what} names no package folder`);
      }

      // SARIF: the related location is based on Proofgate's vstd, not on the repository.
      const run = (r.sarif as { runs: Record<string, any>[] }).runs[0]!; // eslint-disable-line @typescript-eslint/no-explicit-any
      const result = run.results[0];
      assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'lib.rs' });
      assert.deepEqual(result.relatedLocations[0].physicalLocation.artifactLocation, { uri: 'arithmetic/div_mod.rs', uriBaseId: 'PROOFGATE_VSTD' });
      assert.match(run.originalUriBaseIds.PROOFGATE_VSTD.uri, /^https:\/\/github\.com\/proofgate\/proofgate\/blob\/v\d+\.\d+\.\d+\/lib\/vstd\/$/);
    } finally {
      await fake.stop();
    }
  });

  it('a finding whose own span is in vstd is never placed on it: no inline comment, an annotation without a file', () => {
    const d: ResultsDiagnostic = {
      severity: 'error', kind: 'type', message: 'mismatched types', file: '<vstd>/math.rs', line: 3, column: 1, endLine: 3, endColumn: 4,
      labels: [], fingerprint: '0'.repeat(20), rendered: 'error: mismatched types\n  --> <vstd>/math.rs:3:1',
    };
    // even a pull request naming such a file (git would allow it) gets no comment on it
    const plan = planReview({ findings: [d], diff: new Map([['<vstd>/math.rs', new Set([3])]]), earlierComments: [], earlierReviews: [], maxComments: 5, absenceMeansFixed: () => true });
    assert.deepEqual([plan.inline.length, plan.body.length], [0, 1]);
    const seen: unknown[] = [];
    annotate({ diagnostics: [d] } as ResultsFile, { error: (m, p) => seen.push(p), warning: () => assert.fail('an error') });
    assert.deepEqual(seen, [{ title: 'proofgate: mismatched types' }]);
    assert.equal(renderWorkflowCommand(d), '::error title=proofgate%3A mismatched types::error: mismatched types%0A  --> <vstd>/math.rs:3:1');
  });
});
