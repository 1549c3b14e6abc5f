/**
 * The numbers already seen in an import, and the row each first appeared on, in bounded memory:
 * an open-addressing hash table of 64-bit digests in typed arrays (12 bytes a slot, at most half
 * full), instead of a Map of strings (about 190 bytes an entry: 1,000,000 rows took 334 MB peak
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

export class SeenKeys {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** the first row with this key; 0 marks an empty slot (rows are 1-based) */
  private rows: Uint32Array;
  private count = 0;

  /** Slots for `n` keys at most half full (a power of two, at least 2^14). */
  static slotsFor(n: number): number {
    let slots = 1 << 14;
    while (slots < n * 2 && slots < 2 ** 31) slots *= 2;
    return slots;
  }

  constructor(initialSlots = 1 << 14) {
    if (!Number.isInteger(Math.log2(initialSlots))) throw new RangeError(`slots must be a power of two, got ${initialSlots}`);
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
    if (++this.count * 2 > this.rows.length) this.grow();
    return undefined;
  }

  /** The slot holding (a, b), or the empty slot where it belongs. */
  private find(a: number, b: number): number {
    const mask = this.rows.length - 1;
    let i = (a ^ Math.imul(b, 0x27d4eb2d)) & mask;
    while (this.rows[i] && (this.hi[i] !== a || this.lo[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    const n = rows.length * 2;
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
