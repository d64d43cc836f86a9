/**
 * One bad file or function never costs the others: deep plain Rust is not a crash, a crash
 * on one crate is one `internal` error with a location, and files resolving outside the
 * workspace are refused (issue 15, problems 3 and 7).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { runProofgate } from '../src/driver.js';
import type { ResultsFile } from '../src/report/results.js';
import { REPO_ROOT } from './support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-isolation-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const wrap = (body: string) => `use vstd::prelude::*;\nverus! {\n${body}\n}\n`;
const FAILING = wrap('fn bad(x: u64) -> (r: u64)\n    ensures r == x + 1,\n{\n    x\n}');

function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('failure isolation', () => {
  it('a plain-Rust file with a 10,000-term expression beside a failing one: no crash, the failure is reported', async () => {
    const root = folder('deep-plain', {
      'deep.rs': `fn big() -> u64 {\n    ${Array.from({ length: 10_000 }, () => '1').join(' + ')}\n}\n`,
      'good.rs': FAILING,
    });
    const r = await runProofgate({ paths: [join(root, 'deep.rs'), join(root, 'good.rs')], mode: 'verify', cacheDir: null, solver: 'native' });
    assert.deepEqual(r.diagnostics.map((d) => [d.file.split('/').pop(), d.kind]), [['good.rs', 'postcondition']], 'plain Rust is never flagged');
    assert.equal(r.summary.errors, 1);
  });

  it('a crash on one crate (its stack runs out) is one internal error with a location; the other crate is still verified', () => {
    // 3,000 chained spec fns: the call-graph walk over them runs out of a 200 KiB stack.
    const chain = Array.from({ length: 3000 }, (_, i) => `spec fn f${i}() -> u64 { ${i + 1 < 3000 ? `f${i + 1}()` : '0'} }`).join('\n');
    const root = folder('chain', { 'chain.rs': wrap(chain), 'good.rs': FAILING });
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const out = execFileSync(process.execPath, ['--stack-size=200', '--import', tsx, join(REPO_ROOT, '__tests__/support/verify-in-child.ts'), 'chain.rs', 'good.rs'], {
      cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20,
    });
    const r = JSON.parse(out) as ResultsFile;
    const internal = r.diagnostics.filter((d) => d.kind === 'internal');
    assert.equal(internal.length, 1, JSON.stringify(r.diagnostics.map((d) => d.message)));
    assert.equal(internal[0]!.file, 'chain.rs');
    assert.ok(internal[0]!.line >= 1);
    assert.match(internal[0]!.message, /^internal error while generating the proof obligations of this crate: code nested too deeply/);
    const failure = r.diagnostics.find((d) => d.file === 'good.rs');
    assert.equal(failure?.kind, 'postcondition', 'the other crate is verified and its failure reported');
    assert.equal(r.summary.errors, 2);
  });
});

describe('the workspace is a boundary', () => {
  it('given paths, #[path], include! and symlinks resolving outside are refused, and nothing outside is quoted', async () => {
    const SECRET = 'fn leaked_secret_line() -> u64 { 42 }';
    const outside = folder('outside', { 'secret.rs': `${SECRET}\n`, 'inc.rs': `${SECRET}\n`, 'given.rs': `${SECRET}\n` });
    const ws = folder('workspace', {
      'lib.rs': [
        `#[path = "${join(outside, 'secret.rs')}"]`,
        'mod by_path;',
        'mod linked;',
        'include!("../outside/inc.rs");',
        'fn main() {}',
        '',
      ].join('\n'),
    });
    symlinkSync(join(outside, 'secret.rs'), join(ws, 'linked.rs'));
    const paths = [ws, join(ws, '..', 'outside', 'given.rs')];
    const r = await runProofgate({ paths, mode: 'no-verify', cacheDir: null, workspaceRoot: ws });
    const refusals = r.diagnostics.filter((d) => /^refusing to read .*outside the workspace folder/.test(d.message));
    const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/');
    assert.deepEqual(refusals.map((d) => d.file).sort(), [rel(join(ws, 'lib.rs')), rel(join(ws, 'lib.rs')), rel(join(ws, 'lib.rs')), rel(join(outside, 'given.rs'))].sort(),
      JSON.stringify(r.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)));
    assert.deepEqual(refusals.filter((d) => d.file.endsWith('lib.rs')).map((d) => d.line).sort(), [1, 3, 4], '#[path] mod, symlinked mod, include!: each at its line');
    assert.ok(r.diagnostics.every((d) => !d.rendered.includes('leaked_secret_line')), 'no line of an outside file is quoted');
    assert.ok(refusals.every((d) => d.severity === 'error'));
    // Without a boundary (the library default; the CLI's --allow-outside-cwd), they are read.
    const open = await runProofgate({ paths, mode: 'no-verify', cacheDir: null });
    assert.ok(open.diagnostics.every((d) => !/refusing/.test(d.message)));
  });
});
