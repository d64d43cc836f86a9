/**
 * engine: verus's reader: rustc's JSON diagnostics (`--error-format=json`, bare or in
 * cargo's `compiler-message` records) and Verus's summary line, on output recorded in
 * rustc's documented format that we wrote ourselves (__tests__/fixtures/verus; Verus cannot
 * be installed here). Unknown or malformed lines are reported, never dropped.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildResults } from '../../src/report/build-results.js';
import { kindOfMessage, parseVerusOutput } from '../../src/report/rustc-json.js';
import { SourceSet } from '../../src/report/sources.js';
import { VERSION } from '../../src/version.js';
import { REPO_ROOT } from '../support/paths.js';
import { assertValidResults } from '../support/results-schema.js';

const FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'verus');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const LIB = read('src/lib.rs');
const sourceText = (file: string) => (file === 'src/lib.rs' ? LIB : undefined);
const where = (d: { span: { file: string; line: number; column: number } }) => `${d.span.file}:${d.span.line}:${d.span.column}`;

describe('rustc JSON diagnostics and the Verus summary', () => {
  it('reads a cargo verify run: failures with their labels, a warning, the summary; cargo and rustc noise skipped', () => {
    const out = parseVerusOutput(read('cargo-verify.out'), { sourceText });
    assert.deepEqual(out.summary, { verified: 2, errors: 3 });
    assert.deepEqual(out.diagnostics.map((d) => [d.severity, d.kind, d.message, where(d)]), [
      ['warning', 'type', 'unused variable: `a` [unused_variables]', 'src/lib.rs:3:16'],
      ['error', 'precondition', 'precondition not satisfied', 'src/lib.rs:10:5'],
      ['error', 'postcondition', 'postcondition not satisfied', 'src/lib.rs:14:9'],
      ['error', 'assertion', 'assertion failed', 'src/lib.rs:19:5'],
    ]);
    const [, pre, post, assertion] = out.diagnostics;
    assert.deepEqual(pre!.labels.map((l) => [l.message, where(l)]), [['failed precondition', 'src/lib.rs:5:9']]);
    assert.equal(post!.primaryLabel, 'failed this postcondition');
    assert.deepEqual(post!.labels.map((l) => [l.message, where(l)]), [['at the end of the function body', 'src/lib.rs:17:1']]);
    assert.deepEqual(assertion!.notes, ['help: run with --expand-errors for more details'], 'a child without spans is a note');
    assert.equal(LIB.slice(pre!.labels[0]!.span.start, pre!.labels[0]!.span.end), 'b != 0', 'offsets from the source text');
  });

  it('goes through the same results file, rendering and fingerprints as our engine\'s findings', () => {
    const out = parseVerusOutput(read('cargo-verify.out'), { sourceText });
    const sources = new SourceSet();
    sources.add('src/lib.rs', LIB);
    const results = buildResults({ version: VERSION, solver: 'verus', mode: 'verify', diagnostics: out.diagnostics, units: [], seconds: 1 }, sources);
    assertValidResults(results);
    assert.equal(results.summary.errors, 3);
    const pre = results.diagnostics.find((d) => d.kind === 'precondition')!;
    assert.equal(pre.clause, 'b != 0');
    assert.match(pre.rendered, /^10 \| {5}checked_div\(x, 0\)\n {3}\| {5}\^{17}$/m);
    assert.match(pre.rendered, /^5 {2}\| {9}b != 0,\n {3}\| {9}-{6} failed precondition$/m);
    assert.equal(new Set(results.diagnostics.map((d) => d.fingerprint)).size, 4);
  });

  it('a compile error (no summary line) keeps its code, its note with a span, and its kind', () => {
    const out = parseVerusOutput(read('compile-error.out'), { sourceText });
    assert.equal(out.summary, null);
    assert.equal(out.diagnostics.length, 1, out.diagnostics.map((d) => d.message).join('\n'));
    const [d] = out.diagnostics;
    assert.equal(d!.kind, 'type');
    assert.equal(d!.message, 'mismatched types [E0308]');
    assert.equal(d!.primaryLabel, 'expected `u32`, found `bool`');
    assert.deepEqual(d!.labels.map((l) => [l.message, where(l)]), [['expected due to this', 'src/lib.rs:12:11']]);
  });

  it('reports every line it cannot read at its line of the output, and a summary that counts more errors than shown', () => {
    const out = parseVerusOutput(read('garbled.out'), { sourceText, outputName: 'cargo-verify.log' });
    assert.deepEqual(out.summary, { verified: 1, errors: 4 });
    const lost = out.diagnostics.filter((d) => d.kind === 'verifier-output');
    assert.ok(lost.every((d) => d.severity === 'error' && d.span.file === 'cargo-verify.log'));
    assert.deepEqual(lost.map((d) => [d.span.line, d.message.replace(/: .*$/s, '')]), [
      [2, "malformed JSON diagnostic in the verifier's output"],
      [3, "unrecognised line in the verifier's output"],
      [4, "unknown cargo record `compiler-notification` in the verifier's output"],
      [5, "malformed JSON diagnostic in the verifier's output"],
      [6, "unrecognised line in the verifier's output"],
      [1, 'the verifier reported 4 errors, its output held 1'],
    ]);
    assert.match(lost[1]!.message, /thread 'rustc' panicked/);
    assert.equal(out.diagnostics.filter((d) => d.kind === 'precondition').length, 1);
  });

  it('never drops a damaged line: each truncation of each record is reported at its line', () => {
    const lines = read('cargo-verify.out').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('{')) continue;
      for (const cut of [1, 10, Math.floor(lines[i]!.length / 2), lines[i]!.length - 1]) {
        const damaged = lines.map((l, j) => (j === i ? l.slice(0, cut) : l)).join('\n');
        const out = parseVerusOutput(damaged, { sourceText });
        assert.ok(out.diagnostics.some((d) => d.kind === 'verifier-output' && d.span.line === i + 1), `line ${i + 1} cut at ${cut}`);
      }
    }
  });

  it("maps Verus's wording to our kinds", () => {
    const table: [string, string][] = [
      ['precondition not satisfied', 'precondition'],
      ['postcondition not satisfied', 'postcondition'],
      ['assertion failed', 'assertion'],
      ['invariant not satisfied before loop', 'invariant-entry'],
      ['invariant not satisfied at end of loop body', 'invariant-end'],
      ['loop invariant not satisfied', 'invariant-break'],
      ['decreases not satisfied at end of loop', 'decreases'],
      ['could not prove termination', 'termination'],
      ['possible arithmetic underflow/overflow', 'overflow'],
      ['possible division by zero', 'division'],
      ['possible bit shift underflow/overflow', 'shift'],
      ['precondition not met: index in bounds for this access', 'index'],
      ['constructed value may fail to meet its declared type invariant', 'type-invariant'],
      ['function body check: Resource limit (rlimit) exceeded', 'timeout'],
      ['cannot call function `m::f` with mode exec', 'mode'],
      ['The verifier does not yet support the following Rust feature: dyn', 'type'],
      ['expected one of `,` or `)`, found `;`', 'syntax'],
    ];
    for (const [message, kind] of table) assert.equal(kindOfMessage(message, null), kind, message);
    assert.equal(kindOfMessage('expected `u32`, found `bool`', 'E0308'), 'type', 'a coded error is a compile error, not syntax');
  });
});
