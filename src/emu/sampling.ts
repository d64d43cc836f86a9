/**
 * Interval test harnesses (issue 13 item 6): a #[test] fn whose inputs come from
 * `proofgate::interval(lo, hi)` is run several times, each run a sample of its inputs: every
 * input at its low bound, every input at its high bound, then RANDOM_SAMPLES runs with values
 * from a deterministic generator seeded by the test's name (so a failure reproduces), where
 * each input is its low bound, its high bound or a uniform value of the range.
 */
export const RANDOM_SAMPLES = 6;

export type SamplePlan = { k: 'lo' } | { k: 'hi' } | { k: 'random'; seed: number };

/** The runs after the first (which takes every input at its low bound). */
export function laterPlans(testName: string): SamplePlan[] {
  const base = hash(testName);
  return [{ k: 'hi' }, ...Array.from({ length: RANDOM_SAMPLES }, (_, i) => ({ k: 'random' as const, seed: (base + Math.imul(i + 1, 0x9e3779b9)) >>> 0 }))];
}

/** How a plan picks each input in `lo..=hi`. */
export function drawer(plan: SamplePlan): (lo: bigint, hi: bigint) => bigint {
  if (plan.k === 'lo') return (lo) => lo;
  if (plan.k === 'hi') return (_lo, hi) => hi;
  const next = mulberry32(plan.seed);
  return (lo, hi) => {
    const pick = next() % 4;
    if (pick === 0) return lo;
    if (pick === 1) return hi;
    const width = hi - lo + 1n;
    const r = (BigInt(next()) << 96n) | (BigInt(next()) << 64n) | (BigInt(next()) << 32n) | BigInt(next());
    return lo + (r % width);
  };
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A small deterministic 32-bit generator (Tommy Ettinger's mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
