/** Small statistics and formatting helpers for the benches. */

/** Nearest-rank percentile (p in 0..1) of the values; 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[at]!;
}

export function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Geometric mean of positive ratios; NaN for none. */
export function geoMean(ratios: number[]): number {
  if (ratios.length === 0) return NaN;
  return Math.exp(sum(ratios.map((r) => Math.log(r))) / ratios.length);
}

/** `4.1 ms`, `22 ms`, `1.94 s`. */
export function fmtMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}
