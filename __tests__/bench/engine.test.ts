/** The engine bench's pieces on a small input: no timed assertions, only what is counted. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { measureCache } from '../../bench/engine-overhead.js';
import { collectQueries, repoRoot } from '../../bench/real-queries.js';
import { timeBackend } from '../../bench/solver-times.js';
import { geoMean, percentile, sum } from '../../bench/stats.js';
import { nativeZ3Name } from '../../src/smt/native-backend.js';

const files = ['assert_ok.rs', 'assert_fail.rs'].map((f) => path.join(repoRoot, 'corpus', 'verify', f));
const hasNative = nativeZ3Name() !== undefined;

test('percentile is nearest-rank, geoMean of ratios', () => {
  assert.equal(percentile([5, 1, 3, 2, 4], 0.5), 3);
  assert.equal(percentile([5, 1, 3, 2, 4], 0.95), 5);
  assert.equal(percentile([], 0.5), 0);
  assert.ok(Math.abs(geoMean([2, 8]) - 4) < 1e-9);
  assert.equal(sum([1, 2, 3]), 6);
});

test('collectQueries gives the pipeline queries of a folder', () => {
  const set = collectQueries('two files', files[0]!);
  assert.ok(set.queries.length > 0);
  assert.ok(set.queries.every((q) => typeof q.prelude === 'string' && q.goals.length >= 0));
});

test('timeBackend answers every query; the failing file fails', { skip: !hasNative }, async () => {
  const queries = files.flatMap((f) => collectQueries(f, f).queries);
  const t = await timeBackend('native', queries, 10_000);
  assert.equal(t.timings.length, queries.length);
  assert.ok(t.timings.some((x) => x.statuses.includes('failed')));
  assert.ok(t.timings.some((x) => x.statuses.includes('proved')));
});

test('a warm proof cache makes no solver calls', { skip: !hasNative }, async () => {
  const queries = files.flatMap((f) => collectQueries(f, f).queries);
  const { cold, warm } = await measureCache(files, 'native');
  // Both files have the same `fn main`: its second query is answered by the first, whether
  // that one is still being solved or already in the cache.
  const distinct = new Set(queries.map((q) => JSON.stringify([q.prelude, q.goals.map((g) => g.term)]))).size;
  assert.ok(distinct < queries.length);
  assert.equal(cold.solverCalls, distinct);
  assert.equal(warm.solverCalls, 0);
  assert.equal(warm.units, cold.units);
  assert.equal(warm.failedUnits, cold.failedUnits);
  assert.ok(cold.failedUnits > 0);
});
