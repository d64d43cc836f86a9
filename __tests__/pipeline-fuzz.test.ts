/**
 * Robustness of the whole front end and obligation generation: mutated cases
 * (truncations, deleted/duplicated/swapped tokens, random bytes) always come back
 * as diagnostics, never as a crash, a hang or a stack trace. Solving is not fuzzed
 * here (the solver layer has its own tests); generating the queries is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { checkCrate } from '../src/check/index.js';
import { parseFile } from '../src/syntax/parser.js';
import { generateVcs } from '../src/vc/index.js';
import { MUTATIONS, mutate, rng } from './syntax/mutate.js';
import { SHARED_CASES, rsFiles } from './support/paths.js';

const BUDGET_MS = 12_000;

it('mutated cases never crash parse, check or obligation generation', () => {
  const originals = rsFiles(SHARED_CASES).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
  const rand = rng(20261123);
  const started = Date.now();
  let runs = 0;
  let withDiagnostics = 0;
  let reachedVc = 0;
  while (Date.now() - started < BUDGET_MS) {
    const { f, text } = originals[runs % originals.length]!;
    const mutated = mutate(text, MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!, rand);
    try {
      const parsed = parseFile(f, mutated);
      const { checked, diagnostics } = checkCrate({ name: 'fuzz', root: parsed.file, files: [parsed.file] });
      const all = [...parsed.diagnostics, ...diagnostics];
      if (all.length) withDiagnostics++;
      for (const d of all) {
        assert.ok(d.message.length > 0 && !d.message.includes('\n    at '), `diagnostic looks like a stack trace: ${d.message}`);
        assert.ok(d.span.line >= 1 && d.span.column >= 1, `diagnostic without a location: ${d.message}`);
        assert.ok(!/^internal /.test(d.message), `a stage crashed (caught): ${d.message}\n--- input ---\n${mutated}`);
      }
      if (!all.some((d) => d.severity === 'error')) {
        generateVcs(checked);
        reachedVc++;
      }
    } catch (e) {
      assert.fail(`crash on a mutation of ${f}: ${(e as Error).stack}\n--- input ---\n${mutated}`);
    }
    runs++;
  }
  assert.ok(runs >= 1000, `only ${runs} mutations in ${BUDGET_MS} ms`);
  assert.ok(withDiagnostics > runs / 4, `${withDiagnostics} of ${runs} mutations got a diagnostic`);
  assert.ok(reachedVc > 0);
});
