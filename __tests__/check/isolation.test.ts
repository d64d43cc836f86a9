/**
 * Per-item isolation (corpus/isolation): a static error or a not-supported construct stops
 * only its own item; the rest of the crate is still checked and verified; a use of a fn
 * whose signature has an error is an error at the use; broken items are never "verified".
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runProofgate } from '../../src/driver.js';
import type { ResultsFile } from '../../src/report/results.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import { REPO_ROOT } from '../support/paths.js';

const FILE = join(REPO_ROOT, 'corpus', 'isolation', 'isolation.rs');

describe('per-item isolation', () => {
  let pool: SolverPool;
  let results: ResultsFile;
  before(async () => {
    pool = await createSolverPool({ backend: 'auto', jobs: 1, timeoutMs: 10_000, maxFailures: 3 });
    results = await runProofgate({ paths: [FILE], mode: 'verify', cacheDir: null, pool });
  });
  after(async () => pool.close());

  const status = (fn: string): string | undefined => results.units.find((u) => u.function.endsWith(`::${fn}`))?.status;
  const messagesAt = (line: number): string[] => results.diagnostics.filter((d) => d.line === line).map((d) => d.message);

  it('verifies the items without errors', () => {
    assert.equal(status('good'), 'verified');
    assert.equal(status('calls_body_error'), 'verified', 'a body error leaves the spec usable');
  });

  it('still reports proof failures elsewhere in the crate', () => {
    assert.equal(status('still_fails'), 'failed');
    assert.deepEqual(messagesAt(19), ['assertion failed']);
  });

  it('never verifies a broken item, and reports it', () => {
    for (const fn of ['body_error', 'bad_signature', 'calls_bad_signature', 'uses_closure']) {
      assert.notEqual(status(fn), 'verified', fn);
      assert.notEqual(status(fn), 'cached', fn);
    }
    assert.deepEqual(messagesAt(27), ['mismatched types']);
    assert.deepEqual(messagesAt(41), ['cannot find function `undefined_spec` in this scope']);
    assert.deepEqual(messagesAt(52), ['not supported: closures with `requires`/`ensures` (exec closures)']);
  });

  it('reports a use of a fn whose signature could not be checked at the use', () => {
    assert.deepEqual(messagesAt(47), ['cannot use `bad_signature` here: its signature could not be checked']);
    const d = results.diagnostics.find((x) => x.line === 47)!;
    assert.equal(d.severity, 'error');
  });

  it('counts every error', () => {
    assert.equal(results.summary.errors, results.diagnostics.filter((d) => d.severity === 'error').length);
    assert.equal(results.summary.errors, 7);
  });

  it('reports a use of a fn whose spec is not supported as not supported, not as a new error', () => {
    assert.deepEqual(messagesAt(58), ['not supported: method `trailing_zeros` of `u64` (std API outside the built-in prelude)']);
    assert.deepEqual(messagesAt(63), ['not supported: a use of `unsupported_spec` (its spec has a construct that is not supported)']);
    assert.equal(results.diagnostics.find((d) => d.line === 63)!.kind, 'unsupported');
    assert.notEqual(status('uses_unsupported_spec'), 'verified');
  });
});

describe('--no-verify per-item status', () => {
  it('lists every verified item of the crate as checked, not supported (why) or in error (why)', async () => {
    const r = await runProofgate({ paths: [FILE], mode: 'no-verify', cacheDir: null });
    assert.equal(r.crates?.length, 1);
    const c = r.crates![0]!;
    const by = (fn: string): { status: string; reason?: string } | undefined => c.items.find((i) => i.item.endsWith(`::${fn}`));
    assert.deepEqual(by('good'), { item: 'isolation::good', kind: 'fn', file: by('good') && c.items.find((i) => i.item.endsWith('::good'))!.file, line: 8, status: 'checked' });
    assert.equal(by('body_error')?.status, 'error');
    assert.equal(by('body_error')?.reason, 'mismatched types');
    assert.equal(by('calls_bad_signature')?.status, 'error');
    assert.equal(by('uses_closure')?.status, 'unsupported');
    assert.equal(by('uses_closure')?.reason, 'not supported: closures with `requires`/`ensures` (exec closures)');
    assert.deepEqual(c.unsupported, { 'closures with `requires`/`ensures` (exec closures)': 1, 'method `trailing_zeros` of `u64` (std API outside the built-in prelude)': 1, 'a use of `unsupported_spec` (its spec has a construct that is not supported)': 1 });
    assert.deepEqual(c.counts, { items: c.items.length, checked: c.items.length - 6, unsupported: 3, errors: 3 });
  });
});

describe('isolation of traits and trait impls that are not supported', () => {
  const TRAITS = join(REPO_ROOT, 'corpus', 'isolation', 'trait_isolation.rs');
  it('does not verify their members, and says why', async () => {
    const r = await runProofgate({ paths: [TRAITS], mode: 'no-verify', cacheDir: null });
    const items = r.crates![0]!.items;
    const by = (suffix: string): { status: string; reason?: string } | undefined => items.find((i) => i.item.endsWith(suffix));
    assert.equal(by('::good')?.status, 'checked');
    for (const member of ['Conv::conv', 'S::Conv::conv', 'Conv::bad']) {
      assert.equal(by(`::${member}`)?.status, 'unsupported', member);
      assert.equal(by(`::${member}`)?.reason, 'not supported: generic associated types', member);
    }
  });
});
