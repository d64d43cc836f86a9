/**
 * Cargo workspaces (corpus/workspace): members, crate names from [package], path
 * dependencies through `workspace = true` switched on by the `verus` feature, a dependency's
 * specs used by its users (broadcast groups included) and its bodies verified only when it
 * is checked itself.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runProofgate } from '../../src/driver.js';
import type { ResultsFile } from '../../src/report/results.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import { readManifest } from '../../src/syntax/cargo.js';
import { loadCrates } from '../../src/syntax/load.js';
import { REPO_ROOT } from '../support/paths.js';

const WS = join(REPO_ROOT, 'corpus', 'workspace');

describe('Cargo manifests', () => {
  it('reads the crate name, root and the path dependencies enabled by the verus feature', () => {
    const m = readManifest(join(WS, 'app'))!;
    assert.equal(m.crateName, 'pg_app');
    assert.equal(m.root, join(WS, 'app', 'src', 'lib.rs'));
    assert.deepEqual([...m.deps], [['lemmas', join(WS, 'lemmas')]], 'the `other` feature (dep:unused) is not enabled');
    assert.equal(m.vstdFeatures, undefined, 'no vstd dependency');
  });

  it('reads the features of the vstd dependency, those the enabled features turn on included', () => {
    assert.deepEqual([...readManifest(join(WS, 'panics'))!.vstdFeatures!], ['allow_panic']);
  });

  it('loads the workspace members as crates, each with its dependencies', () => {
    const { crates, diagnostics } = loadCrates([WS]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(crates.map((c) => c.name), ['pg_app', 'lemmas']);
    assert.deepEqual(crates[0]!.deps?.map((d) => d.name), ['lemmas', 'vstd'], 'its path dependency, then Proofgate\'s vstd');
    assert.deepEqual(crates[0]!.files.map((f) => f.path.split('/').slice(-3).join('/')), ['app/src/lib.rs']);
  });
});

describe('verifying a crate with a path dependency', () => {
  let pool: SolverPool;
  let app: ResultsFile;
  let all: ResultsFile;
  before(async () => {
    pool = await createSolverPool({ backend: 'auto', jobs: 1, timeoutMs: 10_000, maxFailures: 3 });
    app = await runProofgate({ paths: [join(WS, 'app')], mode: 'verify', cacheDir: null, pool });
    all = await runProofgate({ paths: [WS], mode: 'verify', cacheDir: null, pool });
  });
  after(async () => pool.close());

  const statuses = (r: ResultsFile): Record<string, string> => Object.fromEntries(r.units.map((u) => [u.function, u.status]));
  const messages = (r: ResultsFile): string[] => r.diagnostics.map((d) => `${d.file.split('/').slice(-3).join('/')}:${d.line}: ${d.message}`);

  it('uses the dependency\'s specs, broadcast groups (and those it marks used by default) and assume_specifications included, and trusts its bodies', () => {
    assert.deepEqual(statuses(app), {
      'pg_app::quadruple': 'verified',
      'pg_app::even_double': 'verified',
      'pg_app::not_implied': 'failed',
      'pg_app::small_double': 'verified',
      'pg_app::small_double_out_of_range': 'failed',
      'pg_app::uses_body_of_dep': 'verified',
      'pg_app::ptr_add_dep': 'verified',
      'pg_app::ptr_add_dep_requires': 'failed',
      'pg_app::main': 'verified',
    });
    assert.deepEqual(messages(app), [
      'app/src/lib.rs:27: postcondition not satisfied',
      'app/src/lib.rs:44: postcondition not satisfied',
      'app/src/lib.rs:58: cannot find function `not_there` in `lemmas::arith`',
      'app/src/lib.rs:77: precondition not satisfied',
    ]);
  });

  it('verifies the dependency\'s bodies when it is checked itself', () => {
    assert.equal(statuses(all)['lemmas::arith::wrong_body'], 'failed');
    assert.equal(statuses(all)['lemmas::arith::checked_double'], 'verified');
    assert.ok(messages(all).includes('lemmas/src/arith.rs:44: postcondition not satisfied'), messages(all).join('\n'));
  });

  it('allows a reachable panic! when vstd\'s allow_panic is on (it diverges), not in a no_unwind fn', async () => {
    const r = await runProofgate({ paths: [join(WS, 'panics')], mode: 'verify', cacheDir: null, pool });
    assert.deepEqual(statuses(r), { 'pg_panics::checked': 'verified', 'pg_panics::before_panic': 'failed', 'pg_panics::no_unwind_panics': 'failed', 'pg_panics::no_unwind_unreachable_panic': 'verified' });
    assert.deepEqual(messages(r), ['panics/src/lib.rs:18: assertion failed', 'panics/src/lib.rs:28: cannot show this call will not unwind, in function marked \'no_unwind\'']);
  });
});
