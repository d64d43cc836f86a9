/**
 * Tests and benches read only the repository: a fresh clone in an empty folder must test
 * itself. Every relative path written in them must stay inside the repository, and none
 * may name the developers' machines (`../shared`, `/work/...`, the home folder).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from './support/paths.js';

const MACHINE_PATHS = [/\.\.\/shared\b/, /['"`]\/work\//, /\bhomedir\(\)/, /\/home\/\w/, /\bext\/(verus|vstd|svsm|verismo)\b/i];

/** How many folders up a line's relative path literals climb, taken together. */
function climbs(line: string): number {
  let ups = 0;
  for (const m of line.matchAll(/(['"`])((?:\.\.?\/?)+[^'"`]*)\1/g)) ups += (m[2]!.match(/(^|\/)\.\.(?=\/|$)/g) ?? []).length;
  return ups;
}

/**
 * Lines of one file (at `rel`, relative to the repository root) that reach outside the
 * repository: machine paths, `..` beyond the root from the file's own folder, and any `..`
 * from the repository root or the working directory.
 */
export function outsideReferences(rel: string, text: string): string[] {
  const depth = rel.split('/').length - 1;
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const where = `${rel}:${i + 1}: ${line.trim()}`;
    if (MACHINE_PATHS.some((re) => re.test(line))) found.push(where);
    const ups = climbs(line);
    if (ups === 0) return;
    const fromRoot = /\b(REPO_ROOT|repoRoot|root)\b|process\.cwd\(\)/.test(line) && !/import\.meta|from ['"]/.test(line);
    if (fromRoot || ups > depth) found.push(where);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true }).map(String)
    .filter((f) => /\.(ts|mts|mjs|js)$/.test(f) && !f.includes('node_modules'))
    .map((f) => `${dir}/${f.split('\\').join('/')}`);
}

describe('hermetic tests', () => {
  it('finds references that leave the repository', () => {
    const bad = [
      "const SHARED = resolve(REPO_ROOT, '..', 'shared', 'cases');",
      "const spec = readFileSync('../shared/spec/INTERFACES.md', 'utf8');",
      "const verus = '/work/ext/verus/source';",
      "const up = resolve(import.meta.dirname, '../../..');",
      "const up = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');",
      "const up = join(process.cwd(), '..');",
    ];
    for (const line of bad) assert.equal(outsideReferences('__tests__/x/y.test.ts', line).length, 1, line);
    const good = [
      "export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');",
      "import { runProofgate } from '../../src/driver.js';",
      "const root = new URL('../../', import.meta.url).pathname;",
      "const cases = resolve(REPO_ROOT, 'corpus', 'cases');",
    ];
    for (const line of good) assert.deepEqual(outsideReferences('__tests__/x/y.test.ts', line), [], line);
  });

  it('__tests__, bench and scripts read only the repository', () => {
    const files = ['__tests__', 'bench', 'scripts'].flatMap(sourceFiles).filter((f) => f !== '__tests__/hermetic.test.ts');
    assert.ok(files.length > 40, `${files.length} files`);
    const found = files.flatMap((f) => outsideReferences(f, readFileSync(join(REPO_ROOT, f), 'utf8')));
    assert.deepEqual(found, []);
  });
});
