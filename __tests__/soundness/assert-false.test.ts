/**
 * The `assert(false)` self-check: planted at the end of every exec and proof fn of the
 * corpus and model/ (assert-false.ts), each must fail. One that verifies would mean the
 * function's assumptions contradict each other (the engine could then prove anything there).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkPaths, runProofgate } from '../../src/driver.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import { REPO_ROOT, rsFiles } from '../support/paths.js';
import { contradictoryExit, type Fault } from '../oracle/plant.js';
import { plantAssertFalse, type Planted } from './assert-false.js';
import type { FunctionVc } from '../../src/vc/index.js';

/**
 * Keeps only the goals of planted asserts: the question is whether the assumptions before
 * each one are contradictory, which the other goals do not bear on (each goal is a closed
 * term over the prelude). Those goals are the corpus's and model's own tests' business, and
 * proving them again here tripled this file's solver time.
 */
function onlyPlantedGoals(vc: FunctionVc): FunctionVc {
  const texts = new Map<string, string>();
  const goals = vc.query.goals.filter((g) => {
    const ob = vc.obligations.get(g.label);
    if (!ob || ob.kind !== 'assertion') return false;
    const text = texts.get(ob.span.file) ?? readFileSync(ob.span.file, 'utf8');
    texts.set(ob.span.file, text);
    return text.startsWith('assert(false)', ob.span.start);
  });
  return { ...vc, query: { ...vc.query, goals } };
}

/**
 * Plants into every clean crate of `targets`, in place. Its own function so that the checked
 * trees (a few MB per crate) can be collected before the run checks the crates again.
 */
function plantAll(targets: string[]): { planted: Planted[]; skipped: number } {
  const planted: Planted[] = [];
  let skipped = 0;
  for (const crate of checkPaths(targets).clean) {
    const p = plantAssertFalse(crate);
    for (const [file, text] of p.texts) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    planted.push(...p.planted);
    skipped += p.skipped.length;
  }
  return { planted, skipped };
}

function sameLine(p: Planted, file: string, line: number): boolean {
  return p.line === line && (file === p.file || file === relative(process.cwd(), p.file).split('\\').join('/'));
}

describe('assert(false) self-check', () => {
  let pool: SolverPool | undefined;
  before(async () => {
    // Every planted assert must be reported, however many goals of its function already fail.
    pool = await createSolverPool({ backend: 'auto', jobs: 2, timeoutMs: 20_000, maxFailures: 1000 });
  });
  after(async () => {
    await pool?.close();
  });

  /** Plants into `sources` (crate roots), copied under a temp dir; returns the asserts that were not refuted. */
  async function selfCheck(root: string, sources: string[], plantFault?: Fault): Promise<{ planted: Planted[]; unrefuted: string[]; skipped: number }> {
    const dir = mkdtempSync(join(tmpdir(), 'pg-assert-false-'));
    cpSync(root, dir, { recursive: true });
    const targets = sources.map((s) => join(dir, relative(root, s)));
    const { planted, skipped } = plantAll(targets);
    const plant = (vc: FunctionVc): FunctionVc => onlyPlantedGoals(plantFault ? plantFault(vc) : vc);
    const results = await runProofgate({ paths: targets, mode: 'verify', cacheDir: null, pool, timeoutMs: 20_000, plantFault: plant });
    const refuted = new Set(results.diagnostics.filter((d) => d.severity === 'error' && d.message === 'assertion failed').map((d) => `${d.file}:${d.line}`));
    // A function failing anyway is left out: Verus assumes a failed assert afterwards, which may well make the end vacuous.
    const failing = new Set(planted.filter((p) => p.expectsErrors).map((p) => p.function));
    for (const f of results.diagnostics.filter((d) => d.severity === 'error' && d.function && !(d.message === 'assertion failed' && planted.some((p) => p.function === d.function && sameLine(p, d.file, d.line)))).map((d) => d.function!)) failing.add(f);
    // So is one relying on a failing fn's contract (a call, a broadcast lemma): modular
    // verification assumes that contract, which is false, and the failure is already reported.
    const checked = planted.filter((p) => !failing.has(p.function) && !p.relies.some((q) => failing.has(q)));
    const unrefuted = checked
      .filter((p) => !refuted.has(`${relative(process.cwd(), p.file).split('\\').join('/')}:${p.line}`) && !refuted.has(`${p.file}:${p.line}`))
      .map((p) => `${relative(dir, p.file)}:${p.line} ${p.function} verified with assert(false)`);
    return { planted: checked, unrefuted, skipped: skipped + planted.length - checked.length };
  }

  it('every exec and proof fn of corpus/cases, corpus/verify, corpus/soundness and corpus/infer fails with assert(false) at its end', async () => {
    const corpus = join(REPO_ROOT, 'corpus');
    const files = ['cases', 'verify', 'soundness', 'infer'].flatMap((p) => rsFiles(join(corpus, p))).filter((f) => basename(f) !== 'syntax_error.rs');
    const r = await selfCheck(corpus, files.map((f) => join(REPO_ROOT, relative(REPO_ROOT, f))));
    console.log(`assert(false) self-check (corpus): ${r.planted.length} planted, ${r.unrefuted.length} not refuted, ${r.skipped} functions skipped (spec, trusted, failing anyway or relying on a failing fn)`);
    assert.ok(r.planted.length > 600, `${r.planted.length} planted`);
    assert.deepEqual(r.unrefuted, []);
  });

  it('every exec and proof fn of model/ fails with assert(false) at its end', async () => {
    const r = await selfCheck(join(REPO_ROOT, 'model'), [join(REPO_ROOT, 'model')]);
    console.log(`assert(false) self-check (model/): ${r.planted.length} planted, ${r.unrefuted.length} not refuted, ${r.skipped} functions skipped (spec, trusted, failing anyway or relying on a failing fn)`);
    assert.ok(r.planted.length > 100, `${r.planted.length} planted`);
    assert.deepEqual(r.unrefuted, []);
  });

  // (for_incl_false is left out: it carries an expected error, so it counts as failing anyway)
  it('catches contradictory assumptions planted into the VCs (issue 9 class 2\'s shape)', async () => {
    const corpus = join(REPO_ROOT, 'corpus');
    const r = await selfCheck(corpus, [join(corpus, 'soundness', 'for_loops.rs')], contradictoryExit);
    assert.deepEqual(r.unrefuted.map((u) => u.split(' ')[1]).sort(), ['for_loops::for_incl_true']);
  });
});
