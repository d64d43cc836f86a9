/**
 * rlimit: a function's budget in Verus's units, as written. It comes from the function
 * (`#[verifier::rlimit(n)]`, `#[verus_verify(rlimit(n))]`), else from an inner
 * `#![verifier::rlimit(n)]` of its file, else of its crate root, else the `--rlimit=N` its
 * crate's build.rs passes to Verus (as svsm's do). `infinity` lifts the limit; no rlimit
 * anywhere means only the wall-clock timeout applies. (src/vc/rlimit.ts scales it for Z3.)
 */
import type { CheckedCrate, FnInfo } from './program.js';
import { parseRlimit } from '../syntax/parser-attrs.js';
import { leadingInnerAttrList } from './crate-attrs.js';

export type Rlimit = number | 'infinity';

/** The rlimit in force for `fn`, as written (Verus units), if any. */
export function rlimitFor(crate: CheckedCrate, fn: FnInfo): Rlimit | undefined {
  if (fn.decl.flags.rlimit !== undefined) return fn.decl.flags.rlimit;
  const fromFile = (f: CheckedCrate['files'][number] | undefined) => {
    const a = f ? leadingInnerAttrList(f).find((x) => x.name === 'verifier::rlimit') : undefined;
    return a ? parseRlimit(a.args) : undefined;
  };
  return fromFile(fn.file) ?? fromFile(crate.files[0]) ?? crate.rlimitDefault;
}
