/** The Action and the CLI run the committed dist/: it must be what the sources build to. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT } from './support/paths.js';

it('dist/ is rebuilt and committed (run `npm run build`)', () => {
  const out = mkdtempSync(join(tmpdir(), 'pg-dist-'));
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, env: { ...process.env, BUILD_OUTDIR: out }, stdio: 'pipe' });
    const built = readdirSync(out).sort();
    const committed = readdirSync(join(REPO_ROOT, 'dist')).sort();
    assert.deepEqual(committed, built, 'dist/ holds other files than the build makes');
    for (const f of built) {
      const same = readFileSync(join(out, f)).equals(readFileSync(join(REPO_ROOT, 'dist', f)));
      assert.ok(same, `dist/${f} is stale: run \`npm run build\` and commit dist/`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
