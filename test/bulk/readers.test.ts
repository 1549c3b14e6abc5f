import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { chunkDigest, chunkIdempotencyKey, countCsvRows, readCsv, readJsonl, type SourceRow } from "../../src/bulk/index.js";

const dir = mkdtempSync(join(tmpdir(), "sobot-cc-readers-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const all = async (rows: AsyncIterable<SourceRow>) => {
  const out: SourceRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
};

describe("readCsv (streaming)", () => {
  it("gives each row the line it starts on, leaves empty cells out, reports a wrong field count as a row problem", async () => {
    const path = file("rows.csv", "\uFEFFtelephone,name\r\n111,Ann\r\n\r\n222,\"two\r\nlines\"\r\n333,\r\n444,Dee,extra\r\n555,Eve\r\n");
    const rows = await all(readCsv(path));
    expect(rows.map((r) => [r.line, r.value, r.issue?.rule])).toEqual([
      [2, { telephone: "111", name: "Ann" }, undefined],
      [4, { telephone: "222", name: "two\r\nlines" }, undefined],
      [6, { telephone: "333" }, undefined],
      [7, undefined, "columns"],
      [8, { telephone: "555", name: "Eve" }, undefined],
    ]);
    expect(rows.every((r) => r.text)).toBe(true);
    expect(await countCsvRows(path)).toBe(5);
  });

  it("yields the first row before the input has ended (never the whole file in memory)", async () => {
    const input = new PassThrough();
    input.write("phone\n18100000001\n18100000002\n");
    const it = readCsv(input)[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value?.value).toEqual({ phone: "18100000001" });
    input.end("18100000003\n");
    const rest: unknown[] = [];
    for (let r = await it.next(); !r.done; r = await it.next()) rest.push(r.value.value);
    expect(rest).toEqual([{ phone: "18100000002" }, { phone: "18100000003" }]);
  });

  it("decodes UTF-8 split anywhere between chunks of bytes", async () => {
    const bytes = Buffer.from("\uFEFFtelephone,name\n111,中文😀\n222,é\n");
    for (let cut = 1; cut < bytes.length; cut++) {
      const pieces = new PassThrough();
      pieces.write(bytes.subarray(0, cut));
      pieces.end(bytes.subarray(cut));
      const rows = await all(readCsv(pieces));
      expect(rows.map((r) => r.value), `cut at byte ${cut}`).toEqual([{ telephone: "111", name: "中文😀" }, { telephone: "222", name: "é" }]);
    }
  });

  it("fails on a syntax error, naming the line", async () => {
    await expect(countCsvRows(file("bad.csv", 'phone\n111\n"222\n'))).rejects.toThrow(/line/i);
  });
});

describe("readJsonl", () => {
  it("one JSON value per line; a line that is not JSON is an invalid row with its line", async () => {
    const rows = await all(readJsonl(file("rows.jsonl", '{"telephone":"111"}\n\n{"telephone":\n"18100000001"\n')));
    expect(rows.map((r) => [r.line, r.value, r.issue?.rule])).toEqual([
      [1, { telephone: "111" }, undefined],
      [3, undefined, "json"],
      [4, "18100000001", undefined],
    ]);
  });
});

describe("chunk Idempotency-Keys", () => {
  it("are UUIDs derived from the import id, chunk index and body digest: stable, and distinct per chunk, import and content", () => {
    const d = chunkDigest('{"a":1}');
    const key = chunkIdempotencyKey("import-1", 0, d);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(chunkIdempotencyKey("import-1", 0, d)).toBe(key);
    const other = chunkDigest('{"a":2}');
    expect(new Set([key, chunkIdempotencyKey("import-1", 1, d), chunkIdempotencyKey("import-2", 0, d), chunkIdempotencyKey("import-1", 0, other)]).size).toBe(4);
  });
});
