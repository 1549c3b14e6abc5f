/**
 * What a test can learn of a client's timing from the simulator: `onRequest` is told of each
 * request as it arrives, and journal entries carry `answeredAt`, from which `peakInFlight` gives
 * how many requests the client kept in flight at once.
 */
import { afterEach, describe, expect, it } from "vitest";
import { peakInFlight, startSimulator, type JournalEntry, type Simulator } from "../../src/sim/index.js";
import { operations } from "../../generated/runtime-operations.js";
import { simToken } from "./support/token.js";

let sim: Simulator | undefined;
afterEach(async () => { await sim?.close(); sim = undefined; });

const post = (token: string, body: unknown = {}) => fetch(`${sim!.url}${operations.searchRelayNumbers.path}`, {
  method: "POST", headers: { "content-type": "application/json", authorization: token }, body: JSON.stringify(body),
});

describe("request timing for tests", () => {
  it("onRequest sees each request on arrival, before it is answered", async () => {
    const seen: { seq: number; status: number | undefined; operationId: string | undefined }[] = [];
    sim = await startSimulator({ onRequest: (e) => seen.push({ seq: e.seq, status: e.status, operationId: e.operationId }) });
    const token = await simToken(sim.url);
    await post(token, { enabled: [1] });
    expect(seen).toEqual([
      { seq: 1, status: undefined, operationId: "createCompanyToken" },
      { seq: 2, status: undefined, operationId: "searchRelayNumbers" },
    ]);
    // the entry it got is the journal's own: it is completed once answered
    expect(sim.requests({ operationId: "searchRelayNumbers" })[0]!.status).toBe(200);
  });

  it("a listener that throws is answered as a 500 naming the error, not a hung request", async () => {
    sim = await startSimulator({ onRequest: (e) => { if (e.operationId === "searchRelayNumbers") throw new Error("listener broke"); } });
    const r = await post(await simToken(sim.url));
    expect(r.status).toBe(500);
    expect(await r.text()).toContain("listener broke");
  });

  it("onRequest must be a function", async () => {
    await expect(startSimulator({ onRequest: "yes" as never })).rejects.toThrow("onRequest must be a function");
  });

  it("answeredAt is stamped when the answer goes out; peakInFlight counts overlapping requests", async () => {
    sim = await startSimulator();
    sim.addFault({ operation: "searchRelayNumbers", latencyMs: 80 });
    const token = await simToken(sim.url);
    await Promise.all([post(token), post(token), post(token)]);
    await post(token);
    const entries = sim.requests({ operationId: "searchRelayNumbers" });
    for (const e of entries) expect(e.answeredAt! - e.at).toBeGreaterThanOrEqual(75);
    expect(peakInFlight(entries)).toBe(3);
    expect(peakInFlight(entries.slice(3))).toBe(1);
  });

  it("peakInFlight: an arrival at the instant of an answer does not overlap it; entries still in flight count", () => {
    const e = (at: number, answeredAt?: number) => ({ at, ...(answeredAt !== undefined && { answeredAt }) }) as JournalEntry;
    expect(peakInFlight([])).toBe(0);
    expect(peakInFlight([e(0, 10), e(10, 20), e(20, 30)])).toBe(1);
    expect(peakInFlight([e(0, 10), e(5, 20), e(9)])).toBe(3);
    expect(peakInFlight([e(0, 10), e(10), e(10, 11)])).toBe(2);
  });
});
