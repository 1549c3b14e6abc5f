import { describe, expect, it } from "vitest";
import { SeenKeys } from "../../src/bulk/seen-keys.js";

describe("SeenKeys: the first row of every number, in typed arrays", () => {
  it("agrees with a Map on 300,000 keys with repeats, across every growth of the table", () => {
    const seen = new SeenKeys(4);
    const map = new Map<string, number>();
    let x = 12345;
    for (let row = 1; row <= 300_000; row++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const key = String(13000000000 + (x % 200_000));
      const want = map.get(key);
      if (want === undefined) map.set(key, row);
      expect(seen.firstOrAdd(key, row)).toBe(want);
    }
    expect(seen.size).toBe(map.size);
  });

  it("tells apart keys that differ in one character, and the empty key", () => {
    const seen = new SeenKeys();
    expect(seen.firstOrAdd("18100000000", 1)).toBeUndefined();
    expect(seen.firstOrAdd("18100000001", 2)).toBeUndefined();
    expect(seen.firstOrAdd("", 3)).toBeUndefined();
    expect(seen.firstOrAdd("18100000000", 4)).toBe(1);
    expect(seen.firstOrAdd("", 5)).toBe(3);
  });
});
