/** Small statistics helpers: medians, quantiles, formatting. */

export function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Linear-interpolated quantile, q in [0, 1]. NaN for an empty list. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Median absolute deviation relative to the median, as a fraction (a robust spread). */
export function relMad(xs: readonly number[]): number {
  const m = median(xs);
  if (!Number.isFinite(m) || m === 0) return NaN;
  return median(xs.map((x) => Math.abs(x - m))) / Math.abs(m);
}

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const fmtInt = (n: number): string => fmt(n, 0);
export const fmtRatio = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
export const fmtPct = (n: number): string => (Number.isFinite(n) ? `${(n * 100).toFixed(1)} %` : 'n/a');
export const fmtKb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} kB`;
export const fmtMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const fmtMs = (ms: number): string => `${fmt(ms, ms < 100 ? 1 : 0)} ms`;

/** Rotates `xs` by `k` (round-robin order so no case always runs first or last). */
export function rotate<T>(xs: readonly T[], k: number): T[] {
  const n = xs.length;
  if (n === 0) return [];
  const r = ((k % n) + n) % n;
  return [...xs.slice(r), ...xs.slice(0, r)];
}
