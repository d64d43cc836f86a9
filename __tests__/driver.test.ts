/** The driver's use of the solver: identical queries in one run are solved once. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runProofgate } from '../src/driver.js';
import { createSolverPool, type SolverPool } from '../src/smt/pool.js';
import type { Query } from '../src/smt/query.js';
import { REPO_ROOT } from './support/paths.js';
import { assertValidResults } from './support/results-schema.js';

test('a query the same as one in flight waits for its answer; both units count as verified, not cached', async () => {
  const files = ['assert_ok.rs', 'assert_fail.rs'].map((f) => path.join(REPO_ROOT, 'corpus', 'verify', f));
  const inner = await createSolverPool({ backend: 'auto', jobs: 1, timeoutMs: 10_000, maxFailures: 3 });
  const asked: string[] = [];
  const pool: SolverPool = {
    solverName: inner.solverName,
    check: (q: Query) => {
      asked.push(q.id);
      return inner.check(q);
    },
    close: () => inner.close(),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofgate-driver-'));
  try {
    // With a (fresh) proof cache and without one.
    for (const cacheDir of [dir, null]) {
      asked.length = 0;
      const r = await runProofgate({ paths: files, mode: 'verify', cacheDir, pool });
      assertValidResults(r);
      // Both files hold the same `fn main`: one solver call for the two of them.
      assert.deepEqual(asked.filter((id) => id.endsWith('main')).length, 1, asked.join(', '));
      assert.equal(asked.length, 3);
      const mains = r.units.filter((u) => u.function.endsWith('main'));
      assert.equal(mains.length, 2);
      assert.ok(mains.every((u) => u.status === 'verified'), JSON.stringify(mains));
      assert.equal(r.summary.errors, 1);
    }
  } finally {
    await inner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a unit's ms is the solver's time on its queries, not the time they waited for a session", async () => {
  const file = path.join(REPO_ROOT, 'corpus', 'verify', 'assert_ok.rs');
  const inner = await createSolverPool({ backend: 'auto', jobs: 1, timeoutMs: 10_000, maxFailures: 3 });
  // long enough that a loaded machine's solver time stays below it (376 ms was seen at load 7)
  const WAIT_MS = 1_500;
  // Every query waits before it reaches the solver, as behind a long queue.
  const pool: SolverPool = {
    solverName: inner.solverName,
    check: async (q: Query) => {
      await new Promise((r) => setTimeout(r, WAIT_MS));
      return inner.check(q);
    },
    close: () => inner.close(),
  };
  try {
    const r = await runProofgate({ paths: [file], mode: 'verify', cacheDir: null, pool });
    assert.ok(r.units.length > 0);
    for (const u of r.units) assert.ok(u.ms < WAIT_MS, `${u.function}: ${u.ms} ms`);
  } finally {
    await inner.close();
  }
});
