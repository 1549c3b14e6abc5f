import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { createContactPlans, importForbiddenNumbers, parseForbiddenDetail, type ImportReport } from "../../src/bulk/index.js";
import { startFakeSobot } from "../support/fake-sobot-server.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, forbidden, phones, templates } from "./support.js";

let sim: TestSimulator;
beforeEach(async () => { sim = await startTestSimulator(); });
afterEach(() => sim.close());

/** The simulator's text for a number already on the forbidden list (callType 3). */
const listed = (position: number, n: string) => `NO[${position}],[callNumber],Content[${n}],[Reference:already in the forbidden list for this callType]`;

function addsUp(r: ImportReport) {
  const t = r.totals;
  expect(t.accepted + t.rejected + t.duplicate + t.invalid + t.unknown + t.pending).toBe(t.rows);
  const listed = r.invalid.length + r.duplicate.length + r.rejected.length + r.unknown.length
    + r.pending.reduce((n, p) => n + p.to - p.from + 1, 0);
  expect(listed).toBe(t.rows - t.accepted);
}

describe("the report accounts for every input row", () => {
  it("parses the vendor's failure strings", () => {
    expect(parseForbiddenDetail("NO[2],[numberType],Content[2],[Reference:1-number]"))
      .toEqual({ position: 2, field: "numberType", value: "2", reference: "1-number" });
    expect(parseForbiddenDetail("something else")).toBeUndefined();
  });

  it("maps refusals of each call back to input rows, across calls", async () => {
    // already on the list: the simulator refuses them row by row, as the vendor would
    const state = sim.sim.exportState();
    sim.sim.loadState({ ...state, forbiddenNumbers: [...state.forbiddenNumbers, ...forbidden(["18100000003", "18100000012"])] });
    const report = await importForbiddenNumbers(client(sim), { rows: forbidden(phones(15)), chunkSize: 5 });
    // 18100000012 is the 3rd row of the 3rd call: NO[3] there is input row 13
    expect(report.rejected.map((r) => [r.row, r.chunk, r.raw])).toEqual([
      [4, 0, listed(4, "18100000003")],
      [13, 2, listed(3, "18100000012")],
    ]);
    expect(report.totals).toMatchObject({ rows: 15, accepted: 13, rejected: 2 });
    addsUp(report);
  });

  it("invalid, duplicate, refused, unknown and pending rows, and the totals still add up", async () => {
    // hand-written fake: call 2 answers fewer plan ids than numbers, a malformed success the simulator never sends
    const fake = await startFakeSobot();
    onTestFinished(() => fake.close());
    let plansCalls = 0;
    fake.set({
      reply: (req) => {
        if (req.operationId !== "createContactPlans") return undefined;
        plansCalls++;
        // call 2: fewer ids than numbers (which plans exist is unknown); call 3: a refusal; call 4: the service is down
        if (plansCalls === 2) return { status: 200, body: { status: "Success", code: 200, data: ["only-one-id"] } };
        if (plansCalls === 3) return { status: 200, body: { status: "Failure", code: 400, retCode: "400", retMsg: "executor not found" } };
        if (plansCalls === 4) return { status: 503, body: { status: "Failure", retMsg: "down" } };
        return undefined;
      },
    });
    const rows = [...phones(10), "12", "18100000000", ...phones(30, 18200000000)];
    const report = await createContactPlans(client(fake), { template: templates.contactPlans, rows, chunkSize: 10, concurrency: 1 });
    expect(report.status).toBe("stopped");
    expect(report.stopReason).toMatch(/503/);
    expect(report.totals).toEqual({ rows: 42, accepted: 10, rejected: 10, duplicate: 1, invalid: 1, unknown: 20, pending: 0 });
    expect(report.duplicate).toEqual([{ row: 12, duplicateOf: 1 }]);
    expect(report.rejected[0]).toMatchObject({ row: 23, chunk: 2, detail: "retCode 400, executor not found" });
    expect(report.unknown.filter((u) => u.chunk === 1)[0]!.detail).toContain("returned 1 plan ids for 10 numbers");
    expect(report.unknown.filter((u) => u.chunk === 3)[0]!.detail).toMatch(/may have applied/);
    addsUp(report);
  });

  it("rows after a stop are counted as pending, not lost", async () => {
    // every token issued so far is refused from now on (401)
    sim.sim.expireTokens();
    const report = await createContactPlans(client(sim), { template: templates.contactPlans, rows: [...phones(25), "1"], chunkSize: 10, concurrency: 1 });
    expect(report.status).toBe("stopped");
    expect(report.totals).toEqual({ rows: 26, accepted: 0, rejected: 0, duplicate: 0, invalid: 1, unknown: 0, pending: 25 });
    expect(report.pending).toEqual([{ from: 1, to: 25 }]);
    // one call was refused, nothing applied
    expect(sim.calls("createContactPlans").map((c) => c.status)).toEqual([401]);
    expect(sim.applied("createContactPlans").size).toBe(0);
    addsUp(report);
  });
});
