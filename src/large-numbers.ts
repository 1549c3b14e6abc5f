/**
 * Whether a parsed JSON value holds a number of magnitude 2^53 or more: the only numbers an integer
 * literal JSON.parse rounded can have become. Most bodies hold none, and then the exact check of
 * the text (./safe-integers.ts, loaded lazily) is skipped. A walk of the parsed value replaced a
 * regex test of the text for a 16-digit run: ids are often 16+ digit strings, and every such body
 * paid for a second parse and a tokenising regex (≈ 25 µs per call, bench/RESULTS.md "Per-call
 * profile").
 */
const LIMIT = 2 ** 53;

export function holdsLargeNumber(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return value >= LIMIT || value <= -LIMIT;
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) {
    for (const v of value) if (holdsLargeNumber(v, depth + 1)) return true;
    return false;
  }
  for (const k in value) if (holdsLargeNumber((value as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}
