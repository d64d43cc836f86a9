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

/**
 * How reports name the bundled library's files when it is loaded as a crate's `vstd`:
 * `<vstd>/` and the path below lib/vstd (`<vstd>/arithmetic/div_mod.rs`), whatever folder the
 * package sits in (in the Action, somewhere like `../../_actions/proofgate/...`). The angle
 * brackets keep it apart from any path in a repository, so it is never taken for a file of
 * the workspace (nor placed on a pull request's diff).
 */
export const VSTD_PATH_PREFIX = '<vstd>/';

/** The report name of `file` (absolute), one of the bundled library's files. */
export function vstdDisplayPath(file: string): string {
  const root = bundledVstdRoot();
  const rel = root ? path.relative(path.dirname(root), file) : path.basename(file);
  return `${VSTD_PATH_PREFIX}${rel.split(path.sep).join('/')}`;
}

/** Whether a reported path names a file of the bundled library (see VSTD_PATH_PREFIX). */
export function isVstdPath(file: string): boolean {
  return file.startsWith(VSTD_PATH_PREFIX);
}
