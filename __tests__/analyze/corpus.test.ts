/**
 * corpus/analyze: each case's `//~ WARN kind: text` markers against the warnings of
 * `proofgate analyze` (at the case's `//@ state-level`, default 8): every check kind has a
 * safe twin (no warning) and a buggy twin (the warning on the right line and kind).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runAnalyze } from '../../src/analyze-run.js';
import { matchWarnings, readCaseSpec } from '../support/markers.js';
import { REPO_ROOT, rsFiles } from '../support/paths.js';

const DIR = join(REPO_ROOT, 'corpus', 'analyze');

describe('corpus/analyze', () => {
  const files = rsFiles(DIR);
  it('has a safe and a buggy case per check kind, and the state-level examples', () => {
    const names = files.map((f) => f.split('/').pop()!);
    for (const k of ['overflow_add', 'underflow_sub', 'overflow_mul', 'division', 'division_min', 'rem_min', 'shift', 'index', 'call_contract', 'truncation']) {
      assert.ok(names.includes(`${k}_ok.rs`) && names.includes(`${k}_warn.rs`), k);
    }
    // plain Rust (outside verus!, without #[verus_verify]) per check kind
    for (const k of ['overflow', 'division', 'shift', 'index', 'truncation']) {
      assert.ok(names.includes(`plain_${k}_ok.rs`) && names.includes(`plain_${k}_warn.rs`), `plain_${k}`);
    }
    for (const n of ['loop_lt_u8_ok.rs', 'loop_le_u8_warn.rs', 'state_level_1_warn.rs', 'state_level_2_ok.rs', 'state_split_1_warn.rs', 'state_split_2_ok.rs']) assert.ok(names.includes(n), n);
    const kinds = new Set(files.flatMap((f) => readCaseSpec(readFileSync(f, 'utf8')).warnings.map((w) => w.kind)));
    assert.deepEqual([...kinds].sort(), ['division', 'index', 'overflow', 'shift', 'truncation']);
  });
  for (const f of files) {
    it(f, () => {
      const spec = readCaseSpec(readFileSync(f, 'utf8'));
      const r = runAnalyze({ paths: [f], ...(spec.stateLevel ? { stateLevel: spec.stateLevel } : {}) });
      assert.equal(r.summary.errors, 0, r.diagnostics.map((d) => d.rendered).join('\n'));
      assert.equal(r.summary.skipped, 0, r.diagnostics.map((d) => d.message).join('\n'));
      assert.ok(r.summary.functions >= 1);
      assert.ok(r.diagnostics.every((d) => d.severity === 'warning'));
      const problems = matchWarnings(spec.warnings, r.diagnostics.map((d) => ({ line: d.line, kind: d.kind, message: d.message })));
      assert.deepEqual(problems, []);
    });
  }
  it('the state-level example is reported at level 1 and not at 2, 4, 8 or 16', () => {
    const f = files.find((x) => x.endsWith('state_level_1_warn.rs'))!;
    const at = (n: number) => runAnalyze({ paths: [f], stateLevel: n }).summary.warnings;
    assert.equal(at(1), 1);
    for (const n of [2, 4, 8, 16]) assert.equal(at(n), 0, `level ${n}`);
  });
});
