/**
 * An import id names one import. Chunk keys are bound to what is sent, so another file under a
 * re-used id is never taken for a replay of the first; with a ledger (the CLI always keeps one)
 * the re-use is refused before anything is sent.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importCallingList } from "../../src/bulk/index.js";
import { SobotConfigError } from "../../src/errors.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, templates } from "./support.js";

let sim: TestSimulator;
let dir: string;
beforeEach(async () => {
  sim = await startTestSimulator();
  dir = mkdtempSync(join(tmpdir(), "sobot-cc-importid-"));
});
afterEach(() => sim.close());

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ telephone: String(from + i) }));

describe("a re-used import id", () => {
  it("without a ledger: the second file's rows get other keys and are applied, not deduplicated as a replay", async () => {
    const a = await importCallingList(client(sim), { template: templates.callingList, rows: rows(1000000000, 120), chunkSize: 50, importId: "batch-7", poll: false });
    const b = await importCallingList(client(sim), { template: { ...templates.callingList, callingListCode: "OTHER" }, rows: rows(2000000000, 120), chunkSize: 50, importId: "batch-7", poll: false });
    expect(a.totals.accepted + b.totals.accepted).toBe(240);
    expect(sim.replayedKeys()).toEqual([]);
    expect(sim.applied("importCallingList").size).toBe(240);
    const keysA = new Set(a.chunks.map((c) => c.idempotencyKey));
    expect(b.chunks.some((c) => keysA.has(c.idempotencyKey))).toBe(false);
  });

  it("the same content under the same id keeps its keys: a repeat is the server's replay, applied once", async () => {
    const o = { template: templates.callingList, rows: rows(1000000000, 60), chunkSize: 50, importId: "batch-8", poll: false as const };
    const a = await importCallingList(client(sim), o);
    const b = await importCallingList(client(sim), o);
    expect(b.chunks.map((c) => c.idempotencyKey)).toEqual(a.chunks.map((c) => c.idempotencyKey));
    expect(sim.replayedKeys("importCallingList")).toHaveLength(2);
    expect(sim.applied("importCallingList").size).toBe(60);
    expect([...sim.applied("importCallingList").values()].every((n) => n === 1)).toBe(true);
  });

  it("with a ledger: an id used for other content (another calling-list code, other rows) is refused before anything is sent", async () => {
    const importLedger = join(dir, "import-ids.jsonl");
    await importCallingList(client(sim), { template: templates.callingList, rows: rows(1000000000, 60), importId: "batch-9", importLedger, poll: false });
    const sent = sim.sim.requests().length;
    const otherCode = importCallingList(client(sim), { template: { ...templates.callingList, callingListCode: "OTHER" }, rows: rows(1000000000, 60), importId: "batch-9", importLedger, poll: false });
    await expect(otherCode).rejects.toThrow(SobotConfigError);
    await expect(otherCode).rejects.toThrow(/import id batch-9 was already used on .* for other content \(importCallingList\); an import id names one import/);
    const otherRows = importCallingList(client(sim), { template: templates.callingList, rows: rows(3000000000, 60), importId: "batch-9", importLedger, poll: false });
    await expect(otherRows).rejects.toThrow(/already used/);
    expect(sim.sim.requests().length).toBe(sent);
    // the same import again is not "other content"
    const again = await importCallingList(client(sim), { template: templates.callingList, rows: rows(1000000000, 60), importId: "batch-9", importLedger, poll: false });
    expect(again.status).toBe("completed");
  });
});
