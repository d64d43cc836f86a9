/** Every GitHubApi call, sent to the fake, is a valid GitHub request (OpenAPI path, method, body). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GitHubApi, makeOctokit } from '../../src/action/github.js';
import { FakeGitHub } from './fake-github.js';
import { validateRequest } from './openapi.js';

describe('GitHub request contract', () => {
  it('the validator rejects what GitHub would', () => {
    assert.deepEqual(validateRequest('POST', '/repos/o/r/pulls/1/reviews', { body: 'b', event: 'COMMENT' }).problems, []);
    assert.equal(validateRequest('POST', '/repos/o/r/pulls/1/reviews', { event: 'LGTM' }).problems.length, 1);
    assert.equal(validateRequest('PATCH', '/repos/o/r/pulls/comments/1', {}).problems.length, 1);
    assert.equal(validateRequest('GET', '/repos/o/r/pulls/1/nope', undefined).operationId, null);
  });

  it('every client method sends valid requests', async () => {
    const fake = new FakeGitHub('o', 'r', 3, [{ filename: 'a.rs', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b' }], 'tok');
    const url = await fake.start();
    try {
      // Scaled pacing (timing.test.ts checks it): at GitHub's, these writes take ~10 s.
      const api = new GitHubApi(makeOctokit('tok', url, () => {}, { timeScale: 0.01 }), { owner: 'o', repo: 'r', pull_number: 3 });
      assert.equal((await api.listFiles()).length, 1);
      assert.equal(await api.tokenLogin(), 'github-actions[bot]', 'GraphQL viewer');
      fake.viewerLogin = null;
      fake.userLogin = 'ci-user';
      assert.equal(await api.tokenLogin(), 'ci-user', 'else GET /user');
      fake.userLogin = null;
      await assert.rejects(api.tokenLogin(), /could not tell which account the token acts as \(GraphQL viewer: Resource not accessible by integration; GET \/user: HTTP 403/);
      const pending = await api.createPendingReview('s'.repeat(40), [{ path: 'a.rs', line: 2, side: 'RIGHT', body: 'x' }]);
      await api.deletePendingReview(pending);
      const id = await api.createReview('s'.repeat(40), 'body', 'REQUEST_CHANGES', [{ path: 'a.rs', line: 1, side: 'RIGHT', body: 'c' }]);
      const [comment] = await api.listReviewComments();
      await api.updateReviewComment(comment!.id, 'edited');
      await api.updateReview(id, 'new body');
      const [thread] = await api.listReviewThreads();
      await api.resolveReviewThread(thread!.id);
      await api.dismissReview(id, 'stale');
      assert.equal((await api.listReviews())[0]!.state, 'DISMISSED');
      assert.equal(fake.threads[0]!.isResolved, true);
      assert.deepEqual(fake.violations, []);
      const failed = fake.requests.filter((r) => r.status >= 400 && r.operationId !== 'users/get-authenticated');
      assert.deepEqual(failed, []);
    } finally {
      await fake.stop();
    }
  });

  it('lists follow GitHub\'s Link headers past the first page', async () => {
    const fake = new FakeGitHub('o', 'r', 3, [], 'tok');
    const url = await fake.start();
    try {
      for (let i = 0; i < 230; i++) fake.seedReview({ login: `u${i}`, type: 'User' }, `review ${i}`, 'COMMENTED');
      const api = new GitHubApi(makeOctokit('tok', url, () => {}, { timeScale: 0.01 }), { owner: 'o', repo: 'r', pull_number: 3 });
      const reviews = await api.listReviews();
      assert.deepEqual(reviews.map((r) => r.body), fake.reviews.map((r) => r.body));
      assert.equal(fake.requests.filter((r) => r.operationId === 'pulls/list-reviews').length, 3);
      assert.deepEqual(fake.violations, []);
    } finally {
      await fake.stop();
    }
  });
});
