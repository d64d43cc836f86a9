/**
 * model/: the flagship verified module. It must verify with 0 errors, its tests must pass
 * in the emulator, and every known bug (model/mutants/*.patch) must be rejected in the
 * function that has the bug; the remap attack must read the secret on the
 * clear-before-grant mutant and zeros on the fixed module.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkPaths, runProofgate } from '../../src/driver.js';
import { callFunction, runTests } from '../../src/emu/index.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import { REPO_ROOT } from '../support/paths.js';
import { assertValidResults } from '../support/results-schema.js';
import { SHARED_CACHE, SHARED_MAX_FAILURES, SHARED_TIMEOUT_MS } from '../support/shared-cache.js';

const MODEL = join(REPO_ROOT, 'model');
const SECRET = 0x5ec2_e75e_c2e7_0001n;

interface Mutant { patch: string; property: number; function: string; leaks?: boolean }
const manifest = JSON.parse(readFileSync(join(MODEL, 'mutants', 'manifest.json'), 'utf8')) as { mutants: Mutant[] };

/** A scratch copy of model/ (named model, so qualified names stay model::...) with a patch applied. */
function mutantCopy(patch: string): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'pg-mutant-'));
  const dir = join(root, 'model');
  cpSync(MODEL, dir, { recursive: true, filter: (src) => !relative(MODEL, src).startsWith('mutants') });
  execFileSync('git', ['apply', '-p1', join(MODEL, 'mutants', patch)], { cwd: dir, stdio: 'pipe' });
  return { dir: relative(process.cwd(), dir), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

function modelSources(): string {
  return readdirSync(MODEL, { recursive: true }).map(String)
    .filter((f) => f.endsWith('.rs') && !f.startsWith('mutants'))
    .map((f) => readFileSync(join(MODEL, f), 'utf8')).join('\n');
}

function asBigInt(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  const x = v as { t?: string; v?: unknown };
  if (x?.t === 'int' && typeof x.v === 'bigint') return x.v;
  throw new Error(`not an integer value: ${JSON.stringify(v, (_k, y) => (typeof y === 'bigint' ? y.toString() : y))}`);
}

describe('model/', () => {
  let pool: SolverPool;
  /**
   * The proof cache of the run that verifies model/, which the mutants' runs read: a mutant
   * changes one function, and only the queries whose text it changes are solved again (the
   * cache is keyed by the whole query text, so an answer is reused only for the same question).
   */
  const ownCache = SHARED_CACHE === null;
  const cacheDir = SHARED_CACHE ?? mkdtempSync(join(tmpdir(), 'pg-model-cache-'));
  before(async () => {
    pool = await createSolverPool({ backend: 'auto', jobs: 2, timeoutMs: SHARED_TIMEOUT_MS, maxFailures: SHARED_MAX_FAILURES });
  });
  after(async () => {
    await pool?.close();
    if (ownCache) rmSync(cacheDir, { recursive: true, force: true });
  });

  it('checks with --no-verify: 0 errors', async () => {
    const r = await runProofgate({ paths: ['model'], mode: 'no-verify', cacheDir: null });
    assertValidResults(r);
    assert.equal(r.summary.errors, 0, r.diagnostics.map((d) => d.rendered).join('\n'));
  });

  it('verifies: 0 errors, at least 60 functions', async () => {
    const r = await runProofgate({ paths: [relative(process.cwd(), MODEL)], mode: 'verify', cacheDir, pool, timeoutMs: SHARED_TIMEOUT_MS });
    assertValidResults(r);
    assert.equal(r.summary.errors, 0, r.diagnostics.map((d) => d.rendered).join('\n'));
    assert.ok(r.summary.verified >= 60, `${r.summary.verified} verified`);
  });

  it('names all twelve properties where they are proved', () => {
    const src = modelSources();
    for (let p = 1; p <= 12; p++) assert.match(src, new RegExp(`//+\\s*property ${p}\\b`, 'i'), `property ${p} is not named in model/`);
    assert.ok(src.split('\n').length >= 1500, 'model/ has fewer than 1,500 lines');
  });

  it('has no assume in the module (only the trusted hardware boundary is external_body)', () => {
    for (const f of readdirSync(join(MODEL, 'svsm'))) {
      const text = readFileSync(join(MODEL, 'svsm', f), 'utf8');
      assert.doesNotMatch(text, /\bassume\s*\(/, `assume in model/svsm/${f}`);
      assert.doesNotMatch(text, /external_body/, `external_body in model/svsm/${f}`);
    }
  });

  it('passes its tests in the emulator, and the remap attack reads zeros', () => {
    const program = checkPaths(['model']);
    const crate = program.crates.find((c) => c.name === 'model')!;
    const outcomes = runTests(crate);
    assert.ok(outcomes.length >= 10, `${outcomes.length} tests`);
    assert.deepEqual(outcomes.filter((o) => o.status === 'failed').map((o) => `${o.name}: ${o.message}`), []);
    assert.equal(asBigInt(callFunction(crate, 'model::tests::attack_remap_reads', [])), 0n);
  });

  for (const m of manifest.mutants) {
    it(`rejects mutant ${m.patch} (property ${m.property}) in ${m.function}`, async () => {
      const copy = mutantCopy(m.patch);
      try {
        const r = await runProofgate({ paths: [copy.dir], mode: 'verify', cacheDir, pool, timeoutMs: SHARED_TIMEOUT_MS });
        assertValidResults(r);
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        assert.ok(errors.length > 0, 'the mutant verifies');
        assert.deepEqual([...new Set(errors.map((d) => d.function))], [m.function], errors.map((d) => d.rendered).join('\n'));
        if (m.leaks) {
          const crate = checkPaths([copy.dir]).crates[0]!;
          assert.equal(asBigInt(callFunction(crate, 'model::tests::attack_remap_reads', [])), SECRET, 'the attack does not read the secret');
          assert.ok(runTests(crate).some((o) => o.name === 'model::tests::test_attack_remap_reads_zero' && o.status === 'failed'));
        }
      } finally {
        copy.cleanup();
      }
    });
  }
});
