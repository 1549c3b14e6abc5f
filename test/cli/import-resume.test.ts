/**
 * Kill an import with SIGKILL while a call is in flight, resume it, and count what the server
 * got. The simulator applies the held call's rows and never answers it (a `hang` fault after
 * applying), so the kill lands in the worst window: the server has the rows, the checkpoint does
 * not know.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportReport } from "../../src/bulk/types.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { collect, runCli, spawnCli } from "./support/run-cli.js";

let sim: TestSimulator | undefined;
afterEach(async () => { await sim?.close(); sim = undefined; });

/** The simulator applies call `holdAt` of `operationId`, then never answers it. */
const holding = (operationId: string, holdAt: number) => startTestSimulator({ faults: [{ operation: operationId, hang: true, when: "after", skip: holdAt - 1, times: 1 }] });

interface Journal { header: { importId: string }; done: Set<number>; sending: Set<number> }
function readJournal(path: string): Journal {
  const lines = readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { type: string; chunk: number; importId: string });
  const done = new Set(lines.filter((l) => l.type === "done").map((l) => l.chunk));
  const sending = new Set(lines.filter((l) => l.type === "sending" && !done.has(l.chunk)).map((l) => l.chunk));
  return { header: lines[0] as unknown as Journal["header"], done, sending };
}

/** Starts the import, waits until the server holds call number `holdAt`, and kills the client with SIGKILL. */
async function killMidway(args: string[], env: Record<string, string>, operationId: string, holdAt: number) {
  const child = spawnCli(args, { env });
  const exited = collect(child);
  // the held call is applied and left hanging in the same turn it arrives, before this wakes up
  await Promise.race([sim!.waitFor(operationId, holdAt), exited.then((r) => { throw new Error(`import ended before the kill: ${r.code} ${r.stderr}`); })]);
  child.kill("SIGKILL");
  const r = await exited;
  expect(r.signal).toBe("SIGKILL");
}

describe("an import killed with SIGKILL and resumed sends no chunk twice and skips none", () => {
  it("calling list (takes an Idempotency-Key): the call cut off is re-sent with the same key, the server applies it once", async () => {
    const holdAt = 7;
    sim = await holding("importCallingList", holdAt);
    const dir = mkdtempSync(join(tmpdir(), "sobot-cc-resume-"));
    const file = join(dir, "numbers.csv");
    const rows = Array.from({ length: 1000 }, (_, i) => `1${String(i).padStart(9, "0")},Customer ${i}`);
    writeFileSync(file, `telephone,name\n${rows.join("\n")}\n`);
    const args = ["import", "calling-list", "--file", file, "--agentID", "e906cc52bfac44b4ae30497fd39c4c4d", "--agentType", "1",
      "--campaignId", "cde0f90801d98M4fcb8a43eFff11b201cbff", "--callingListCode", "RESUME1",
      "--removeDuplicatesRule", "RemoveDuplicatesInCallingList", "--assignRule", "NoAssign", "--chunk-size", "50", "--concurrency", "3",
      "--poll-interval", "20", "--json"];
    const env = { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token };

    await killMidway(args, env, "importCallingList", holdAt);
    const journal = readJournal(`${file}.checkpoint.jsonl`);
    const run1 = sim.calls("importCallingList").length;
    expect(sim.calls("importCallingList")[holdAt - 1]).toMatchObject({ applied: true, fault: "hang" });
    expect(journal.done.size).toBeGreaterThan(0);
    expect(journal.done.size).toBeLessThan(20);

    sim.sim.clearFaults();
    const resumed = await runCli([...args, "--resume"], { env });
    expect(resumed.code, resumed.stderr).toBe(0);
    const report = JSON.parse(readFileSync(`${file}.report.json`, "utf8")) as ImportReport;
    expect(report.totals).toEqual({ rows: 1000, accepted: 1000, rejected: 0, duplicate: 0, invalid: 0, unknown: 0, pending: 0 });
    expect(report.resumed).toBe(true);

    // every row applied exactly once
    expect(sim.applied("importCallingList").size).toBe(1000);
    expect([...sim.applied("importCallingList").values()].every((n) => n === 1)).toBe(true);
    // run 2 sent exactly the chunks the checkpoint had not finished, each with its chunk's key
    // each chunk's key (import id, index, digest of its body) as the report gives it
    const keyOf = (i: number) => report.chunks.find((c) => c.index === i)!.idempotencyKey;
    expect(report.importId).toBe(journal.header.importId);
    const run2Keys = sim.calls("importCallingList").slice(run1).map((c) => String(c.headers["idempotency-key"]));
    const notDone = Array.from({ length: 20 }, (_, i) => i).filter((i) => !journal.done.has(i));
    expect(new Set(run2Keys)).toEqual(new Set(notDone.map(keyOf)));
    expect(run2Keys).toHaveLength(notDone.length);
    // the call the kill cut off reached the server: its repeat was answered from the key, not applied again
    const heldKey = String(sim.calls("importCallingList")[holdAt - 1]!.headers["idempotency-key"]);
    expect(sim.replayedKeys()).toContain(heldKey);
    console.log(`calling-list resume: run 1 sent ${run1} calls (${journal.done.size} recorded done, ${journal.sending.size} in flight at the kill); `
      + `run 2 sent ${run2Keys.length} calls (${sim.replayedKeys().length} answered from their Idempotency-Key); 1000 rows, each applied once`);
  });

  it("contact plans (no Idempotency-Key): the call cut off is reported as unknown outcome, not re-sent; totals still add up", async () => {
    const holdAt = 5;
    sim = await holding("createContactPlans", holdAt);
    const dir = mkdtempSync(join(tmpdir(), "sobot-cc-resume-"));
    const file = join(dir, "numbers.csv");
    writeFileSync(file, `phone\n${Array.from({ length: 600 }, (_, i) => String(18100000000 + i)).join("\n")}\n`);
    const args = ["import", "contact-plans", "--file", file, "--name", "Resume", "--scheduleStartTime", "1661911780000",
      "--scheduleEndTime", "1662998180000", "--executorId", "5001", "--agentID", "5002", "--concurrency", "1", "--json"];
    const env = { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token };

    await killMidway(args, env, "createContactPlans", holdAt);
    const journal = readJournal(`${file}.checkpoint.jsonl`);
    expect([...journal.sending]).toEqual([holdAt - 1]);
    const run1 = sim.calls("createContactPlans").length;
    expect(sim.calls("createContactPlans")[holdAt - 1]).toMatchObject({ applied: true, fault: "hang" });

    sim.sim.clearFaults();
    const resumed = await runCli([...args, "--resume"], { env });
    expect(resumed.code, resumed.stderr).toBe(1); // rows with an unknown outcome need a look
    const report = JSON.parse(readFileSync(`${file}.report.json`, "utf8")) as ImportReport;
    expect(report.totals).toEqual({ rows: 600, accepted: 550, rejected: 0, duplicate: 0, invalid: 0, unknown: 50, pending: 0 });
    expect(report.unknown.map((u) => u.row)).toEqual(Array.from({ length: 50 }, (_, i) => (holdAt - 1) * 50 + i + 1));
    expect(report.chunks.find((c) => c.index === holdAt - 1)).toMatchObject({ status: "unknown", via: "inflight" });

    // every number reached the server exactly once: the held call had arrived, and it was not sent again
    expect(sim.applied("createContactPlans").size).toBe(600);
    expect([...sim.applied("createContactPlans").values()].every((n) => n === 1)).toBe(true);
    const run2 = sim.calls("createContactPlans").length - run1;
    expect(run2).toBe(12 - journal.done.size - 1);
    console.log(`contact-plans resume: run 1 sent ${run1} calls (${journal.done.size} done, 1 in flight at the kill); run 2 sent ${run2}; `
      + "600 numbers, each received once; 50 reported unknown outcome");
  });
});
