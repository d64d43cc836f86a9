/**
 * Robustness: mutated acceptance cases (truncations, deleted/duplicated/swapped tokens,
 * random bytes) never make parseFile throw or hang, and an unbalanced delimiter inside
 * verus! is always reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../../src/syntax/parser.js';
import { MUTATIONS, mutate, rng, unbalanceInsideVerus } from './mutate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs = [path.join(repoRoot, 'corpus', 'cases'), path.join(repoRoot, 'corpus', 'syntax')];
const sources = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.rs')).sort().map((f) => fs.readFileSync(path.join(d, f), 'utf8')) : []));
const BUDGET_MS = 12_000;
const DELIMITER_ERROR = /delimiter/;
/** Sources whose delimiters balance to begin with (removing one then always unbalances). */
const balanced = sources.filter((s) => !parseFile('b.rs', s).diagnostics.some((d) => DELIMITER_ERROR.test(d.message)));

test('mutated sources never throw, always return, never report internal errors', () => {
  const rand = rng(12345);
  const deadline = Date.now() + BUDGET_MS;
  let runs = 0;
  while (Date.now() < deadline && runs < 6000) {
    const src = sources[runs % sources.length]!;
    const kind = MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!;
    const mutated = mutate(src, kind, rand);
    const r = parseFile('fuzz.rs', mutated);
    assert.ok(Array.isArray(r.diagnostics) && Array.isArray(r.file.items));
    const internal = r.diagnostics.find((d) => d.message.startsWith('internal parser error'));
    assert.equal(internal, undefined, `${kind}: ${internal?.message}\n${mutated}`);
    for (const d of r.diagnostics) assert.ok(d.span.line >= 1 && d.span.column >= 1, 'positive positions');
    runs++;
  }
  assert.ok(runs >= 1000, `only ${runs} runs`);
});

test('an unbalanced delimiter inside verus! yields at least one diagnostic', () => {
  const rand = rng(777);
  let checked = 0;
  for (let round = 0; round < 20; round++) {
    for (const src of balanced) {
      const mutated = unbalanceInsideVerus(src, rand);
      if (mutated === undefined) continue;
      const r = parseFile('fuzz.rs', mutated);
      assert.ok(r.diagnostics.length >= 1, mutated);
      checked++;
    }
  }
  assert.ok(checked > 100);
});
