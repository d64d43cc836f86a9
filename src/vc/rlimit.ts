/**
 * A function's rlimit (src/check/rlimit.ts, Verus units) as Z3 deterministic resource units,
 * so a proof's verdict does not depend on how fast or busy the machine is. Verus's units are
 * scaled as Verus scales them (3,000,000 Z3 resource units per unit, "about a second").
 */
import type { Rlimit } from '../check/rlimit.js';

/** Z3 resource units per Verus rlimit unit (Verus's RLIMIT_PER_SECOND). */
export const Z3_RLIMIT_PER_UNIT = 3_000_000;

/** The query's budget in Z3 resource units: 0 = unlimited (`infinity`), undefined = none set. */
export function z3Rlimit(rl: Rlimit | undefined): number | undefined {
  if (rl === undefined) return undefined;
  if (rl === 'infinity') return 0;
  return Math.max(1, Math.round(rl * Z3_RLIMIT_PER_UNIT));
}
