/** `proofgate analyze` and `verify --dump-ir` from the command line (the sources, through tsx). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ResultsFile } from '../../src/report/results.js';
import { REPO_ROOT } from '../support/paths.js';
import { resultsSchemaErrors } from '../support/results-schema.js';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('proofgate analyze', () => {
  it('warnings exit 0, with --deny-warnings 1; the JSON results file has severity warning and mode analyze', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pg-analyze-')), 'r.json');
    const r = cli(['analyze', 'corpus/analyze/overflow_add_warn.rs', '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /warning: `a \+ b` may overflow: a \+ b in \[0, 8589934590\]/);
    assert.equal(r.stdout.trim().split('\n').pop(), 'analysis results:: 1 functions analyzed, 1 warnings, 0 skipped');
    const json = JSON.parse(readFileSync(out, 'utf8')) as ResultsFile;
    assert.equal(json.mode, 'analyze');
    assert.deepEqual(resultsSchemaErrors(json), [], 'the results file matches docs/results.schema.json');
    assert.deepEqual(json.diagnostics.map((d) => [d.severity, d.kind, d.line]), [['warning', 'overflow', 5]]);
    assert.equal(cli(['analyze', '--deny-warnings', 'corpus/analyze/overflow_add_warn.rs']).code, 1);
    assert.equal(cli(['analyze', '--deny-warnings', 'corpus/analyze/overflow_add_ok.rs']).code, 0);
  });
  it('--state-level decides the issue\'s example; a bad level is a usage error', () => {
    const at = (n: string) => cli(['analyze', '--format', 'json', '--state-level', n, 'corpus/analyze/state_level_1_warn.rs']);
    assert.equal((JSON.parse(at('1').stdout) as ResultsFile).summary.warnings, 1);
    assert.equal((JSON.parse(at('2').stdout) as ResultsFile).summary.warnings, 0);
    const bad = at('0');
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });
  it('plain Rust outside verus! is analysed; what it cannot read is listed as skipped with the reason, never passed in silence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-analyze-plain-'));
    const file = join(dir, 'plain.rs');
    writeFileSync(file, [
      'use vstd::prelude::*;',
      'verus! {',
      'fn ok(a: u8) -> u8 { a / 2 }',
      '}',
      'fn plain(a: u32, b: u32) -> u32 { a + b }',
      'fn sum(v: &[u8]) -> usize { v.iter().map(|x| *x as usize).sum() }',
      'fn unknown(v: &[u8]) -> usize { v.frobnicate() }',
      'struct S { x: u8 }',
      'impl S {',
      '    fn get(&self) -> u8 { self.x / 2 }',
      '    fn weird(&self) -> u8 { let f = |y: u8| y; f(self.x) }',
      '}',
      '',
    ].join('\n'));
    const r = cli(['analyze', '--allow-outside-cwd', '--format', 'json', file]);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as ResultsFile;
    assert.deepEqual(resultsSchemaErrors(json), []);
    assert.equal(json.summary.errors, 0);
    assert.equal(json.summary.functions, 3, 'ok, plain and S::get');
    assert.deepEqual(json.diagnostics.filter((d) => d.kind !== 'unsupported').map((d) => [d.kind, d.line]), [['overflow', 5]]);
    const skipped = json.diagnostics.filter((d) => d.kind === 'unsupported');
    assert.deepEqual(json.units.map((u) => [u.function, u.line, u.status]).sort(), [['plain::unknown', 7, 'skipped'], ['sum', 6, 'skipped'], ['weird', 11, 'skipped']]);
    assert.ok(skipped.every((d) => d.severity === 'warning' && /^not analysed: .+/.test(d.message)));
    assert.match(skipped.find((d) => d.line === 6)!.message, /closures/);
    assert.match(skipped.find((d) => d.line === 7)!.message, /frobnicate/);
    assert.equal(cli(['analyze', '--allow-outside-cwd', '--deny-warnings', file]).code, 1, 'a skipped function is not a clean pass');
    // plain Rust that rustc accepts is never flagged by verify or --no-verify
    for (const mode of [['--no-verify'], []]) {
      const v = cli(['verify', ...mode, '--allow-outside-cwd', '--format', 'json', file]);
      assert.equal(v.code, 0, v.stdout + v.stderr);
      assert.deepEqual((JSON.parse(v.stdout) as ResultsFile).diagnostics, []);
    }
  });
  it('static errors are errors (exit 1), not analysed', () => {
    const r = cli(['analyze', 'corpus/cases/mode_error.rs']);
    assert.equal(r.code, 1);
  });
});

describe('proofgate verify --dump-ir', () => {
  it('prints the IR of the functions --function selects', () => {
    const r = cli(['verify', '--dump-ir', '--function', 'add_any', 'corpus/analyze/overflow_add_warn.rs']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), [
      'exec fn overflow_add_warn::add_any(a: u32, b: u32) -> result%0: u32',
      '{',
      '  check overflow: a +@u32 b in u32;  // 5:5',
      '  return a +@u32 b;  // 5:5',
      '}',
    ].join('\n'));
  });
});
