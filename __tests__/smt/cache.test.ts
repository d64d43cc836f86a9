import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ProofCache, queryKey } from '../../src/smt/cache.js';
import type { GoalResult } from '../../src/smt/query.js';
import { failedQuery, provedQuery } from './queries.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const proved: GoalResult[] = [{ label: 'a1', status: 'proved' }, { label: 'a2', status: 'proved' }];

test('miss, then hit after put', () => {
  const cache = new ProofCache(dir);
  const key = queryKey(provedQuery, 'z3 4.8.12 (native)', 1000);
  assert.equal(cache.get(key), undefined);
  cache.put(key, proved);
  assert.deepEqual(cache.get(key), proved);
  assert.deepEqual(new ProofCache(dir).get(key), proved, 'persisted in files');
  // No temporary files are left behind.
  assert.ok(readdirSync(join(dir, key.slice(0, 2))).every((f) => f.endsWith('.json')));
});

test('the key depends on solver, budget, prelude and goals', () => {
  const k = queryKey(provedQuery, 's', 1000);
  assert.equal(k, queryKey({ ...provedQuery }, 's', 1000));
  assert.notEqual(k, queryKey(provedQuery, 't', 1000));
  assert.notEqual(k, queryKey(provedQuery, 's', 2000));
  assert.notEqual(k, queryKey({ ...provedQuery, prelude: provedQuery.prelude + ' ' }, 's', 1000));
  assert.notEqual(k, queryKey(failedQuery, 's', 1000));
  assert.notEqual(k, queryKey({ ...provedQuery, goals: provedQuery.goals.slice(1) }, 's', 1000));
});

test('unknown and timeout results are never stored; failed ones are', () => {
  const cache = new ProofCache(dir);
  const key = queryKey(failedQuery, 's', 1);
  cache.put(key, [{ label: 'ok', status: 'proved' }, { label: 'bad', status: 'timeout', reason: 'canceled' }]);
  assert.equal(cache.get(key), undefined);
  cache.put(key, [{ label: 'ok', status: 'proved' }, { label: 'bad', status: 'unknown', reason: 'x' }]);
  assert.equal(cache.get(key), undefined);
  const failed: GoalResult[] = [{ label: 'ok', status: 'proved' }, { label: 'bad', status: 'failed', model: { x: '-5' } }];
  cache.put(key, failed);
  assert.deepEqual(cache.get(key), failed);
});

test('a corrupt or foreign entry is a miss, not a crash', () => {
  const cache = new ProofCache(dir);
  const key = queryKey(provedQuery, 'corrupt', 1000);
  cache.put(key, proved);
  const file = join(dir, key.slice(0, 2), `${key}.json`);
  writeFileSync(file, '{"format":1,"key":"' + key + '","goals":[{"label":"a1","status":"pro');
  assert.equal(cache.get(key), undefined);
  writeFileSync(file, JSON.stringify({ format: 1, key, goals: [{ label: 'a1', status: 'unknown' }] }));
  assert.equal(cache.get(key), undefined);
  writeFileSync(file, JSON.stringify({ format: 1, key: 'other', goals: proved }));
  assert.equal(cache.get(key), undefined);
  cache.put(key, proved);
  assert.deepEqual(cache.get(key), proved, 'rewritten after the corrupt entry');
});

test('an unwritable cache directory only costs time', () => {
  const file = join(dir, 'not-a-dir');
  writeFileSync(file, 'x');
  const cache = new ProofCache(join(file, 'sub'));
  const key = queryKey(provedQuery, 's', 1);
  cache.put(key, proved);
  assert.equal(cache.get(key), undefined);
});
