/**
 * The soundness corpus (corpus/soundness) holds at least 200 false/true pairs, each false claim
 * marked with the error it must get and each true twin unmarked (cases.test.ts checks the
 * verdicts themselves).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT, rsFiles } from '../support/paths.js';
import { soundnessPairs } from './pairs.js';

const files = rsFiles(join(REPO_ROOT, 'corpus', 'soundness'));

it('every false claim has a marked error and an unmarked true twin', () => {
  const problems = files.flatMap((f) => soundnessPairs(f, readFileSync(f, 'utf8')).problems);
  assert.deepEqual(problems, []);
});

it('counts at least 200 pairs', () => {
  const pairs = files.flatMap((f) => soundnessPairs(f, readFileSync(f, 'utf8')).pairs);
  assert.ok(pairs.length >= 200, `only ${pairs.length} pairs`);
});

it('finds a pair with its false claim and twin, and flags an unmarked false claim', () => {
  const text = 'fn a_false() {\n    x //~ ERROR boom\n}\nfn a_true() {\n}\nfn b_false() {\n}\nfn b_true() {\n}\n';
  const r = soundnessPairs('t.rs', text);
  assert.deepEqual(r.pairs.map((p) => p.name), ['a']);
  assert.deepEqual(r.problems, ['t.rs: false claim b_false expects no error']);
});
