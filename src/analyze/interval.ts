/**
 * The interval domain over mathematical integers: [lo, hi] with either end possibly
 * infinite (undefined). Arithmetic is exact on the integers; the machine range is the
 * checks' business, not the domain's.
 */
export interface Interval { lo?: bigint; hi?: bigint }

export const TOP: Interval = {};

export function iv(lo: bigint | undefined, hi: bigint | undefined): Interval {
  if (lo === undefined) return hi === undefined ? {} : { hi };
  return hi === undefined ? { lo } : { lo, hi };
}

export function point(v: bigint): Interval { return { lo: v, hi: v }; }

export function isEmpty(a: Interval): boolean {
  return a.lo !== undefined && a.hi !== undefined && a.lo > a.hi;
}

const minB = (a: bigint, b: bigint) => (a < b ? a : b);
const maxB = (a: bigint, b: bigint) => (a > b ? a : b);

export function join(a: Interval, b: Interval): Interval {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return iv(a.lo === undefined || b.lo === undefined ? undefined : minB(a.lo, b.lo), a.hi === undefined || b.hi === undefined ? undefined : maxB(a.hi, b.hi));
}

export function meet(a: Interval, b: Interval): Interval {
  const lo = a.lo === undefined ? b.lo : b.lo === undefined ? a.lo : maxB(a.lo, b.lo);
  const hi = a.hi === undefined ? b.hi : b.hi === undefined ? a.hi : minB(a.hi, b.hi);
  return iv(lo, hi);
}

export function equal(a: Interval, b: Interval): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/** Whether every value of `a` is in `b`. */
export function within(a: Interval, b: Interval): boolean {
  if (isEmpty(a)) return true;
  const loOk = b.lo === undefined || (a.lo !== undefined && a.lo >= b.lo);
  const hiOk = b.hi === undefined || (a.hi !== undefined && a.hi <= b.hi);
  return loOk && hiOk;
}

export function contains(a: Interval, v: bigint): boolean {
  return (a.lo === undefined || a.lo <= v) && (a.hi === undefined || v <= a.hi);
}

/**
 * Widening with thresholds: an unstable bound jumps to the next threshold (the machine
 * bounds of the types involved) rather than straight to infinity, so a `u8` counter is
 * widened to [0, 255] and narrowing can then recover the loop bound.
 */
export function widen(a: Interval, b: Interval, thresholds: bigint[]): Interval {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  let lo = a.lo;
  if (b.lo === undefined || (lo !== undefined && b.lo < lo)) lo = b.lo === undefined ? undefined : [...thresholds].reverse().find((t) => t <= b.lo!);
  let hi = a.hi;
  if (b.hi === undefined || (hi !== undefined && b.hi > hi)) hi = b.hi === undefined ? undefined : thresholds.find((t) => t >= b.hi!);
  return iv(lo, hi);
}

/** Narrowing: only infinite bounds (or threshold jumps) are refined by the new value. */
export function narrow(a: Interval, b: Interval): Interval {
  if (isEmpty(a) || isEmpty(b)) return b;
  const lo = a.lo === undefined || (b.lo !== undefined && b.lo > a.lo) ? b.lo : a.lo;
  const hi = a.hi === undefined || (b.hi !== undefined && b.hi < a.hi) ? b.hi : a.hi;
  return iv(lo, hi);
}

type Bound = bigint | undefined;

function addB(a: Bound, b: Bound): Bound { return a === undefined || b === undefined ? undefined : a + b; }

export function add(a: Interval, b: Interval): Interval { return iv(addB(a.lo, b.lo), addB(a.hi, b.hi)); }
export function neg(a: Interval): Interval { return iv(a.hi === undefined ? undefined : -a.hi, a.lo === undefined ? undefined : -a.lo); }
export function sub(a: Interval, b: Interval): Interval { return add(a, neg(b)); }

/** Products of bounds, with infinities; undefined sign cases give infinity. */
export function mul(a: Interval, b: Interval): Interval {
  if (isEmpty(a) || isEmpty(b)) return { lo: 1n, hi: 0n };
  const fin = a.lo !== undefined && a.hi !== undefined && b.lo !== undefined && b.hi !== undefined;
  if (fin) {
    const ps = [a.lo! * b.lo!, a.lo! * b.hi!, a.hi! * b.lo!, a.hi! * b.hi!];
    return { lo: ps.reduce(minB), hi: ps.reduce(maxB) };
  }
  // one side unbounded: only the sign-known cases are kept
  const nonneg = (x: Interval) => x.lo !== undefined && x.lo >= 0n;
  if (nonneg(a) && nonneg(b)) return iv(a.lo! * b.lo!, undefined);
  return TOP;
}

function truncDiv(x: bigint, y: bigint): bigint { return x / y; } // BigInt division truncates

function euclidDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return x - q * y < 0n ? (y > 0n ? q - 1n : q + 1n) : q;
}

/** Division, the divisor's zero excluded (it is a check of its own). */
export function div(a: Interval, b: Interval, rounding: 'trunc' | 'euclid'): Interval {
  const parts: Interval[] = [];
  if (b.hi === undefined || b.hi >= 1n) parts.push(meet(b, { lo: 1n }));
  if (b.lo === undefined || b.lo <= -1n) parts.push(meet(b, { hi: -1n }));
  let out: Interval = { lo: 1n, hi: 0n };
  const d = rounding === 'trunc' ? truncDiv : euclidDiv;
  for (const p of parts) {
    if (a.lo === undefined || a.hi === undefined || p.lo === undefined || p.hi === undefined) {
      // dividing by values of magnitude >= 1 never grows the magnitude
      const m = a.lo === undefined || a.hi === undefined ? undefined : maxB(a.hi < 0n ? -a.hi : a.hi, a.lo < 0n ? -a.lo : a.lo);
      out = join(out, m === undefined ? TOP : { lo: -m - 1n, hi: m + 1n });
      continue;
    }
    const qs = [d(a.lo, p.lo), d(a.lo, p.hi), d(a.hi, p.lo), d(a.hi, p.hi)];
    // around zero the quotient's extremes can be at the dividend's ends with the divisor's ±1
    if (p.lo <= 1n && 1n <= p.hi) qs.push(d(a.lo, 1n), d(a.hi, 1n));
    if (p.lo <= -1n && -1n <= p.hi) qs.push(d(a.lo, -1n), d(a.hi, -1n));
    out = join(out, { lo: qs.reduce(minB), hi: qs.reduce(maxB) });
  }
  return out;
}

/** Remainder: bounded by the divisor's magnitude, with the dividend's sign (trunc) or non-negative (euclid). */
export function rem(a: Interval, b: Interval, rounding: 'trunc' | 'euclid'): Interval {
  const m = b.lo === undefined || b.hi === undefined ? undefined : maxB(b.lo < 0n ? -b.lo : b.lo, b.hi < 0n ? -b.hi : b.hi) - 1n;
  if (rounding === 'euclid') return iv(0n, m);
  const nonneg = a.lo !== undefined && a.lo >= 0n;
  const nonpos = a.hi !== undefined && a.hi <= 0n;
  let r = iv(nonneg ? 0n : m === undefined ? undefined : -m, nonpos ? 0n : m);
  if (nonneg) r = meet(r, iv(0n, a.hi));
  return r;
}

export function format(a: Interval): string {
  return `[${a.lo === undefined ? '-inf' : a.lo}, ${a.hi === undefined ? '+inf' : a.hi}]`;
}
