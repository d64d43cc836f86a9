/**
 * Proofgate's vstd: the Verus source under lib/vstd in the package (written from vstd's
 * documented API, verified by Proofgate itself; see docs/vstd.md). Every crate loaded gets
 * it as the dependency named `vstd`, so `vstd::math::min` or `vstd::set_lib::lemma_len_subset`
 * name its items; names it does not define fall back to the built-in prelude (paths.ts).
 *
 * It is found from this module's own location: src/syntax/ when run from the sources,
 * dist/ when run from the bundle (the Action's dist/index.js, the CLI's dist/cli.js); both
 * sit below the package root, which holds lib/vstd.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The crate name the library is loaded under. */
export const VSTD_CRATE = 'vstd';

let located: string | null | undefined;

/** lib/vstd/lib.rs of the package, or undefined if the package lacks it (then only the prelude answers). */
export function bundledVstdRoot(): string | undefined {
  if (located === undefined) located = locate() ?? null;
  return located ?? undefined;
}

function locate(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(dir, 'lib', 'vstd', 'lib.rs');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** Whether `file` (absolute) is one of the bundled library's files. */
export function isBundledVstdFile(file: string): boolean {
  const root = bundledVstdRoot();
  if (!root) return false;
  const rel = path.relative(path.dirname(root), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
