/**
 * Runs every acceptance case (corpus/cases) and the project's corpus (corpus/**)
 * through the whole pipeline and compares with the cases' `//~` markers: the set of
 * errors must match exactly. Shared cases run on both solver backends.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { runProofgate } from '../src/driver.js';
import { createSolverPool, type SolverPool } from '../src/smt/pool.js';
import { compareToExpectations, readCaseSpec } from './support/markers.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from './support/paths.js';
import { assertValidResults } from './support/results-schema.js';
import { SHARED_CACHE, SHARED_MAX_FAILURES, SHARED_TIMEOUT_MS } from './support/shared-cache.js';

const hasNativeZ3 = (() => {
  try {
    execFileSync('z3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function runCase(file: string, pool: SolverPool | undefined): Promise<string[]> {
  const spec = readCaseSpec(readFileSync(file, 'utf8'));
  const results = await runProofgate({ paths: [file], mode: spec.noVerify ? 'no-verify' : 'verify', cacheDir: SHARED_CACHE, pool, timeoutMs: SHARED_TIMEOUT_MS, ...(spec.noInfer ? { infer: false } : {}) });
  assertValidResults(results, file);
  return compareToExpectations(spec, file, results.diagnostics);
}

function suite(name: string, files: string[], backend: 'native' | 'wasm' | 'auto', skip: string | false = false): void {
  describe(name, { skip }, () => {
    let pool: SolverPool | undefined;
    before(async () => {
      pool = await createSolverPool({ backend, jobs: 2, timeoutMs: SHARED_TIMEOUT_MS, maxFailures: SHARED_MAX_FAILURES });
    });
    after(async () => {
      await pool?.close();
    });
    for (const file of files) {
      it(file, async () => {
        const problems = await runCase(file, pool);
        assert.deepEqual(problems, [], problems.join('\n'));
      });
    }
  });
}

const shared = rsFiles(SHARED_CASES);
it('finds the 18 shared acceptance cases', () => assert.equal(shared.length, 18));
suite('shared cases (native z3)', shared, 'native', hasNativeZ3 ? false : 'no z3 on PATH');
suite('shared cases (z3-solver wasm)', shared, 'wasm');
for (const part of ['syntax', 'check', 'verify', 'soundness']) suite(`corpus/${part}`, rsFiles(join(REPO_ROOT, 'corpus', part)), 'auto');
