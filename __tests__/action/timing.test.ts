/** GitHub request pacing: production spacing, and the explicit test-only scale. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GitHubApi, makeOctokit, PRODUCTION_TIMING, requestTimeoutMs, totalBudgetMs } from '../../src/action/github.js';
import { apiTimingFromTestEnv, TEST_TIME_SCALE_VAR } from '../../src/action/test-timing.js';
import { FakeGitHub } from './fake-github.js';

describe('API timing', () => {
  it('is production timing unless the clearly named test variable holds a valid scale', () => {
    assert.deepEqual(apiTimingFromTestEnv({}), { timing: PRODUCTION_TIMING, note: null });
    assert.equal(TEST_TIME_SCALE_VAR, 'PROOFGATE_TEST_API_TIME_SCALE');
    const scaled = apiTimingFromTestEnv({ [TEST_TIME_SCALE_VAR]: '0.05' });
    assert.deepEqual(scaled.timing, { timeScale: 0.05 });
    assert.match(scaled.note ?? '', /tests only/);
    for (const bad of ['0', '-1', '2', 'fast']) {
      const r = apiTimingFromTestEnv({ [TEST_TIME_SCALE_VAR]: bad });
      assert.equal(r.timing, PRODUCTION_TIMING, `'${bad}' cannot make the Action faster than GitHub allows`);
      assert.match(r.note ?? '', /ignored/);
    }
    assert.throws(() => makeOctokit('t', 'http://127.0.0.1:9', () => {}, { timeScale: 3 }));
  });

  it('every try has a timeout and all tries together a budget: a stalled GitHub ends the calls in time', { timeout: 10_000 }, async () => {
    const fake = new FakeGitHub('o', 'r', 3, [], 'tok');
    const url = await fake.start();
    try {
      fake.inject({ method: 'GET', path: /\/files$/, status: 0, stallMs: 60_000, times: 100 });
      const api = new GitHubApi(makeOctokit('tok', url, () => {}, { timeScale: 0.01, requestTimeoutMs: 400, budgetMs: 1000 }), { owner: 'o', repo: 'r', pull_number: 3 });
      const t0 = performance.now();
      await assert.rejects(api.listFiles(), /used up their 1 s budget/);
      const ms = performance.now() - t0;
      // (the budget is 1 s; the slack is for a loaded machine, far below the 60 s stall)
      assert.ok(ms < 6000, `gave up after ${Math.round(ms)} ms`);
      const tries = fake.requests.filter((r) => r.path.endsWith('/files')).length;
      // (the budget runs from the client's creation: on a loaded machine the first try starts late)
      assert.ok(tries >= 1 && tries <= 4, `${tries} tries, each cut off`);
      assert.equal(requestTimeoutMs(PRODUCTION_TIMING), 30_000);
      assert.equal(totalBudgetMs(PRODUCTION_TIMING), 300_000);
    } finally {
      await fake.stop();
    }
  });

  it('spaces writes as plugin-throttling does, scaled: 1 s per write, 3 s per notifying write', async () => {
    const fake = new FakeGitHub('o', 'r', 3, [{ filename: 'a.rs', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b' }], 'tok');
    const url = await fake.start();
    try {
      const api = new GitHubApi(makeOctokit('tok', url, () => {}, { timeScale: 0.1 }), { owner: 'o', repo: 'r', pull_number: 3 });
      const t0 = performance.now();
      await api.createReview('s'.repeat(40), 'one', 'COMMENT', []);
      await api.createReview('s'.repeat(40), 'two', 'COMMENT', []);
      const twoReviews = performance.now() - t0;
      // Creating a review notifies people: 3 s apart in production, 300 ms at scale 0.1.
      assert.ok(twoReviews >= 280, `reviews ${Math.round(twoReviews)} ms apart`);
      assert.deepEqual(fake.violations, []);
    } finally {
      await fake.stop();
    }
  });
});
