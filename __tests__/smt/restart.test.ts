/**
 * A solver that is killed and restarted in the middle of a query (native z3 4.8.12 ignores
 * its :timeout inside nonlinear arithmetic; the backend kills it past the guard) must not
 * lose the rest of the query: every goal is retried in a rebuilt session, or reported
 * unknown/timeout - never proved without an `unsat`.
 *
 * The restart is emulated around a real backend: a chosen `check-sat` is answered with
 * SolverTimeoutError / SolverCrashError after wiping the session with `(reset)`, which is
 * exactly the state a freshly spawned z3 is in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SolverCrashError, SolverTimeoutError, type SmtBackend } from '../../src/smt/backend.js';
import { checkQuery, type CheckOptions } from '../../src/smt/check-goals.js';
import { NativeZ3Backend, nativeZ3Name } from '../../src/smt/native-backend.js';
import type { QueryResult } from '../../src/smt/query.js';
import { WasmZ3Backend } from '../../src/smt/wasm-backend.js';
import * as Q from './queries.js';

const opts: CheckOptions = { timeoutMs: 10_000, maxFailures: 3 };
const statuses = (r: QueryResult): Record<string, string> => Object.fromEntries(r.goals.map((g) => [g.label, g.status]));

type Fault = 'timeout' | 'crash';

/** Passes commands through; a `check-sat` batch that `hangs` accepts fails as `fault`. */
class RestartingBackend implements SmtBackend {
  readonly solverName: string;
  checks = 0;
  restarts = 0;
  /** After a restart, every later send fails too (the solver cannot be started again). */
  dead = false;

  constructor(
    private readonly inner: SmtBackend,
    private readonly hangs: (commands: string, checkNo: number) => boolean,
    private readonly fault: Fault = 'timeout',
    private readonly restartFails = false,
  ) {
    this.solverName = inner.solverName;
  }

  async send(commands: string, guardMs?: number): Promise<string> {
    if (this.dead) throw new SolverCrashError('z3 could not run');
    if (commands.includes('(check-sat)') && this.hangs(commands, ++this.checks)) {
      this.restarts++;
      await this.inner.send('(reset)');
      if (this.restartFails) this.dead = true;
      throw this.fault === 'timeout' ? new SolverTimeoutError('z3 gave no answer; restarted it') : new SolverCrashError('z3 exited (SIGSEGV)');
    }
    return this.inner.send(commands, guardMs);
  }

  async close(): Promise<void> {}
}

describe('a solver restart in the middle of a query', () => {
  let inner: SmtBackend;
  before(async () => {
    inner = nativeZ3Name() ? NativeZ3Backend.create() : await WasmZ3Backend.create();
  });
  after(() => inner?.close());

  for (const fault of ['timeout', 'crash'] as const) {
    test(`${fault} on the first check: every goal is still checked, alone`, async () => {
      const b = new RestartingBackend(inner, (_, n) => n === 1, fault);
      const r = await checkQuery(b, Q.severalFailedQuery, opts);
      assert.deepEqual(statuses(r), { g0: 'failed', g1: 'proved', g2: 'failed', g3: 'failed' });
      assert.equal(b.restarts, 1);
      assert.ok(Number(r.goals[0]!.model!.x) >= 5, 'models come from the rebuilt session');
    });
  }

  test('a goal that hangs every time is timeout; its siblings are decided', async () => {
    const b = new RestartingBackend(inner, (c) => /pg_fail__0\b/.test(c));
    const r = await checkQuery(b, Q.failedQuery, opts);
    assert.deepEqual(statuses(r), { ok: 'timeout', bad: 'failed' });
    assert.match(r.goals[0]!.reason!, /restarted/);
  });

  test('a hang after some goals failed keeps those results and checks the rest', async () => {
    // Check 1 finds failures, check 2 (the remaining goals together) hangs.
    const b = new RestartingBackend(inner, (_, n) => n === 2);
    const r = await checkQuery(b, Q.severalFailedQuery, opts);
    assert.deepEqual(statuses(r), { g0: 'failed', g1: 'proved', g2: 'failed', g3: 'failed' });
  });

  test('when the solver cannot be restarted, the open goals are unknown, never proved', async () => {
    const b = new RestartingBackend(inner, (_, n) => n === 1, 'crash', true);
    const r = await checkQuery(b, Q.provedQuery, opts);
    assert.deepEqual(statuses(r), { a1: 'unknown', a2: 'unknown' });
    assert.ok(r.goals.every((g) => /could not run/.test(g.reason!)), JSON.stringify(r.goals));
  });

  test('after all that, the same backend still answers a query', async () => {
    assert.deepEqual(statuses(await checkQuery(inner, Q.provedQuery, opts)), { a1: 'proved', a2: 'proved' });
  });
});
