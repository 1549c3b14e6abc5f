import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { createContactPlans, importCallingList, importForbiddenNumbers } from "../../src/bulk/index.js";
import { SobotConfigError } from "../../src/errors.js";
import type { JournalEntry } from "../../src/sim/index.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, entries, forbidden, phones, sizes, templates } from "./support.js";

let sim: TestSimulator;
/** a test's look at each request as it reaches the simulator */
let onArrival: ((entry: JournalEntry) => void) | undefined;
beforeEach(async () => { sim = await startTestSimulator({ onRequest: (e) => onArrival?.(e) }); });
afterEach(async () => { onArrival = undefined; await sim.close(); });

describe("rows are split into calls by the limits of x-sobot-batch", () => {
  it("contact plans: the vendor's 50 numbers per call", async () => {
    const limit = operations.createContactPlans.batch.maxItems;
    expect(operations.createContactPlans.batch.maxItemsSource).toBe("seed");
    const report = await createContactPlans(client(sim), { template: templates.contactPlans, rows: phones(2 * limit + 20) });
    expect(sizes(sim, "createContactPlans", "customerPhoneNumberList")).toEqual([limit, limit, 20]);
    expect(report.chunkSizeSource).toBe("seed");
    expect(report.totals.accepted).toBe(2 * limit + 20);
  });

  it("a chunk size above the vendor's limit is refused before anything is sent", async () => {
    const limit = operations.createContactPlans.batch.maxItems;
    await expect(createContactPlans(client(sim), { template: templates.contactPlans, rows: phones(3), chunkSize: limit + 1 }))
      .rejects.toThrow(SobotConfigError);
    expect(sim.sim.requests()).toHaveLength(0);
  });

  it("where the seed states no limit: the documented default, and it is configurable", async () => {
    const limit = operations.importCallingList.batch.maxItems;
    expect(operations.importCallingList.batch.maxItemsSource).toBe("default");
    await importCallingList(client(sim), { template: templates.callingList, rows: entries(limit + 7), poll: false });
    expect(sizes(sim, "importCallingList", "dataDetails")).toEqual([limit, 7]);
    const report = await importForbiddenNumbers(client(sim), { rows: forbidden(phones(25)), chunkSize: 10 });
    expect(sizes(sim, "importForbiddenNumbers")).toEqual([10, 10, 5]);
    expect(report.chunkSizeSource).toBe("option");
  });

  it("keeps at most `concurrency` calls in flight", async () => {
    sim.sim.addFault({ operation: "createContactPlans", latencyMs: 30 });
    await createContactPlans(client(sim), { template: templates.contactPlans, rows: phones(500), chunkSize: 10, concurrency: 3 });
    expect(sim.calls("createContactPlans")).toHaveLength(50);
    expect(sim.peakInFlight("createContactPlans")).toBeLessThanOrEqual(3);
    expect(sim.peakInFlight("createContactPlans")).toBeGreaterThan(1);
  });

  it("reads rows from an async iterable of any length, at most one chunk per slot ahead of the calls", async () => {
    let produced = 0;
    async function* rows() {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield { telephone: String(2000000000 + i) };
      }
    }
    const seenAtCall: number[] = [];
    onArrival = (req) => { if (req.operationId === "importCallingList") seenAtCall.push(produced); };
    await importCallingList(client(sim), { template: templates.callingList, rows: rows(), chunkSize: 100, concurrency: 1, poll: false });
    // one chunk in flight, one ready for the slot, one being read: never the whole source
    expect(seenAtCall[0]).toBeLessThanOrEqual(300);
    expect(seenAtCall).toHaveLength(10);
  });
});
