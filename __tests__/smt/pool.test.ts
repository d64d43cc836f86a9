import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { nativeZ3Name } from '../../src/smt/native-backend.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import * as Q from './queries.js';

const nativeMissing = nativeZ3Name() ? false : 'no `z3` on PATH: native pool tests skipped';

async function checkBuiltIns(pool: SolverPool): Promise<void> {
  const results = await Promise.all(Q.builtInQueries.map((q) => pool.check(q)));
  const st = (i: number) => results[i]!.goals.map((g) => g.status).join(',');
  assert.deepEqual(results.map((r) => r.id), Q.builtInQueries.map((q) => q.id));
  assert.equal(st(0), 'proved,proved');
  assert.equal(st(1), 'proved,failed');
  assert.equal(st(2), 'failed,proved,failed,failed');
  assert.equal(st(3), 'proved,failed');
  assert.equal(st(4), 'proved,proved,failed');
  assert.equal(st(5), 'failed');
}

/**
 * Two queries that each run into their budget are in flight on two sessions at once.
 * (How much that saves in wall time is measured by bench/engine.ts, not asserted here:
 * on a loaded 2-core CI machine timing says nothing.)
 */
async function assertParallel(pool: SolverPool): Promise<void> {
  const budget = 1500;
  const results = await Promise.all([pool.check(Q.pigeonholeQuery(12, budget)), pool.check(Q.pigeonholeQuery(12, budget))]);
  for (const r of results) assert.equal(r.goals[0]!.status, 'timeout', JSON.stringify(r.goals));
  assert.equal((pool as unknown as { peakBusy: number }).peakBusy, 2, 'both sessions were busy at once');
}

describe('wasm pool', () => {
  test('checks queries on 2 worker threads, in parallel, and survives a dying worker', async () => {
    const pool = await createSolverPool({ backend: 'wasm', jobs: 2, timeoutMs: 10_000, maxFailures: 3 });
    try {
      assert.match(pool.solverName, /^z3 \d+\.\d+\.\d+ \(wasm\)$/);
      await checkBuiltIns(pool);
      await assertParallel(pool);

      // A worker that dies mid-query (as on a WASM heap abort): that query comes back unknown, not lost.
      const pending = pool.check(Q.hardNonlinearQuery(5000));
      await new Promise((r) => setTimeout(r, 300));
      (pool as unknown as { crashSessionForTesting(i: number): void }).crashSessionForTesting(0);
      (pool as unknown as { crashSessionForTesting(i: number): void }).crashSessionForTesting(1);
      const crashed = await pending;
      assert.ok(crashed.goals.every((g) => g.status === 'unknown' && /worker died/.test(g.reason!)), JSON.stringify(crashed.goals));
      // The replacements work (once the idle worker's termination has been noticed too).
      await new Promise((r) => setTimeout(r, 300));
      await checkBuiltIns(pool);
    } finally {
      await pool.close();
    }
    assert.equal((await pool.check(Q.provedQuery)).goals[0]!.status, 'unknown', 'a closed pool proves nothing');
  });

  test('close() lets the process exit', () => {
    const poolUrl = new URL('../../src/smt/pool.ts', import.meta.url).href;
    const script = `
      const { createSolverPool } = await import(${JSON.stringify(poolUrl)});
      const pool = await createSolverPool({ backend: 'wasm', jobs: 1, timeoutMs: 5000, maxFailures: 3 });
      const r = await pool.check({ id: 'q', prelude: '(declare-const x Int)', goals: [{ label: 'g', term: '(= x x)', cex: [] }] });
      console.log(r.goals[0].status);
      await pool.close();`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(r.signal, null, 'the process had to be killed: something kept it alive');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'proved');
  });
});

describe('native pool', { skip: nativeMissing }, () => {
  test("'auto' picks native z3 when it is on PATH; checks in parallel", async () => {
    const pool = await createSolverPool({ backend: 'auto', jobs: 2, timeoutMs: 10_000, maxFailures: 3 });
    try {
      assert.match(pool.solverName, /^z3 \d+\.\d+\.\d+ \(native\)$/);
      await checkBuiltIns(pool);
      await assertParallel(pool);
      await checkBuiltIns(pool);
    } finally {
      await pool.close();
    }
  });
});
