import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { createContactPlans, importCallingList, type ImportProgress } from "../../src/bulk/index.js";
import { startFakeSobot } from "../support/fake-sobot-server.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, entries, phones, templates } from "./support.js";

let sim: TestSimulator;
// a chunk's counts show 50 ms after it was accepted: the import polls until they have settled
beforeEach(async () => { sim = await startTestSimulator({ settleMs: 50 }); });
afterEach(() => sim.close());

/** A clock that moves only when the import sleeps (or 100 ms per reading): counts, not wall time. */
function fakeClock() {
  let t = 1_700_000_000_000;
  return { now: () => (t += 100), sleep: async (ms: number) => { t += ms; } };
}

describe("calling lists: the server's counts are polled until they settle", () => {
  it("puts the server's counts and error-report link into the report", async () => {
    // a calling list of its own: the seed's list already holds a row the counts would include
    const template = { ...templates.callingList, callingListCode: "POLL1" };
    // "nobody" is no agent's work number: the simulator counts those rows as errors
    const rows = entries(120).map((e, i) => (i % 40 === 0 ? { ...e, allocationAgent: "nobody" } : e));
    const report = await importCallingList(client(sim), { template, rows, chunkSize: 50, poll: { intervalMs: 10 } });
    expect(report.server).toMatchObject({
      operationId: "getCallingListImportResults", settled: true, successCount: 117, errorCount: 3,
      errorReportPaths: [`${sim.url}/__sim/reports/POLL1.csv`],
    });
    const query = sim.calls("getCallingListImportResults")[0]!.body as Record<string, unknown>;
    expect(query).toMatchObject({ agentID: template.agentID, callingListCode: "POLL1" });
  });

  it("gives up after the timeout and says the counts had not settled", async () => {
    // hand-written fake: a server that never lists the batch at all; the simulator lists a calling list as soon as it exists
    const fake = await startFakeSobot();
    onTestFinished(() => fake.close());
    fake.set({ reply: (req) => (req.operationId === "getCallingListImportResults" ? { status: 200, body: { status: "Success", data: { list: [], currPage: 1, pageSize: 50, totalCount: 0, totalPage: 0 } } } : undefined) });
    const report = await importCallingList(client(fake), {
      template: templates.callingList, rows: entries(10), poll: { intervalMs: 1000, timeoutMs: 5000 }, clock: fakeClock(),
    });
    expect(report.server).toMatchObject({ settled: false, successCount: 0, note: "the server reported nothing for these batch codes yet" });
    expect(report.server!.polls).toBeGreaterThanOrEqual(4);
    expect(report.server!.polls).toBeLessThanOrEqual(6);
  });
});

describe("progress events", () => {
  it("count rows done, rows per second and the time left", async () => {
    const events: ImportProgress[] = [];
    await createContactPlans(client(sim), {
      template: templates.contactPlans, rows: [...phones(200), "1"], totalRows: 201, concurrency: 1,
      clock: fakeClock(), onProgress: (p) => events.push(p),
    });
    const done = events.map((e) => e.rowsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const last = events[events.length - 1]!;
    expect(last).toMatchObject({ phase: "done", rowsRead: 201, rowsDone: 201, totalRows: 201, accepted: 200, invalid: 1, etaSeconds: 0 });
    const mid = events.find((e) => e.rowsDone > 0 && e.rowsDone < 201)!;
    expect(mid.rowsPerSecond).toBeGreaterThan(0);
    expect(mid.etaSeconds).toBeGreaterThan(0);
    expect(events.filter((e) => e.chunksDone > 0).length).toBeGreaterThanOrEqual(4);
  });
});
