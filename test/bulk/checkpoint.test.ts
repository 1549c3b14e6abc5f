import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContactPlans, importCallingList } from "../../src/bulk/index.js";
import { SobotConfigError } from "../../src/errors.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, entries, phones, templates } from "./support.js";

let sim: TestSimulator;
let checkpoint: string;
beforeEach(async () => {
  sim = await startTestSimulator();
  checkpoint = join(mkdtempSync(join(tmpdir(), "sobot-cc-ckpt-")), "import.jsonl");
});
afterEach(() => sim.close());

/** The simulator answers call `n` of `operationId` with a 503 before applying it (the tests turn chunk retries off: the import stops there). */
const failCall = (operationId: string, n: number) => sim.sim.addFault({ operation: operationId, status: 503, skip: n - 1, times: 1 });

describe("checkpoint and resume (in process)", () => {
  it("idempotent: a call that failed mid-way is sent again on resume with its same key; finished calls are not", async () => {
    failCall("importCallingList", 3);
    const first = await importCallingList(client(sim), { template: templates.callingList, rows: entries(230), chunkSize: 50, concurrency: 1, checkpoint, poll: false, callOptions: { retry: false } });
    expect(first.status).toBe("stopped");
    expect(first.totals).toMatchObject({ accepted: 100, unknown: 50, pending: 80 });

    sim.sim.clearFaults();
    const before = sim.calls("importCallingList").length;
    const second = await importCallingList(client(sim), { template: templates.callingList, rows: entries(230), chunkSize: 50, concurrency: 1, checkpoint, resume: true, poll: false, callOptions: { retry: false } });
    expect(second.totals).toEqual({ rows: 230, accepted: 230, rejected: 0, duplicate: 0, invalid: 0, unknown: 0, pending: 0 });
    const keys = sim.calls("importCallingList").slice(before).map((c) => c.headers["idempotency-key"]);
    // each chunk's key is the one the report gives for it (import id, index, digest of its body)
    expect(keys).toEqual([2, 3, 4].map((i) => second.chunks[i]!.idempotencyKey));
    expect(keys[0]).toBe(sim.calls("importCallingList")[2]!.headers["idempotency-key"]);
    expect(second.chunks.map((c) => c.via)).toEqual(["checkpoint", "checkpoint", "sent", "sent", "sent"]);
    expect(sim.applied("importCallingList").size).toBe(230);
    expect([...sim.applied("importCallingList").values()].every((n) => n === 1)).toBe(true);
  });

  it("not idempotent: a call that may have been applied is reported unknown on resume, unless resendUnknown", async () => {
    failCall("createContactPlans", 2);
    const options = { template: templates.contactPlans, rows: phones(120), chunkSize: 50, concurrency: 1, checkpoint, callOptions: { retry: false as const } };
    await createContactPlans(client(sim), options);
    sim.sim.clearFaults();
    const resumed = await createContactPlans(client(sim), { ...options, resume: true });
    expect(resumed.totals).toEqual({ rows: 120, accepted: 70, rejected: 0, duplicate: 0, invalid: 0, unknown: 50, pending: 0 });
    expect(resumed.unknown[0]!.detail).toContain("was being sent when an earlier run stopped");
    const again = await createContactPlans(client(sim), { ...options, resume: true, resendUnknown: true });
    expect(again.totals.accepted).toBe(120);
    expect(sim.calls("createContactPlans").filter((c) => (c.body as { customerPhoneNumberList: string[] }).customerPhoneNumberList[0] === "18100000050")).toHaveLength(2);
  });

  it("ignores a line torn by a kill mid-write", async () => {
    failCall("importCallingList", 2);
    await importCallingList(client(sim), { template: templates.callingList, rows: entries(100), chunkSize: 50, checkpoint, concurrency: 1, poll: false, callOptions: { retry: false } });
    appendFileSync(checkpoint, '{"type":"done","chunk":1,"rej');
    sim.sim.clearFaults();
    const r = await importCallingList(client(sim), { template: templates.callingList, rows: entries(100), chunkSize: 50, checkpoint, resume: true, poll: false });
    expect(r.totals.accepted).toBe(100);
    // the torn line is gone: every line is a record, and the journal resumes again
    for (const line of readFileSync(checkpoint, "utf8").trimEnd().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
    const again = await importCallingList(client(sim), { template: templates.callingList, rows: entries(100), chunkSize: 50, checkpoint, resume: true, poll: false });
    expect(again.chunks.map((c) => c.via)).toEqual(["checkpoint", "checkpoint"]);
  });

  it("refuses to resume with other rows or other settings, and to start over an existing checkpoint", async () => {
    await importCallingList(client(sim), { template: templates.callingList, rows: entries(60), chunkSize: 50, checkpoint, poll: false });
    const changedRows = importCallingList(client(sim), { template: templates.callingList, rows: entries(60).reverse(), chunkSize: 50, checkpoint, resume: true, poll: false });
    await expect(changedRows).rejects.toThrow(/rows differ from the checkpoint at chunk 0/);
    const changedTemplate = importCallingList(client(sim), { template: { ...templates.callingList, callingListCode: "OTHER" }, rows: entries(60), chunkSize: 50, checkpoint, resume: true, poll: false });
    await expect(changedTemplate).rejects.toThrow(/belongs to another import/);
    const fresh = importCallingList(client(sim), { template: templates.callingList, rows: entries(60), checkpoint, poll: false });
    await expect(fresh).rejects.toThrow(SobotConfigError);
  });
});
