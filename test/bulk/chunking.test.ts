import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { createContactPlans, importCallingList, importForbiddenNumbers } from "../../src/bulk/index.js";
import { SobotConfigError } from "../../src/errors.js";
import { startFakeSobot, type FakeSobot } from "../support/fake-sobot-server.js";
import { client, entries, forbidden, phones, sizes, templates } from "./support.js";

let fake: FakeSobot;
beforeEach(async () => { fake = await startFakeSobot(); });
afterEach(() => fake.close());

describe("rows are split into calls by the limits of x-sobot-batch", () => {
  it("contact plans: the vendor's 50 numbers per call", async () => {
    const limit = operations.createContactPlans.batch.maxItems;
    expect(operations.createContactPlans.batch.maxItemsSource).toBe("seed");
    const report = await createContactPlans(client(fake), { template: templates.contactPlans, rows: phones(2 * limit + 20) });
    expect(sizes(fake, "createContactPlans", "customerPhoneNumberList")).toEqual([limit, limit, 20]);
    expect(report.chunkSizeSource).toBe("seed");
    expect(report.totals.accepted).toBe(2 * limit + 20);
  });

  it("a chunk size above the vendor's limit is refused before anything is sent", async () => {
    const limit = operations.createContactPlans.batch.maxItems;
    await expect(createContactPlans(client(fake), { template: templates.contactPlans, rows: phones(3), chunkSize: limit + 1 }))
      .rejects.toThrow(SobotConfigError);
    expect(fake.requests).toHaveLength(0);
  });

  it("where the seed states no limit: the documented default, and it is configurable", async () => {
    const limit = operations.importCallingList.batch.maxItems;
    expect(operations.importCallingList.batch.maxItemsSource).toBe("default");
    await importCallingList(client(fake), { template: templates.callingList, rows: entries(limit + 7), poll: false });
    expect(sizes(fake, "importCallingList", "dataDetails")).toEqual([limit, 7]);
    const report = await importForbiddenNumbers(client(fake), { rows: forbidden(phones(25)), chunkSize: 10 });
    expect(sizes(fake, "importForbiddenNumbers")).toEqual([10, 10, 5]);
    expect(report.chunkSizeSource).toBe("option");
  });

  it("keeps at most `concurrency` calls in flight", async () => {
    fake.set({ delayMs: 30 });
    await createContactPlans(client(fake), { template: templates.contactPlans, rows: phones(500), chunkSize: 10, concurrency: 3 });
    expect(fake.calls("createContactPlans")).toHaveLength(50);
    expect(fake.maxInFlight()).toBeLessThanOrEqual(3);
    expect(fake.maxInFlight()).toBeGreaterThan(1);
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
    fake.set({ reply: (req) => { if (req.operationId === "importCallingList") seenAtCall.push(produced); return undefined; } });
    await importCallingList(client(fake), { template: templates.callingList, rows: rows(), chunkSize: 100, concurrency: 1, poll: false });
    // one chunk in flight, one ready for the slot, one being read: never the whole source
    expect(seenAtCall[0]).toBeLessThanOrEqual(300);
    expect(seenAtCall).toHaveLength(10);
  });
});
