/** The CLI as users run it: the committed bundle through bin/proofgate.js. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, SHARED_CASES } from '../support/paths.js';
import { readValidResults } from '../support/results-schema.js';

function cli(args: string[], cwd = REPO_ROOT) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'proofgate.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('proofgate CLI', () => {
  it('prints its version', () => {
    const r = cli(['--version']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^proofgate \d+\.\d+\.\d+/);
  });
  it('rejects bad usage with exit 2 and one line, no stack trace', () => {
    for (const args of [['frobnicate'], ['verify', '--jobs', 'x'], ['verify', '--shard', '3/2'], ['verify', '--bogus'], ['merge'], ['merge', 'nonexistent.json']]) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });
  it('a path with no Rust files is a usage error, not a pass', () => {
    const empty = mkdtempSync(join(tmpdir(), 'pg-empty-'));
    const r = cli(['verify', empty], empty);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /^proofgate: no Rust files \(\*\.rs\) found in `.*pg-empty-/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
  it('--no-verify: static errors exit 1 with the check summary', () => {
    const r = cli(['verify', '--no-verify', join(SHARED_CASES, 'mode_error.rs')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /cannot call function `mode_error::exec_double` with mode exec/);
    assert.match(r.stdout.trim().split('\n').pop()!, /^check results:: \d+ items checked, 1 errors$/);
  });
  it('verify: failures exit 1, the JSON results file is written, clean code exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
    const out = join(dir, 'r.json');
    const bad = cli(['verify', '--no-cache', '--output', out, join(SHARED_CASES, 'precondition.rs')]);
    assert.equal(bad.code, 1, bad.stderr);
    assert.equal(bad.stdout.trim().split('\n').pop(), 'verification results:: 3 verified, 1 errors');
    const results = readValidResults(out);
    assert.equal(results.mode, 'verify');
    assert.equal(results.diagnostics[0]!.kind, 'precondition');
    assert.equal(results.diagnostics[0]!.labels[0]!.message, 'failed precondition');
    const good = join(dir, 'ok.rs');
    writeFileSync(good, 'use vstd::prelude::*;\nverus! {\nfn id(x: u8) -> (r: u8) ensures r == x { x }\n}\n');
    const ok = cli(['verify', '--no-cache', good], dir);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.equal(ok.stdout.trim(), 'verification results:: 1 verified, 0 errors');
  });
  it('the bundle finds its solver worker and z3 WASM beside it (--solver wasm)', () => {
    const r = cli(['verify', '--no-cache', '--solver', 'wasm', join(SHARED_CASES, 'assertion.rs')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /assertion failed/);
    assert.equal(r.stdout.trim().split('\n').pop(), 'verification results:: 1 verified, 1 errors');
  });
  it('--dump-smt writes standalone scripts that native z3 answers the same way', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-dump-'));
    const r = cli(['verify', '--no-cache', '--dump-smt', dir, join(SHARED_CASES, 'precondition.rs')]);
    assert.equal(r.code, 1, r.stderr);
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, ['precondition.checked_div.smt2', 'precondition.halve.smt2', 'precondition.main.smt2', 'precondition.zero_divisor.smt2']);
    const z3 = spawnSync('z3', [join(dir, 'precondition.zero_divisor.smt2')], { encoding: 'utf8' });
    if (z3.error) return t.skip('no z3 on PATH');
    // First all goals together (one fails), then each goal alone (exactly one fails). A failing
    // goal is `sat`, or `unknown` where the quantified axioms of `/` (as Verus's) keep z3 from a
    // model it can vouch for; the engine reads both as "not proved", so z3 answers as it did.
    const answers = z3.stdout.split('\n').filter((l) => /^(sat|unsat|unknown)$/.test(l));
    assert.equal(answers.length, 3, z3.stdout);
    assert.notEqual(answers[0], 'unsat', z3.stdout);
    assert.deepEqual(answers.slice(1).map((a) => a === 'unsat'), [true, false], z3.stdout);
  });
  it('run: executes the model\'s #[test] fns in the emulator and closes with the counts', () => {
    const r = cli(['run', 'model']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^test model::tests::test_attack_remap_reads_zero \.\.\. ok$/m);
    assert.match(r.stdout.trim().split('\n').pop()!, /^\d+ passed, 0 failed$/);
  });
  it('--format github prints workflow commands', () => {
    const r = cli(['verify', '--no-cache', '--format', 'github', join(SHARED_CASES, 'division.rs')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^::error file=.*division\.rs,line=7,col=5,/m);
  });
});
