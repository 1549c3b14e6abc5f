/**
 * Hostile input files through `sobot-cc import`, as an operator would hand them over: each is
 * either imported exactly (BOM, CRLF, line breaks inside quotes) or refused before anything is
 * sent, with a message naming the line (and byte) and the fix, an exit code that says so, and
 * never a stack trace. Readers are also checked directly where the CLI would hide a detail.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv, readJsonl, type SourceRow } from "../../../src/bulk/index.js";
import { startTestSimulator, type TestSimulator } from "../../support/simulator.js";
import { runCli, type CliResult } from "../../cli/support/run-cli.js";

let sim: TestSimulator;
const dir = mkdtempSync(join(tmpdir(), "sobot-cc-hostile-"));
beforeAll(async () => { sim = await startTestSimulator(); });
afterAll(() => sim.close());

const MB = 1 << 20;
const numbers = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));

/** name → file bytes, and what must come of it */
interface Case { name: string; bytes: Buffer; ext?: string; exit: number; stderr?: RegExp; plans?: string[] }
const cases: Case[] = [
  { name: "utf8-bom", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`phone\n${numbers(18100000000, 3).join("\n")}\n`)]), exit: 0, plans: numbers(18100000000, 3) },
  { name: "crlf", bytes: Buffer.from(`phone,note\r\n${numbers(18100000010, 3).map((n) => `${n},x`).join("\r\n")}\r\n`), exit: 0, plans: numbers(18100000010, 3) },
  { name: "quoted-newlines", bytes: Buffer.from(`note,phone\n"two\nlines",18100000020\n"three\r\nlines\n!",18100000021\n`), exit: 0, plans: numbers(18100000020, 2) },
  { name: "unterminated-quote", bytes: Buffer.from(`phone,note\n18100000030,"open\n18100000031,x\n`), exit: 2, stderr: /line 2: quote not closed/ },
  { name: "csv-50mb-line", bytes: Buffer.from(`phone,note\n18100000040,${"y".repeat(50 * MB)}\n`), exit: 2, stderr: /line 2: a record is longer than 1048576 characters/ },
  { name: "jsonl-50mb-line", ext: "jsonl", bytes: Buffer.from(`{"phone":"18100000050"}\n{"phone":"${"z".repeat(50 * MB)}"}\n{"phone":"18100000051"}\n`), exit: 3, plans: ["18100000050", "18100000051"] },
  { name: "invalid-utf8", bytes: Buffer.concat([Buffer.from("phone,note\n18100000060,ok\n18100000061,caf"), Buffer.from([0xe9]), Buffer.from("\n")]), exit: 2, stderr: /not valid UTF-8 at line 3 \(byte 41: E9 0A\).*iconv/ },
  { name: "utf16le-bom", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`phone\n18100000070\n`, "utf16le")]), exit: 2, stderr: /is UTF-16LE .*not UTF-8; save the file as UTF-8/ },
  { name: "utf16be-bom", bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`phone\n18100000071\n`, "utf16le").swap16()]), exit: 2, stderr: /is UTF-16BE/ },
  { name: "utf16-no-bom", bytes: Buffer.from(`phone\n18100000072\n18100000073\n`, "utf16le"), exit: 2, stderr: /looks like UTF-16/ },
  { name: "duplicate-headers", bytes: Buffer.from(`phone,phone,name\n18100000080,18100000081,a\n`), exit: 2, stderr: /line 1: the header names a column more than once: "phone" \(columns 1, 2\)/ },
  { name: "empty", bytes: Buffer.alloc(0), exit: 2, stderr: /nothing to import — the file is empty/ },
  { name: "header-only", bytes: Buffer.from("phone\r\n"), exit: 2, stderr: /nothing to import — it has a header line but no data rows/ },
];

const results = new Map<string, CliResult>();
beforeAll(async () => {
  // the CLI runs in parallel: each case is its own file, checkpoint and report
  await Promise.all(cases.map(async (c) => {
    const file = join(dir, `${c.name}.${c.ext ?? "csv"}`);
    writeFileSync(file, c.bytes);
    const r = await runCli(["import", "contact-plans", "--file", file, "--name", c.name, "--scheduleStartTime", "1661911780000",
      "--scheduleEndTime", "1662998180000", "--executorId", "5001", "--agentID", "5002", "--no-progress"],
    { env: { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token } });
    results.set(c.name, r);
  }));
}, 120_000);

const sentFor = (name: string) => sim.calls("createContactPlans").filter((r) => (r.body as { name: string }).name === name)
  .flatMap((r) => (r.body as { customerPhoneNumberList: string[] }).customerPhoneNumberList);

describe("hostile files through sobot-cc import", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = results.get(c.name)!;
    expect(r.code, r.stderr + r.stdout).toBe(c.exit);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    if (c.stderr) expect(r.stderr).toMatch(c.stderr);
    expect(sentFor(c.name).sort()).toEqual((c.plans ?? []).sort());
    // and the simulator created exactly those plans
    expect(sim.sim.exportState().contactPlans.filter((p) => p.name === c.name).map((p) => p.customerPhoneNumber).sort()).toEqual((c.plans ?? []).sort());
  });
});

async function all(it: AsyncIterable<SourceRow>) {
  const out: SourceRow[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe("the readers on the same files", () => {
  it("a JSONL line over the record limit is one invalid row, read past without being held, and the lines after it are read", async () => {
    const file = join(dir, "long.jsonl");
    writeFileSync(file, `{"a":1}\r\n{"b":"${"q".repeat(3 * MB)}"}\r\n{"c":3}\n`);
    const before = process.memoryUsage().rss;
    const rows = await all(readJsonl(file));
    expect(rows.map((r) => [r.line, r.value, r.issue?.rule])).toEqual([[1, { a: 1 }, undefined], [2, undefined, "maxLength"], [3, { c: 3 }, undefined]]);
    expect(rows[1]!.issue!.message).toMatch(/3145736 characters, more than the 1048576/);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MB);
  });

  it("invalid UTF-8 split across read chunks is still found, with its line and byte", async () => {
    const head = `h\n${"a".repeat(70_000)}\nb\n`;
    const file = join(dir, "split.csv");
    writeFileSync(file, Buffer.concat([Buffer.from(head), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from("\n")]));
    await expect(all(readCsv(file))).rejects.toThrow(new RegExp(`not valid UTF-8 at line 4 \\(byte ${Buffer.byteLength(head)}: F0 9F 98 0A\\)`));
  });

  it("valid multi-byte text across chunk boundaries and a BOM read as they are", async () => {
    const file = join(dir, "cjk.csv");
    const name = "张三".repeat(20_000);
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`name,telephone\n${name},1\n`)]));
    const rows = await all(readCsv(file));
    expect(rows[0]!.value).toEqual({ name, telephone: "1" });
  });
});
