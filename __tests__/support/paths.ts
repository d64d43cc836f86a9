import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The acceptance cases, kept in the repository so a fresh clone tests itself. */
export const SHARED_CASES = resolve(REPO_ROOT, 'corpus', 'cases');

/** The .rs files of a folder, sorted, as paths relative to the working directory. */
export function rsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.rs') && !f.endsWith('.verus.rs'))
    .sort()
    .map((f) => relative(process.cwd(), join(dir, f)).split('\\').join('/'));
}
