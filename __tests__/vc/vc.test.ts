/**
 * Obligation generation: coverage of the corpus, soundness under solver failure, query
 * determinism and counterexamples. (Every case's markers are matched end to end, on both
 * backends, by __tests__/cases.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runProofgate } from '../../src/driver.js';
import { createSolverPool } from '../../src/smt/pool.js';
import { readCaseSpec } from '../support/markers.js';
import { REPO_ROOT, SHARED_CASES } from '../support/paths.js';
import { generateVcs, resultToDiagnostics, type FunctionVc } from '../../src/vc/index.js';
import { loadCrates } from '../../src/syntax/load.js';
import { checkCrate } from '../../src/check/index.js';

const CASES = SHARED_CASES;
const CORPUS = path.join(REPO_ROOT, 'corpus', 'verify');

function rsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  // (a `.verus.rs` file is `include!`d by a crate root, not a crate of its own)
  return fs.readdirSync(dir).filter((f) => f.endsWith('.rs') && !f.endsWith('.verus.rs')).sort().map((f) => path.join(dir, f));
}

test('corpus has a pass and a fail variant per obligation kind', () => {
  const corpus = rsFiles(CORPUS);
  assert.ok(corpus.length >= 100, `corpus has ${corpus.length} cases`);
  const text = corpus.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  for (const msg of ['precondition not satisfied', 'postcondition not satisfied', 'assertion failed', 'invariant not satisfied before loop',
    'invariant not satisfied at end of loop body', 'loop invariant not satisfied', 'decreases not satisfied at end of loop', 'could not prove termination',
    'possible arithmetic underflow/overflow', 'possible division by zero', 'possible bit shift underflow/overflow',
    'precondition not met: index in bounds for this access', 'constructed value may fail to meet its declared type invariant', 'loop must have a decreases clause']) {
    assert.ok(text.includes(`//~ ERROR ${msg}`), `no failing case for: ${msg}`);
  }
});

function vcsOf(file: string): FunctionVc[] {
  const l = loadCrates([file]);
  const c = checkCrate(l.crates[0]!);
  return generateVcs(c.checked).vcs;
}

test('unknown and timeout are errors with their own messages, never verified', () => {
  const vc = vcsOf(path.join(CASES, 'division.rs')).find((v) => v.unit.function.endsWith('::slot'))!;
  const labels = vc.query.goals.map((g) => g.label);
  assert.ok(labels.length > 0);
  const timeout = resultToDiagnostics(vc, { id: vc.query.id, solverMs: 1, cached: false, goals: labels.map((label) => ({ label, status: 'timeout', reason: 'timeout' })) });
  assert.equal(timeout.length, 1);
  assert.equal(timeout[0]!.kind, 'timeout');
  // no rlimit on this query: only the wall clock can have run out, which is not an rlimit
  assert.equal(timeout[0]!.message, 'function body check: Time limit exceeded (the wall-clock timeout, --timeout-ms)');
  assert.equal(timeout[0]!.span.line, 10);
  const limited = { ...vc, query: { ...vc.query, rlimit: 3_000_000 } };
  const rlimit = resultToDiagnostics(limited, { id: vc.query.id, solverMs: 1, cached: false, goals: labels.map((label) => ({ label, status: 'timeout', reason: 'canceled' })) });
  assert.equal(rlimit[0]!.message, 'function body check: Resource limit (rlimit) exceeded');
  assert.equal(rlimit[0]!.kind, 'timeout');
  const clock = resultToDiagnostics(limited, { id: vc.query.id, solverMs: 1, cached: false, goals: labels.map((label) => ({ label, status: 'timeout', reason: 'z3 gave no answer within 20000 ms; restarted it' })) });
  assert.equal(clock[0]!.message, 'function body check: Time limit exceeded (the wall-clock timeout, --timeout-ms)');
  assert.equal(clock[0]!.kind, 'timeout');
  assert.equal(clock[0]!.severity, 'error');
  const unknown = resultToDiagnostics(vc, { id: vc.query.id, solverMs: 1, cached: false, goals: labels.map((label) => ({ label, status: 'unknown', reason: 'incomplete' })) });
  assert.equal(unknown[0]!.message, 'function body check: solver returned unknown: incomplete');
  assert.equal(unknown[0]!.severity, 'error');
});

test('with a 1 ms solver budget every case that should fail still fails, and nothing is verified that was not proved', async () => {
  const failing = [...rsFiles(CASES), ...rsFiles(CORPUS)].filter((f) => {
    const spec = readCaseSpec(fs.readFileSync(f, 'utf8'));
    return !spec.noVerify && spec.expectations.some((e) => e.kind === 'ERROR');
  });
  assert.ok(failing.length > 50, `${failing.length} failing cases`);
  const starved = await createSolverPool({ backend: 'auto', jobs: 2, timeoutMs: 1, maxFailures: 3 });
  try {
    for (const f of failing) {
      const noInfer = readCaseSpec(fs.readFileSync(f, 'utf8')).noInfer;
      const r = await runProofgate({ paths: [path.relative(process.cwd(), f)], mode: 'verify', cacheDir: null, pool: starved, timeoutMs: 1, ...(noInfer ? { infer: false } : {}) });
      assert.ok(r.summary.errors > 0, `${f} passed on a starved solver`);
      const failedFns = new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.function));
      for (const u of r.units.filter((x) => x.status === 'verified')) assert.ok(!failedFns.has(u.function), `${f}: ${u.function} counted verified`);
    }
  } finally {
    await starved.close();
  }
});

test('a query does not change when unrelated code changes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-vc-'));
  const src = fs.readFileSync(path.join(CASES, 'struct_methods.rs'), 'utf8');
  const a = path.join(dir, 'struct_methods.rs');
  fs.writeFileSync(a, src);
  const before = vcsOf(a);
  fs.writeFileSync(a, src.replace('fn main() {', 'spec fn unrelated(x: int) -> int { x + 1 }\nfn other(y: u8) -> u8 { y / 2 }\n\nfn main() {'));
  const after = vcsOf(a);
  for (const vc of before) {
    const same = after.find((x) => x.query.id === vc.query.id)!;
    assert.equal(same.query.prelude, vc.query.prelude, vc.query.id);
    assert.deepEqual(same.query.goals, vc.query.goals);
  }
  fs.rmSync(dir, { recursive: true });
});

test('bit_vector goals form a quantifier-free QF_BV query of their own, each over its own constants', () => {
  const vcs = vcsOf(path.join(CORPUS, 'sound_bv_exact_ok.rs')).filter((v) => v.unit.function.endsWith('::arithmetic'));
  const bv = vcs.find((v) => v.query.id.endsWith('#bit_vector'))!;
  const main = vcs.find((v) => !v.query.id.includes('#'))!;
  assert.equal(bv.query.logic, 'QF_BV');
  assert.equal(bv.query.goals.length, 4);
  for (const g of bv.query.goals) assert.doesNotMatch(g.term, /forall|exists/);
  const decls = bv.query.prelude.split('\n');
  assert.ok(decls.every((d) => /^\(declare-const \S+ (Bool|\(_ BitVec \d+\))\)$/.test(d)), bv.query.prelude);
  assert.equal(new Set(decls).size, decls.length);
  // the main query knows nothing of bit-vectors: the claims come back as integer facts
  assert.doesNotMatch(main.query.prelude + main.query.goals.map((g) => g.term).join(' '), /BitVec/);
});

test('counterexamples name parameters, struct fields and locals', () => {
  const vc = vcsOf(path.join(CASES, 'tracked_permission.rs')).find((v) => v.unit.function.endsWith('::make_guest_page'))!;
  const names = vc.query.goals.flatMap((g) => g.cex.map((c) => c.name));
  for (const n of ['page', 'perm.page', 'perm.cleared']) assert.ok(names.includes(n), n);
  const loop = vcsOf(path.join(CASES, 'binary_search_bug.rs'))[0]!;
  const last = loop.query.goals.map((g) => g.cex.map((c) => c.name)).flat();
  for (const n of ['key', 'lo', 'hi', 'mid']) assert.ok(last.includes(n), n);
});

test('missing decreases is a static decreases error on the loop head', () => {
  const l = loadCrates([path.join(CASES, 'missing_decreases.rs')]);
  const c = checkCrate(l.crates[0]!);
  const d = generateVcs(c.checked).diagnostics;
  assert.equal(d.length, 1);
  assert.equal(d[0]!.kind, 'decreases');
  assert.equal(d[0]!.message, 'loop must have a decreases clause');
  assert.equal(d[0]!.span.line, 8);
});

test('through the solver pool, failures carry counterexample values', async () => {
  const pool = await createSolverPool({ backend: 'auto', jobs: 1, timeoutMs: 10000, maxFailures: 3 });
  try {
    const vc = vcsOf(path.join(CASES, 'precondition.rs')).find((v) => v.unit.function.endsWith('::zero_divisor'))!;
    const ds = resultToDiagnostics(vc, await pool.check(vc.query));
    assert.equal(ds.length, 1);
    assert.equal(ds[0]!.message, 'precondition not satisfied');
    assert.equal(ds[0]!.labels[0]!.span.line, 9);
    assert.equal(ds[0]!.counterexample?.x, '0', JSON.stringify(ds[0]!.counterexample));
  } finally {
    await pool.close();
  }
});
