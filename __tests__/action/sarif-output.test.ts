/**
 * The Action writes its findings as SARIF beside the results file and names it in the
 * `sarif-file` output, ready for github/codeql-action/upload-sarif.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildAction, FIXTURES, pushPayload, runEntry } from './runner.js';
import { REPO_ROOT } from '../support/paths.js';

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; help: { text: string } }[] } };
    results: { ruleId: string; level: string; partialFingerprints: { proofgate: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
  }[];
}

let entry = '';
let distDir = '';
before(async () => {
  ({ entry, dir: distDir } = await buildAction());
});
after(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

describe('the Action\'s SARIF output', () => {
  it('holds every finding of the results file, with its rule, location and fingerprint', async () => {
    const r = await runEntry({
      entry, eventName: 'push', payload: pushPayload('octo', 'proofs', 'verification'),
      inputs: { review: 'none', cache: 'false' }, repo: join(FIXTURES, 'repo'),
    });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.outputs['sarif-file'] ?? '', /proofgate\.sarif$/);
    const sarif = r.sarif as Sarif;
    const results = r.results!;
    assert.ok(results.diagnostics.length > 0);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0]!;
    assert.equal(run.tool.driver.name, 'proofgate');
    assert.deepEqual(run.results.map((x) => x.partialFingerprints.proofgate), results.diagnostics.map((d) => d.fingerprint));
    assert.deepEqual(run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri), results.diagnostics.map((d) => d.file));
    assert.deepEqual(run.results.map((x) => x.locations[0]!.physicalLocation.region.startLine), results.diagnostics.map((d) => d.line));
    const rules = new Set(run.tool.driver.rules.map((x) => x.id));
    assert.ok(run.results.every((x) => rules.has(x.ruleId) && x.level === 'error'));
    assert.ok(run.tool.driver.rules.every((x) => x.helpUri.endsWith(`docs/diagnostics.md#${x.id}`) && x.help.text.length > 0));
  });

  it('is declared in action.yml and shown with a code-scanning upload in the README', () => {
    assert.match(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'), /^ {2}sarif-file:\n {4}description: /m);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    assert.match(readme, /- id: proofgate\n\s+uses: proofgate\/proofgate@v0\n/);
    assert.match(readme, /uses: github\/codeql-action\/upload-sarif@v\d+\n(?:\s+\S.*\n)*?\s+sarif_file: \$\{\{ steps\.proofgate\.outputs\.sarif-file \}\}/);
  });
});
