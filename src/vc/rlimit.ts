/**
 * rlimit: a function's budget in Z3's deterministic resource units, so a proof's verdict does
 * not depend on how fast or busy the machine is. Verus's units are scaled as Verus scales
 * them (3,000,000 Z3 resource units per unit, "about a second"). The budget comes from the
 * function (`#[verifier::rlimit(n)]`, `#[verus_verify(rlimit(n))]`), else from an inner
 * `#![verifier::rlimit(n)]` of its file, else of its crate root, else the `--rlimit=N` its
 * crate's build.rs passes to Verus (as svsm's do). `infinity` lifts the limit;
 * no rlimit anywhere means only the wall-clock timeout applies (as before).
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { parseRlimit } from '../syntax/parser-attrs.js';
import { leadingInnerAttrList } from './crate-attrs.js';

/** Z3 resource units per Verus rlimit unit (Verus's RLIMIT_PER_SECOND). */
export const Z3_RLIMIT_PER_UNIT = 3_000_000;

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

/** The query's budget in Z3 resource units: 0 = unlimited (`infinity`), undefined = none set. */
export function z3Rlimit(rl: Rlimit | undefined): number | undefined {
  if (rl === undefined) return undefined;
  if (rl === 'infinity') return 0;
  return Math.max(1, Math.round(rl * Z3_RLIMIT_PER_UNIT));
}
