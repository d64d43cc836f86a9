/**
 * A crate's default rlimit as its build script gives it to Verus: svsm's build.rs passes
 * `--rlimit=N` in the `VERUS_ARGS` it prints. Only that string literal is read from the
 * crate's build.rs (next to its Cargo.toml); the script is never run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder of a crate whose root file is `rootAbs` (`x/src/lib.rs` and `x/lib.rs` are both crate `x`). */
function crateDir(rootAbs: string): string {
  const dir = path.dirname(rootAbs);
  return path.basename(dir) === 'src' ? path.dirname(dir) : dir;
}

/** `--rlimit=N` (or `infinity`) in the crate's build.rs, if it has one; `mayRead` guards the workspace boundary. */
export function buildScriptRlimit(rootAbs: string, mayRead: (abs: string) => boolean): number | 'infinity' | undefined {
  const file = path.join(crateDir(rootAbs), 'build.rs');
  let text: string;
  try {
    if (!fs.statSync(file).isFile() || !mayRead(file)) return undefined;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const m = /"--rlimit[= ](\d+(?:\.\d+)?|infinity)"/.exec(text);
  if (!m) return undefined;
  return m[1] === 'infinity' ? 'infinity' : Number(m[1]);
}
