/**
 * Inferred loop invariants (issue 13 item 7). corpus/infer holds loops of the corpus with
 * their interval invariants deleted: each `_inferred` fn must verify with inference and fail
 * without it (`--no-infer`), and the `_false` fns must fail either way. The soundness corpus
 * must keep every false claim failing with inference on. The Houdini rounds themselves are
 * tested on planted answers: a candidate whose check fails is dropped and never reported.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkPaths, runProofgate } from '../../src/driver.js';
import { FnInference, inferCandidates, type AstLoop, type InferredCandidate } from '../../src/infer/candidates.js';
import { houdini, MAX_ROUNDS, type GeneratedStep } from '../../src/infer/houdini.js';
import { mergeResults } from '../../src/report/merge.js';
import type { ResultsFile } from '../../src/report/results.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import type { QueryResult } from '../../src/smt/query.js';
import type { Span } from '../../src/syntax/span.js';
import type { FunctionVc, ObligationInfo } from '../../src/vc/index.js';
import { compareToExpectations, readCaseSpec } from '../support/markers.js';
import { REPO_ROOT, rsFiles } from '../support/paths.js';
import { assertValidResults } from '../support/results-schema.js';
import { soundnessPairs } from '../soundness/pairs.js';

const INFER = join(REPO_ROOT, 'corpus', 'infer');
const SOUNDNESS = join(REPO_ROOT, 'corpus', 'soundness');

const inferredFns = (r: ResultsFile) => [...new Set(r.units.map((u) => u.function).filter((f) => f.endsWith('_inferred')))];
/** Loop units of a function: its units besides its body's. */
const loopUnits = (r: ResultsFile, fn: string) => r.units.filter((u) => u.function === fn).length - 1;

describe('inferred invariants', () => {
  let pool: SolverPool | undefined;
  before(async () => {
    pool = await createSolverPool({ backend: 'auto', jobs: 2, timeoutMs: 20_000, maxFailures: 3 });
  });
  after(async () => {
    await pool?.close();
  });

  it('corpus/infer: at least 20 loops verify only with inferred invariants; the false claims fail either way', async () => {
    let loops = 0;
    const counted: string[] = [];
    for (const file of rsFiles(INFER)) {
      const spec = readCaseSpec(readFileSync(file, 'utf8'));
      const on = await runProofgate({ paths: [file], mode: 'verify', cacheDir: null, pool, timeoutMs: 20_000 });
      assertValidResults(on, file);
      assert.deepEqual(compareToExpectations(spec, file, on.diagnostics), [], `${file} with inference`);
      const off = await runProofgate({ paths: [file], mode: 'verify', cacheDir: null, pool, timeoutMs: 20_000, infer: false });
      assertValidResults(off, file);
      assert.equal(off.inferred, undefined, `${file}: --no-infer lists no inferred invariants`);
      const failedOff = new Set(off.diagnostics.filter((d) => d.severity === 'error').map((d) => d.function));
      // every false claim's errors are reported without inference too
      for (const e of spec.expectations.filter((x) => x.kind === 'ERROR')) {
        assert.ok(off.diagnostics.some((d) => d.line === e.line && d.message.includes(e.text)), `${file}:${e.line} without inference`);
      }
      for (const fn of inferredFns(on)) {
        assert.ok(failedOff.has(fn), `${fn} verifies without inference: it does not show inference at work`);
        assert.ok(on.units.filter((u) => u.function === fn).every((u) => u.status === 'verified'), `${fn} verified with inference`);
        assert.ok(on.inferred?.some((x) => x.function === fn && x.invariants.length > 0), `${fn}: its inferred invariants are listed`);
        loops += loopUnits(on, fn);
        counted.push(fn);
      }
    }
    console.log(`corpus/infer: ${loops} loops in ${counted.length} functions verify only with inferred invariants`);
    assert.ok(loops >= 20, `only ${loops} loops`);
  });

  it('corpus/soundness with inference on: every false claim still fails, every true twin verifies', async () => {
    let used = 0;
    let falseClaims = 0;
    for (const file of rsFiles(SOUNDNESS)) {
      const text = readFileSync(file, 'utf8');
      const spec = readCaseSpec(text);
      const r = await runProofgate({ paths: [file], mode: 'verify', cacheDir: null, pool, timeoutMs: 20_000, infer: true });
      assert.deepEqual(compareToExpectations(spec, file, r.diagnostics), [], file);
      const errorLines = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line);
      const lines = text.split('\n');
      for (const p of soundnessPairs(file, text).pairs) {
        // the false claim's fn runs from its `fn` line to the next fn
        const fnLine = lines.findIndex((l) => new RegExp(`\\bfn\\s+${p.name}_false\\b`).test(l)) + 1;
        const next = lines.findIndex((l, i) => i >= fnLine && /^\s*(pub\s+)?((proof|spec)\s+)?fn\s/.test(l));
        const end = next < 0 ? lines.length : next;
        // its attributes above the `fn` line belong to it too (`#[verus_spec(.. ensures ..)]` holds its clauses)
        let start = fnLine;
        while (start > 1 && /^\s*#\[/.test(lines[start - 2]!)) start--;
        assert.ok(fnLine > 0 && errorLines.some((l) => l >= start && l <= end), `${file}: ${p.name}_false passes with inference`);
        falseClaims++;
      }
      used += (r.inferred ?? []).reduce((n, x) => n + x.invariants.length, 0);
    }
    console.log(`corpus/soundness with inference: ${falseClaims} false claims fail; ${used} inferred invariants were proved and used`);
    // the run must have used inferred invariants at all, or it tested nothing
    assert.ok(used > 20, `only ${used} inferred invariants used`);
  });
});

describe('verify --no-infer', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  it('proposes invariants only over locals in scope at the loop (not an earlier loop\'s counter or block\'s local)', () => {
    const [crate] = checkPaths([join(REPO_ROOT, '__tests__', 'fixtures', 'infer', 'scopes.rs')]).clean;
    assert.ok(crate);
    const texts = (kind: string) => [...inferCandidates(crate, () => true).values()].flatMap((inf) => inf.candidates).filter((c) => c.loop.kind === kind).map((c) => c.text);
    const atWhile = texts('while');
    // the analysis knows `i == 10` and `inner == 7` there, but neither can be named after its scope
    assert.deepEqual(atWhile.filter((t) => /\b(i|inner)\b/.test(t)), []);
    assert.ok(atWhile.includes('j <= 5') && atWhile.includes('s <= 7'), atWhile.join(', '));
    // inside its own loop the counter is in scope
    assert.ok(texts('for').includes('i <= 10'));
  });

  it('turns inference off; the results file lists what was inferred', () => {
    const file = join('corpus', 'infer', 'counters.rs');
    const on = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli.ts'), 'verify', '--no-cache', '--format', 'json', '--function', 'count_inferred', file], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(on.status, 0, on.stdout + on.stderr);
    const results = JSON.parse(on.stdout) as ResultsFile;
    assertValidResults(results);
    assert.deepEqual(results.inferred, [{ function: 'counters::count_inferred', file, line: 15, invariants: ['i <= n'] }]);
    const off = cli(['verify', '--no-cache', '--no-infer', '--format', 'json', '--function', 'count_inferred', file]);
    assert.equal(off.status, 1, off.stderr);
    const offResults = JSON.parse(off.stdout) as ResultsFile;
    assert.equal(offResults.inferred, undefined);
    assert.deepEqual(offResults.diagnostics.map((d) => d.message), ['postcondition not satisfied']);
  });
});

// ------------------------------------------------------------------ Houdini on planted answers

const span = (start: number, end: number): Span => ({ file: 'f.rs', start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1 });

function fakeLoop(): AstLoop {
  return { kind: 'loop', body: { stmts: [], span: span(0, 1) } as unknown as AstLoop['body'], headSpan: span(10, 14), span: span(10, 40), invariants: [], invariantsExceptBreak: [], ensures: [], decreases: [] };
}

function candidate(loop: AstLoop, k: number, text: string): InferredCandidate {
  return { loop, text, expr: { kind: 'bool', value: true, span: span(10, 10 + k) } };
}

/** One query whose obligations are the user's `postcondition` and each installed candidate's entry check. */
function stepFor(loop: AstLoop): GeneratedStep {
  const obligations = new Map<string, ObligationInfo>();
  obligations.set('user', { label: 'user', kind: 'postcondition', message: 'postcondition not satisfied', span: span(50, 60), labels: [], function: 'f' });
  for (const e of loop.invariantsExceptBreak) {
    const label = `c${e.span.end}`;
    obligations.set(label, { label, kind: 'invariant-entry', message: 'invariant not satisfied before loop', span: e.span, labels: [], function: 'f' });
  }
  const vc = { unit: { function: 'f', file: 'f.rs', line: 1 }, query: { id: 'f', prelude: '', goals: [...obligations.keys()].map((label) => ({ label, term: 'true', cex: [] })) }, obligations, span: span(0, 60) } as FunctionVc;
  return { vcs: [vc], diagnostics: [] };
}

describe('Houdini rounds', () => {
  it('drop a candidate whose check fails, re-check without it, and keep the rest', async () => {
    const loop = fakeLoop();
    const a = candidate(loop, 1, 'i <= n');
    const b = candidate(loop, 2, 'i <= 5');
    const inf = new FnInference('f', [a, b]);
    inf.install();
    const seen: string[][] = [];
    const answer = async (vc: FunctionVc): Promise<QueryResult> => {
      const labels = vc.query.goals.map((g) => g.label);
      seen.push(labels);
      // b's entry check fails; so does the user's goal while b is assumed (as if b had helped it)
      const hasB = labels.includes('c12');
      return { id: vc.query.id, solverMs: 0, cached: false, goals: labels.map((label) => ({ label, status: label === 'c12' || (label === 'user' && !hasB) ? 'failed' : 'proved' })) };
    };
    const out = await houdini(inf, stepFor(loop), () => stepFor(loop), answer);
    assert.deepEqual(out.kept.map((c) => c.text), ['i <= n']);
    assert.equal(out.rounds, 2);
    assert.deepEqual(seen, [['user', 'c11', 'c12'], ['user', 'c11']]);
    // the last round is what is reported: it has no candidate failure, and the user's goal is judged without b
    assert.deepEqual(out.results[0]!.goals.map((g) => `${g.label}:${g.status}`), ['user:failed', 'c11:proved']);
    // the tree is left as the user wrote it
    assert.deepEqual(loop.invariantsExceptBreak, []);
  });

  it('a candidate not proved (unknown, timeout, skipped) is dropped too', async () => {
    const loop = fakeLoop();
    const inf = new FnInference('f', [candidate(loop, 1, 'i <= n')]);
    inf.install();
    const answer = async (vc: FunctionVc): Promise<QueryResult> => ({
      id: vc.query.id, solverMs: 0, cached: false, goals: vc.query.goals.map((g) => ({ label: g.label, status: g.label === 'c11' ? 'timeout' : 'proved' })),
    });
    const out = await houdini(inf, stepFor(loop), () => stepFor(loop), answer);
    assert.deepEqual(out.kept, []);
    assert.deepEqual(out.results[0]!.goals.map((g) => g.label), ['user']);
  });

  it(`gives up after ${MAX_ROUNDS} rounds: every candidate is dropped`, async () => {
    const loop = fakeLoop();
    const cs = [1, 2, 3, 4, 5, 6].map((k) => candidate(loop, k, `c${k}`));
    const inf = new FnInference('f', cs);
    inf.install();
    let rounds = 0;
    // each round fails exactly one candidate, so convergence would take 7 rounds
    const answer = async (vc: FunctionVc): Promise<QueryResult> => {
      rounds++;
      const cands = vc.query.goals.map((g) => g.label).filter((l) => l !== 'user');
      return { id: vc.query.id, solverMs: 0, cached: false, goals: vc.query.goals.map((g) => ({ label: g.label, status: g.label === cands[0] ? 'failed' : 'proved' })) };
    };
    const out = await houdini(inf, stepFor(loop), () => stepFor(loop), answer);
    assert.deepEqual(out.kept, []);
    assert.equal(rounds, MAX_ROUNDS);
    assert.deepEqual(out.results[0]!.goals.map((g) => g.label), ['user']);
  });

  it('a candidate the encoding rejects is dropped, the others stay', async () => {
    const loop = fakeLoop();
    const a = candidate(loop, 1, 'a');
    const b = candidate(loop, 2, 'b');
    const inf = new FnInference('f', [a, b]);
    inf.install();
    const generate = (): GeneratedStep => {
      if (loop.invariantsExceptBreak.includes(b.expr)) return { vcs: [], diagnostics: [{ severity: 'error', kind: 'unsupported', message: 'not supported: x', span: b.expr.span, labels: [], function: 'f' }] };
      return stepFor(loop);
    };
    const answer = async (vc: FunctionVc): Promise<QueryResult> => ({ id: vc.query.id, solverMs: 0, cached: false, goals: vc.query.goals.map((g) => ({ label: g.label, status: 'proved' })) });
    const out = await houdini(inf, generate(), generate, answer);
    assert.deepEqual(out.kept.map((c) => c.text), ['a']);
    assert.deepEqual(out.step.diagnostics, []);
  });
});

describe('merge', () => {
  it('keeps the inferred invariants of every shard, one entry per loop', () => {
    const base = (index: number, inferred: ResultsFile['inferred']): ResultsFile => ({
      tool: { name: 'proofgate', version: '0.1.0', solver: 'z3' }, mode: 'verify',
      summary: { verified: 0, errors: 0, functions: 0, cached: 0, seconds: 1 }, shard: { index, count: 2 },
      diagnostics: [], units: [], ...(inferred ? { inferred } : {}),
    });
    const merged = mergeResults([
      base(1, [{ function: 'c::f', file: 'c.rs', line: 7, invariants: ['i <= n'] }]),
      base(2, [{ function: 'c::f', file: 'c.rs', line: 7, invariants: ['i <= n', '0 <= k'] }, { function: 'c::a', file: 'c.rs', line: 3, invariants: ['j <= 3'] }]),
    ]);
    assert.deepEqual(merged.inferred, [
      { function: 'c::a', file: 'c.rs', line: 3, invariants: ['j <= 3'] },
      { function: 'c::f', file: 'c.rs', line: 7, invariants: ['i <= n', '0 <= k'] },
    ]);
    assert.equal(mergeResults([base(1, undefined), base(2, undefined)]).inferred, undefined);
  });
});
