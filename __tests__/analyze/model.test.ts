/**
 * analyze on model/: every exec function is analysed (none skipped), warnings are of the
 * run-time kinds only, and the analysis with the specs unused (as if stripped) does not
 * crash and finds at least as many possible errors as with them.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runAnalyze } from '../../src/analyze-run.js';

it('model/: analysed with and without its specs', () => {
  const withSpecs = runAnalyze({ paths: ['model'] });
  assert.equal(withSpecs.summary.errors, 0);
  assert.equal(withSpecs.summary.skipped, 0);
  assert.ok(withSpecs.summary.functions >= 90, `${withSpecs.summary.functions} functions`);
  const kinds = new Set(withSpecs.diagnostics.map((d) => d.kind));
  for (const k of kinds) assert.ok(['overflow', 'division', 'shift', 'index'].includes(k), k);
  const stripped = runAnalyze({ paths: ['model'], useSpecs: false });
  assert.equal(stripped.summary.skipped, 0);
  assert.equal(stripped.summary.functions, withSpecs.summary.functions);
  assert.ok((stripped.summary.warnings ?? 0) > (withSpecs.summary.warnings ?? 0), `${stripped.summary.warnings} vs ${withSpecs.summary.warnings}`);
});
