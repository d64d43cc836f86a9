/** Hostile inputs get a clear diagnostic with a location: never a crash, never a silent pass. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { runProofgate } from '../src/driver.js';
import { assertValidResults } from './support/results-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-robust-'));
function file(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return relative(process.cwd(), p);
}
const wrap = (body: string) => `use vstd::prelude::*;\nverus! {\n${body}\n}\n`;

describe('hostile inputs', () => {
  it('code nested past the stack is an unsupported error, not an internal one', async () => {
    const deep = file('deep.rs', wrap(`fn f() -> u64 { ${'('.repeat(5000)}1${')'.repeat(5000)} }`));
    const terms = Array.from({ length: 5000 }, (_, i) => `x > ${i}`).join(' && ');
    const wide = file('wide.rs', wrap(`fn f(x: u64) -> bool { ${terms} }`));
    for (const f of [deep, wide]) {
      const r = await runProofgate({ paths: [f], mode: 'verify', cacheDir: null });
      assertValidResults(r);
      assert.equal(r.summary.errors, 1, r.diagnostics.map((d) => d.message).join('\n'));
      assert.equal(r.diagnostics[0]!.kind, 'unsupported');
      assert.match(r.diagnostics[0]!.message, /nested too deeply/);
    }
  });
  it('binary junk and unreadable paths are errors with a location', async () => {
    const junk = file('junk.rs', Buffer.from([0, 1, 0xff, 0xfe, 0x7b, 0x28, 0x5b]));
    const r = await runProofgate({ paths: [junk, join(dir, 'missing.rs')], mode: 'no-verify', cacheDir: null });
    assertValidResults(r);
    assert.ok(r.summary.errors >= 2);
    assert.ok(r.diagnostics.some((d) => d.file.endsWith('missing.rs') && /couldn't read/.test(d.message)));
    assert.ok(r.diagnostics.every((d) => d.line >= 1 && !/internal/.test(d.message)));
  });
  it('an empty file verifies nothing and says so', async () => {
    const r = await runProofgate({ paths: [file('empty.rs', '')], mode: 'verify', cacheDir: null });
    assertValidResults(r);
    assert.equal(r.summary.errors, 0);
    assert.equal(r.summary.verified, 0);
  });
});
