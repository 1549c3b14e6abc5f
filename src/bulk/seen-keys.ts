/**
 * The numbers already seen in an import, and the row each first appeared on, in bounded memory:
 * an open-addressing hash table of 64-bit digests in typed arrays (12 bytes a slot, at most 80 %
 * full, sized up front when the row count is known), instead of a Map of strings (about 190 bytes an entry: 1,000,000 rows took 334 MB peak
 * RSS with a Map, bench/cases/bulk-dedupe-rss.ts measures this one).
 *
 * Hand-rolled because no maintained npm package offers a typed-array set of 64-bit keys with a
 * value; the digest is two independent 32-bit string hashes (murmur3's mixing, two seeds).
 * Two different numbers share a digest with probability about n²/2⁶⁵ — 3·10⁻⁸ for a million
 * rows — and then the later one would be reported as a duplicate of the earlier (never sent
 * twice, never silently dropped: it is listed in the report's `duplicate` with the row it
 * matched, where a reader sees the two numbers differ).
 */

function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    let k = s.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= s.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fullest the table gets before it grows: linear probing stays short up to here with a mixed hash. */
const MAX_LOAD = 0.8;

export class SeenKeys {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** the first row with this key; 0 marks an empty slot (rows are 1-based) */
  private rows: Uint32Array;
  private count = 0;

  /** Slots for `n` keys without growing (any size: the home slot is found by multiply-shift, not a mask). */
  static slotsFor(n: number): number {
    return Math.max(1 << 14, Math.ceil(n / MAX_LOAD) + 1);
  }

  constructor(initialSlots = 1 << 14) {
    if (!Number.isInteger(initialSlots) || initialSlots < 2) throw new RangeError(`slots must be a whole number ≥ 2, got ${initialSlots}`);
    this.hi = new Uint32Array(initialSlots);
    this.lo = new Uint32Array(initialSlots);
    this.rows = new Uint32Array(initialSlots);
  }

  get size(): number {
    return this.count;
  }

  /** The row `key` was first seen on, or undefined after recording it for `row`. */
  firstOrAdd(key: string, row: number): number | undefined {
    if (row < 1 || row > 0xffffffff) throw new RangeError(`row ${row} is outside 1..2^32-1`);
    const a = hash32(key, 0x9747b28c);
    const b = hash32(key, 0x5bd1e995);
    const found = this.find(a, b);
    if (this.rows[found]) return this.rows[found];
    this.hi[found] = a;
    this.lo[found] = b;
    this.rows[found] = row;
    if (++this.count > this.rows.length * MAX_LOAD) this.grow();
    return undefined;
  }

  /** The slot holding (a, b), or the empty slot where it belongs. */
  private find(a: number, b: number): number {
    const n = this.rows.length;
    // multiply-shift: a uniform 32-bit value scaled to [0, n)
    let i = Math.floor(((a ^ Math.imul(b, 0x27d4eb2d)) >>> 0) / 4294967296 * n);
    while (this.rows[i] && (this.hi[i] !== a || this.lo[i] !== b)) i = i + 1 === n ? 0 : i + 1;
    return i;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    const n = Math.ceil(rows.length * 2);
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.rows = new Uint32Array(n);
    for (let i = 0; i < rows.length; i++) {
      if (!rows[i]) continue;
      const j = this.find(hi[i]!, lo[i]!);
      this.hi[j] = hi[i]!;
      this.lo[j] = lo[i]!;
      this.rows[j] = rows[i]!;
    }
  }
}
