/**
 * Fingerprints do not depend on the checkout folder's name: the same code cloned into
 * `workspace/` and into `fx/` (crates named after their folders) gives the same findings
 * the same fingerprints, for verification failures and for static errors that quote a
 * crate-qualified name.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runProofgate } from '../../src/driver.js';
import { diag } from '../../src/report/diagnostic.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import type { ResultsFile } from '../../src/report/results.js';
import { LineMap } from '../../src/syntax/span.js';
import { REPO_ROOT } from '../support/paths.js';
import { assertValidResults } from '../support/results-schema.js';

const MODE_ERROR = `use vstd::prelude::*;
verus! {
fn exec_double(x: u64) -> u64 { x }
spec fn bad(x: u64) -> u64 { exec_double(x) }
}
`;

const scratch = mkdtempSync(join(tmpdir(), 'pg-fp-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Copies `files` into scratch/<run>/<folder> and runs proofgate there, as a checkout's root. */
async function runIn(run: string, folder: string, files: Record<string, string>, mode: 'verify' | 'no-verify'): Promise<ResultsFile> {
  const dir = join(scratch, run, folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const r = await runProofgate({ paths: ['.'], mode, cacheDir: null });
    assertValidResults(r);
    return r;
  } finally {
    process.chdir(cwd);
  }
}

describe('fingerprints and the checkout folder', () => {
  it('a verification failure hashes the same in workspace/ and fx/', async () => {
    const fixture = join(REPO_ROOT, '__tests__', 'fixtures', 'action', 'repo');
    const copies = ['workspace', 'fx'].map((folder) => {
      const dir = join(scratch, 'verify', folder);
      cpSync(fixture, dir, { recursive: true });
      return dir;
    });
    const results: ResultsFile[] = [];
    const cwd = process.cwd();
    for (const dir of copies) {
      process.chdir(dir);
      try {
        results.push(await runProofgate({ paths: ['.'], mode: 'verify', cacheDir: null }));
      } finally {
        process.chdir(cwd);
      }
    }
    const [a, b] = results as [ResultsFile, ResultsFile];
    assert.ok(a.diagnostics.length > 0, 'the fixture has a failure');
    assert.match(a.diagnostics[0]!.function!, /^workspace::/);
    assert.match(b.diagnostics[0]!.function!, /^fx::/);
    assert.deepEqual(b.diagnostics.map((d) => d.fingerprint), a.diagnostics.map((d) => d.fingerprint));
  });

  it('a static error quoting a crate-qualified name hashes the same in workspace/ and fx/', async () => {
    const a = await runIn('static', 'workspace', { 'lib.rs': MODE_ERROR }, 'no-verify');
    const b = await runIn('static', 'fx', { 'lib.rs': MODE_ERROR }, 'no-verify');
    assert.equal(a.diagnostics.length, 1, a.diagnostics.map((d) => d.message).join('\n'));
    assert.match(a.diagnostics[0]!.message, /`workspace::exec_double`/);
    assert.match(b.diagnostics[0]!.message, /`fx::exec_double`/);
    assert.equal(b.diagnostics[0]!.fingerprint, a.diagnostics[0]!.fingerprint);
  });

  it('still tells apart different functions, files and messages, and names that only contain the crate', () => {
    const span = new LineMap('lib.rs', 'assert(x);').span(0, 10);
    const base = diag('assertion', 'assertion failed', span, { function: 'fx::f' });
    const fp = fingerprint(base, 'x');
    assert.equal(fingerprint({ ...base, function: 'workspace::f' }, 'x'), fp);
    assert.notEqual(fingerprint({ ...base, function: 'fx::g' }, 'x'), fp);
    assert.notEqual(fingerprint({ ...base, span: new LineMap('src/lib.rs', 'assert(x);').span(0, 10) }, 'x'), fp);
    const msg = diag('mode', 'cannot call function `fx::exec` with mode exec', span);
    assert.equal(fingerprint(msg, '', 'fx'), fingerprint({ ...msg, message: 'cannot call function `ws::exec` with mode exec' }, '', 'ws'));
    // `myfx::exec` is another crate's item, not this crate's.
    assert.notEqual(fingerprint({ ...msg, message: 'cannot call function `myfx::exec` with mode exec' }, '', 'fx'), fingerprint(msg, '', 'fx'));
  });
});
