/**
 * Robustness of the lowering and the value analysis: mutations of the analysis corpus and
 * the acceptance cases that still check cleanly are analysed without a crash (an
 * unsupported construct is a skipped function, never an exception).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { analyzeCrate } from '../../src/analyze/index.js';
import { checkCrate } from '../../src/check/index.js';
import { parseFile } from '../../src/syntax/parser.js';
import { MUTATIONS, mutate, rng } from '../syntax/mutate.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';

const BUDGET_MS = 8_000;

it('mutated programs never crash the lowering or the analysis', () => {
  const originals = [...rsFiles(join(REPO_ROOT, 'corpus', 'analyze')), ...rsFiles(SHARED_CASES)].map((f) => ({ f, text: readFileSync(f, 'utf8') }));
  const rand = rng(20261203);
  const started = Date.now();
  let runs = 0;
  let analysed = 0;
  while (Date.now() - started < BUDGET_MS) {
    const { f, text } = originals[runs % originals.length]!;
    const mutated = mutate(text, MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!, rand);
    runs++;
    const parsed = parseFile(f, mutated);
    const { checked, diagnostics } = checkCrate({ name: 'fuzz', root: parsed.file, files: [parsed.file] });
    if ([...parsed.diagnostics, ...diagnostics].some((d) => d.severity === 'error')) continue;
    try {
      const r = analyzeCrate(checked, { stateLevel: 1 + (runs % 8), budget: 200_000 });
      for (const d of r.diagnostics) assert.ok(d.span.line >= 1 && d.message.length > 0);
      analysed++;
    } catch (e) {
      assert.fail(`crash on a mutation of ${f}: ${(e as Error).stack}\n--- input ---\n${mutated}`);
    }
  }
  assert.ok(runs >= 200, `only ${runs} mutations`);
  assert.ok(analysed >= 20, `only ${analysed} mutations analysed`);
});
