/**
 * Queries queued in one native z3 session (session-lease.ts): the opening of a query may
 * wait in z3's input behind others, and everything after the opening runs with the
 * session to itself, in the query's own state - rebuilt when another query ran since.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SolverCrashError, SolverTimeoutError, type TimedReply } from '../../src/smt/backend.js';
import { checkQuery, type CheckOptions } from '../../src/smt/check-goals.js';
import { NativeZ3Backend, nativeZ3Name } from '../../src/smt/native-backend.js';
import { createSolverPool } from '../../src/smt/pool.js';
import type { QueryResult } from '../../src/smt/query.js';
import { SharedSession } from '../../src/smt/session-lease.js';
import * as Q from './queries.js';

const nativeMissing = nativeZ3Name() ? false : 'no `z3` on PATH: native pipelining tests skipped';
const opts: CheckOptions = { timeoutMs: 10_000, maxFailures: 3 };
const statuses = (r: QueryResult): string => r.goals.map((g) => g.status).join(',');

describe('a native session holding several queries at once', { skip: nativeMissing }, () => {
  let backend: NativeZ3Backend;
  before(() => {
    backend = NativeZ3Backend.create();
  });
  after(() => backend?.close());

  test('all queries in flight at once get the answers they get one by one', async () => {
    const alone: string[] = [];
    for (const q of Q.builtInQueries) alone.push(statuses(await checkQuery(backend, q, opts)));
    const session = new SharedSession(backend);
    // Twice over, so failing queries (which re-run their opening) meet queued ones.
    const queries = [...Q.builtInQueries, ...Q.builtInQueries];
    const together = await Promise.all(queries.map((q) => checkQuery(backend, q, opts, session.lease())));
    assert.deepEqual(together.map(statuses), [...alone, ...alone]);
    // Counterexamples come from the query's own state, not from a query queued after it.
    const several = together[Q.builtInQueries.indexOf(Q.severalFailedQuery)]!;
    assert.ok(Number(several.goals[0]!.model!.x) >= 5, JSON.stringify(several.goals[0]));
  });

  test("a query whose state was replaced reports its first failures from the opening's own model reads", async () => {
    const counting = new CheckCounting(backend.solverName);
    try {
      const alone = await checkQuery(counting, Q.severalFailedQuery, opts);
      const checksAlone = counting.checks;
      counting.checks = 0;
      const session = new SharedSession(counting);
      // The proved query's opening is written after the failing one's and replaces its state.
      const [several, proved] = await Promise.all([
        checkQuery(counting, Q.severalFailedQuery, opts, session.lease()),
        checkQuery(counting, Q.provedQuery, opts, session.lease()),
      ]);
      assert.equal(statuses(several), statuses(alone));
      assert.equal(statuses(proved), 'proved,proved');
      // The counterexamples are the failing query's own (x >= 5 breaks g0, y >= 5 breaks g2).
      assert.ok(Number(several.goals[0]!.model!.x) >= 5 && Number(several.goals[2]!.model!.y) >= 5, JSON.stringify(several.goals));
      assert.equal(counting.checks, checksAlone + 1, 'no check was run twice');
    } finally {
      await counting.close();
    }
  });

  test('a claim says whether the state of the opening survived', async () => {
    const session = new SharedSession(backend);
    const opening = (assertion: string) => `(reset)\n(declare-const x Int)\n(assert ${assertion})\n(check-sat)`;
    const first = session.lease();
    const second = session.lease();
    const [a, b] = await Promise.all([first.open(opening('(> x 5)')), second.open(opening('(< x 0)'))]);
    assert.equal(a.out.trim(), 'sat');
    assert.equal(b.out.trim(), 'sat');
    assert.equal(await first.claim(), false, 'the second opening ran after the first');
    first.release();
    assert.equal(await second.claim(), true);
    assert.match((await second.send('(get-value (x))')).out, /\(x \(- \d+\)\)/);
    second.release();
    await assert.rejects(second.send('(get-value (x))'), /without a claim/);
  });
});

/** Counts the `(check-sat)` commands written to z3. */
class CheckCounting extends NativeZ3Backend {
  checks = 0;
  override send(commands: string, guardMs?: number): Promise<string> {
    this.count(commands);
    return super.send(commands, guardMs);
  }
  override sendFresh(commands: string, guardMs?: number): Promise<TimedReply> {
    this.count(commands);
    return super.sendFresh(commands, guardMs);
  }
  override sendTimed(commands: string, guardMs?: number): Promise<TimedReply> {
    this.count(commands);
    return super.sendTimed(commands, guardMs);
  }
  private count(commands: string): void {
    this.checks += commands.split('(check-sat)').length - 1;
  }
}

describe('a restart with queries queued behind', { skip: nativeMissing }, () => {
  test('the queued openings run on the new z3; other queued commands fail as a crash', async () => {
    const backend = NativeZ3Backend.create();
    try {
      const php = Q.pigeonholeQuery(12, 60_000);
      // z3's own budget is a minute; the 300 ms guard ends it first, as when z3 ignores :timeout.
      const hang = backend.sendFresh(`(reset)\n${php.prelude}\n(assert (not ${php.goals[0]!.term}))\n(check-sat)`, 300);
      const queued = backend.sendFresh('(reset)\n(declare-const y Int)\n(assert (> y y))\n(check-sat)', 5000);
      const stale = backend.send('(get-value (y))', 5000);
      const [h, q, st] = await Promise.allSettled([hang, queued, stale]);
      assert.ok(h.status === 'rejected' && h.reason instanceof SolverTimeoutError, String(h.status));
      assert.equal(q.status === 'fulfilled' && q.value.out.trim(), 'unsat');
      assert.ok(st.status === 'rejected' && st.reason instanceof SolverCrashError, String(st.status));
      assert.equal(backend.processNumber, 2);
    } finally {
      await backend.close();
    }
  });
});

describe('the native pool', { skip: nativeMissing }, () => {
  test('with one session, queues every query in it; with two, at most two per session', async () => {
    for (const [jobs, depth] of [[1, Q.builtInQueries.length], [2, 2]] as const) {
      const pool = await createSolverPool({ backend: 'native', jobs, timeoutMs: 10_000, maxFailures: 3 });
      try {
        const results = await Promise.all(Q.builtInQueries.map((q) => pool.check(q)));
        assert.deepEqual(results.map((r) => r.id), Q.builtInQueries.map((q) => q.id));
        assert.equal((pool as unknown as { peakRunning: number }).peakRunning, depth, `jobs=${jobs}`);
      } finally {
        await pool.close();
      }
    }
  });
});
