/**
 * rlimit: a query's resource limit is Z3's deterministic counter, on both backends: a hard
 * query stops with a resource-limit reason (not the clock's), the same way every run, and
 * an easy one under the same limit is proved.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nativeZ3Name } from '../../src/smt/native-backend.js';
import { createSolverPool } from '../../src/smt/pool.js';
import { coreSettings, wallClockBudget } from '../../src/smt/settings.js';
import type { Query } from '../../src/smt/query.js';
import * as Q from './queries.js';

const nativeMissing = nativeZ3Name() ? false : 'no `z3` on PATH';

function limited(q: Query, rlimit: number): Query {
  return { ...q, rlimit };
}

for (const backend of ['native', 'wasm'] as const) {
  describe(`rlimit on the ${backend} backend`, { skip: backend === 'native' ? nativeMissing : false }, () => {
    test('a hard query runs out of resources, not of time, every run; an easy one is proved', async () => {
      // a minute of wall clock: only the resource counter can stop the hard query this early
      const pool = await createSolverPool({ backend, jobs: 1, timeoutMs: 60_000, maxFailures: 3 });
      try {
        for (let run = 0; run < 2; run++) {
          const started = Date.now();
          const hard = await pool.check(limited(Q.pigeonholeQuery(12, 60_000), 200_000));
          assert.equal(hard.goals[0]!.status, 'timeout', JSON.stringify(hard.goals));
          // z3 names it "max. resource limit exceeded" or "canceled" depending on where it stops
          assert.match(hard.goals[0]!.reason ?? '', /resource|rlimit|cancel/i);
          assert.ok(Date.now() - started < 30_000, 'stopped by the counter, long before the clock');
        }
        const easy = await pool.check(limited(Q.pigeonholeQuery(3, 60_000), 3_000_000));
        assert.equal(easy.goals[0]!.status, 'proved', JSON.stringify(easy.goals));
        // a limit set for one query does not carry over to the next on the same session
        const after = await pool.check(Q.pigeonholeQuery(6, 60_000));
        assert.equal(after.goals[0]!.status, 'proved', JSON.stringify(after.goals));
      } finally {
        await pool.close();
      }
    });
  });
}

test('settings: the resource limit is always set (0 = none) and widens the wall-clock backstop', () => {
  assert.match(coreSettings('ALL', 1000, 6_000_000), /\(set-option :rlimit 6000000\)/);
  assert.match(coreSettings('ALL', 1000), /\(set-option :rlimit 0\)/);
  const q: Query = { id: 'q', prelude: '', goals: [] };
  assert.equal(wallClockBudget(q, 10_000), 10_000);
  assert.equal(wallClockBudget({ ...q, rlimit: 0 }, 10_000), 10_000);
  assert.equal(wallClockBudget({ ...q, rlimit: 12_000_000 }, 10_000), 240_000);
  assert.equal(wallClockBudget({ ...q, rlimit: 3_000_000 }, 90_000), 90_000);
});
