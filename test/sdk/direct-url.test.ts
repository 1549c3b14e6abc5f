import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/runtime-operations.js";
import { directUrl } from "../../src/direct-url.js";

const viaOpenapiFetch = (baseUrl: string, path: string, query: Record<string, unknown> | undefined) =>
  createFinalURL(path, { baseUrl, params: { query }, querySerializer: createQuerySerializer(), pathSerializer: defaultPathSerializer });

function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
}

function rng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const TEXTS = ["", "a", "Ann Lee", "a&b=c", "50%", "中文", "😀", "?x", "/path?", "[]", "#frag", "+1"];

describe("the direct path's URL (direct-url.ts) is the one openapi-fetch builds", () => {
  it("for every operation of the table, with its parameters' kinds of values", () => {
    for (const op of Object.values(operations)) {
      const query = Object.fromEntries(op.parameters.filter((p) => p.in === "query").map((p, i) => [p.name, i % 2 ? 42 : "x y&z"]));
      expect(directUrl("https://sg.sobot.io", op.path, query)).toBe(viaOpenapiFetch("https://sg.sobot.io", op.path, query));
      expect(directUrl("https://sg.sobot.io", op.path, undefined)).toBe(viaOpenapiFetch("https://sg.sobot.io", op.path, undefined));
    }
  });

  it("for 5,000 random queries: scalars, arrays, objects, nulls, nested values and odd names", () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const rand = rng(seed);
      const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
      const scalar = (): unknown => pick([() => pick(TEXTS), () => Math.floor(rand() * 1000) - 500, () => rand() < 0.5, () => null, () => undefined, () => 1.5])();
      const value = (depth: number): unknown => {
        const r = rand();
        if (r < 0.5 || depth > 1) return scalar();
        if (r < 0.75) return Array.from({ length: Math.floor(rand() * 3) }, () => value(depth + 1));
        return Object.fromEntries(Array.from({ length: Math.floor(rand() * 3) }, () => [pick(["k", "a b", "ü", "x"]), value(depth + 1)]));
      };
      const query = Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [pick(["agent", "agentType", "a b", "?q", "中", "x[y]"]), value(0)]));
      const path = pick(Object.values(operations)).path;
      expect(outcome(() => directUrl("http://127.0.0.1:9", path, query)), `seed ${seed}: ${JSON.stringify(query)}`)
        .toBe(outcome(() => viaOpenapiFetch("http://127.0.0.1:9", path, query)));
    }
  });
});
