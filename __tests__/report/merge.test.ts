/**
 * Merging shards' results (`proofgate merge`, the Action's `results-files`): only a complete
 * set of shards, one unit per unit, SARIF automation ids per shard and for the merge, and
 * a proof cache per shard.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cacheKeys } from '../../src/action/cache.js';
import { MergeError, mergeResults } from '../../src/report/merge.js';
import { readResultsFile, ResultsFileError } from '../../src/report/read-results.js';
import type { ResultsDiagnostic, ResultsFile } from '../../src/report/results.js';
import { renderSarif } from '../../src/report/sarif.js';
import { assertValidResults } from '../support/results-schema.js';

function finding(file: string, line: number, fingerprint: string): ResultsDiagnostic {
  return {
    severity: 'error', kind: 'postcondition', message: 'postcondition not satisfied', file, line, column: 5, endLine: line, endColumn: 10,
    labels: [], fingerprint, rendered: 'error: postcondition not satisfied',
  };
}

function shard(index: number, count: number, units: ResultsFile['units'], diagnostics: ResultsDiagnostic[]): ResultsFile {
  const verified = units.filter((u) => u.status !== 'failed').length;
  return {
    tool: { name: 'proofgate', version: '0.1.0', solver: 'z3 4.8.12 (native)' },
    mode: 'verify',
    summary: { verified, errors: diagnostics.length, functions: new Set(units.map((u) => u.function)).size, cached: 0, seconds: index },
    shard: { index, count },
    diagnostics,
    units,
  };
}

const unit = (fn: string, line: number, status: 'verified' | 'failed' | 'cached', ms = 1) => ({ function: fn, file: 'lib.rs', line, status, ms });

// f's queries were split between shards 1 and 2 (one of them failed there); g is in shard 3 only.
const s1 = shard(1, 3, [unit('f', 1, 'verified'), unit('h', 20, 'cached')], []);
const s2 = shard(2, 3, [unit('f', 1, 'failed', 2)], [finding('lib.rs', 3, 'a'.repeat(20))]);
const s3 = shard(3, 3, [unit('g', 10, 'verified'), unit('h', 20, 'verified')], [finding('lib.rs', 12, 'b'.repeat(20))]);

describe('merging shards', () => {
  it('a complete set: every finding once, one unit per unit (failed if any shard failed it), no shard field', () => {
    const m = mergeResults([s3, s1, s2]);
    assertValidResults(m);
    assert.equal(m.shard, undefined);
    assert.deepEqual(m.diagnostics.map((d) => d.fingerprint), ['a'.repeat(20), 'b'.repeat(20)]);
    assert.deepEqual(m.units.map((u) => [u.function, u.status, u.ms]), [['f', 'failed', 3], ['g', 'verified', 1], ['h', 'verified', 2]]);
    assert.deepEqual([m.summary.verified, m.summary.errors, m.summary.functions, m.summary.cached, m.summary.seconds], [2, 2, 3, 0, 3]);
  });

  it('refuses a missing shard, a shard given twice, different splits, and shards beside a whole run', () => {
    assert.throws(() => mergeResults([s1, s3]), (e: Error) => e instanceof MergeError && /shard 2\/3 is missing/.test(e.message));
    assert.throws(() => mergeResults([s1]), /shards 2\/3, 3\/3 are missing/);
    assert.throws(() => mergeResults([s1, s2, s3, s2]), /shard 2\/3 are given twice/);
    assert.throws(() => mergeResults([s1, s2, s3, shard(1, 2, [], [])]), /different splits \(\/3 and \/2\)/);
    const whole = { ...s1 };
    delete whole.shard;
    assert.throws(() => mergeResults([whole, s2, s3]), /shards' results with the results of a whole run/);
    assert.throws(() => mergeResults([s1, s2, { ...s3, mode: 'no-verify' }]), /different modes/);
  });

  it('SARIF names each shard\'s analysis and the merged one apart (automationDetails.id)', () => {
    const id = (r: ResultsFile, merged = false) => (renderSarif(r, { merged }) as { runs: { automationDetails: { id: string } }[] }).runs[0]!.automationDetails.id;
    assert.equal(id(s1), 'proofgate/shard-1-of-3/');
    assert.equal(id(s3), 'proofgate/shard-3-of-3/');
    assert.equal(id(mergeResults([s1, s2, s3]), true), 'proofgate/merged/');
    const whole = mergeResults([s1, s2, s3]);
    assert.equal(id(whole), 'proofgate/');
  });

  it('reads results files with one line for what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-merge-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    assert.deepEqual(readResultsFile(write('ok.json', JSON.stringify(s1))), s1);
    assert.throws(() => readResultsFile(join(dir, 'none.json')), (e: Error) => e instanceof ResultsFileError && /cannot read results file/.test(e.message));
    assert.throws(() => readResultsFile(write('bad.json', '{')), /is not a JSON results file/);
    assert.throws(() => readResultsFile(write('sarif.json', JSON.stringify({ version: '2.1.0', runs: [] }))), /is not a results file \(docs\/results\.md\): no `tool\.name/);
    assert.throws(() => readResultsFile(write('shard.json', JSON.stringify({ ...s1, shard: { index: 4, count: 3 } }))), /`shard` is not/);
    assert.throws(() => readResultsFile(write('diag.json', JSON.stringify({ ...s1, diagnostics: [{ file: 'a.rs' }] }))), /a diagnostic lacks/);
  });
});

describe('the proof cache of a shard', () => {
  it('is its own: the shard is in the saved key and the restore prefix', () => {
    const env = { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' };
    const a = cacheKeys({ index: 1, count: 4 }, env);
    const b = cacheKeys({ index: 2, count: 4 }, env);
    const whole = cacheKeys(null, env);
    assert.equal(a.key, 'proofgate-proof-cache-shard-1-of-4-77-2');
    assert.equal(a.restorePrefix, 'proofgate-proof-cache-shard-1-of-4-');
    assert.equal(whole.restorePrefix, 'proofgate-proof-cache-all-');
    for (const x of [a, b, whole]) for (const y of [a, b, whole]) if (x !== y) assert.ok(!y.key.startsWith(x.restorePrefix), `${y.key} is not restored as ${x.restorePrefix}`);
  });
});

describe('results-files globs', () => {
  it('`*` stays in a folder, `**/` spans any depth (none included), `?` is one character', async () => {
    const { pathGlob } = await import('../../src/action/results-files.js');
    const m = (glob: string, path: string) => pathGlob(glob).test(path);
    assert.ok(m('**/*.json', 'a.json') && m('**/*.json', 'proofgate-shard-1/proofgate-results.json') && m('**/*.json', 'x/y/z.json'));
    assert.ok(m('*.json', 'a.json') && !m('*.json', 'd/a.json'));
    assert.ok(m('shard-?.json', 'shard-3.json') && !m('shard-?.json', 'shard-10.json'));
    assert.ok(!m('*.json', 'a.jsonx') && !m('a.b', 'axb'), 'dots are literal');
  });
});
