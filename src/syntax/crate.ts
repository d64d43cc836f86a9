/**
 * A crate as the loader (src/syntax/load.ts) hands it to the checker.
 *
 * A folder holding lib.rs or main.rs (or src/lib.rs, src/main.rs) is one crate named
 * after the folder, made of the files reachable from that root through `mod x;`
 * (x.rs or x/mod.rs) and `include!`. Any other .rs file given or found is a crate of
 * its own, named after the file's stem (as rustc does for a single file).
 * `*.verus.rs` files are never roots: they are only pulled in by `include!`.
 */
import type { SourceFile } from './ast.js';

export interface Crate {
  name: string;
  /** The root file; its items hold `mod` items whose `items` the loader filled. */
  root: SourceFile;
  /** Every file of the crate, root first. */
  files: SourceFile[];
  /** The default rlimit its build.rs gives Verus (`--rlimit=N`), if any (src/syntax/build-rs.ts). */
  rlimitDefault?: number | 'infinity';
  /**
   * vstd's `allow_panic` feature is on (Cargo.toml): Verus's `panic!` in verified exec code
   * (vstd::pervasive::__call_panic, `requires allow_panic()`) is then allowed, not an error.
   */
  allowPanic?: boolean;
  /**
   * Its path dependencies (from Cargo.toml, transitively, each once), named as the crate
   * names them: their specs are used, their bodies are verified only when they are given
   * as crates of their own.
   */
  deps?: Crate[];
}
