/**
 * A 429 is a refusal: nothing was applied. Every refused chunk is sent again after the wait,
 * whatever the operation, and the pool learns the server's limit (adaptive-limit.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { createContactPlans, importCallingList } from "../../src/bulk/index.js";
import { AdaptiveLimit } from "../../src/bulk/adaptive-limit.js";
import { startFakeSobot, type FakeSobot } from "../support/fake-sobot-server.js";
import { client, entries, phones, templates } from "./support.js";

let fake: FakeSobot | undefined;
afterEach(() => fake?.close());

/**
 * Calls of one time step each against a server that takes `capacity` at once and refuses the
 * rest; the pool fills up to its limit every step. Returns calls done per step after a warm-up
 * and the share of calls refused.
 */
function simulate(capacity: number, steps: number, initial = 4, max = 64) {
  const limit = new AdaptiveLimit({ initial, max });
  let done = 0;
  let refused = 0;
  let sent = 0;
  const warm = Math.floor(steps / 5);
  for (let step = 0; step < steps; step++) {
    const tickets = [];
    for (let i = 0; i < limit.limit; i++) tickets.push(limit.sent(i + 1));
    for (const t of tickets) {
      if (step >= warm) sent++;
      if (t.inFlight > capacity) {
        limit.refused(t);
        if (step >= warm) refused++;
      } else {
        limit.succeeded(t);
        if (step >= warm) done++;
      }
    }
  }
  return { perStep: done / (steps - warm), refusedShare: refused / sent, final: limit.limit };
}

describe("adaptive concurrency (additive increase, multiplicative decrease, a memory of the refused level)", () => {
  it.each([3, 8, 20, 50])("against a hidden limit of %i calls: ≥ 90 %% of its throughput, ≤ 2 %% of calls refused", (capacity) => {
    const r = simulate(capacity, 4000);
    expect(r.perStep / capacity).toBeGreaterThanOrEqual(0.9);
    expect(r.refusedShare).toBeLessThanOrEqual(0.02);
  });

  it("a server whose limit drops from 40 to 5 is followed down within a few steps, not one call at a time", () => {
    const limit = new AdaptiveLimit({ initial: 40, max: 64 });
    let refusedAfterDrop = 0;
    for (let step = 0; step < 10; step++) {
      const tickets = Array.from({ length: limit.limit }, (_, i) => limit.sent(i + 1));
      for (const t of tickets) {
        if (t.inFlight > 5) { limit.refused(t); refusedAfterDrop++; } else limit.succeeded(t);
      }
    }
    expect(limit.limit).toBeLessThanOrEqual(5);
    expect(refusedAfterDrop).toBeLessThan(60);
  });

  it("never above the caller's concurrency, never below 1", () => {
    expect(simulate(100, 500, 4, 6).final).toBe(6);
    const limit = new AdaptiveLimit({ initial: 1, max: 8 });
    for (let i = 0; i < 5; i++) limit.refused(limit.sent(1));
    expect(limit.limit).toBe(1);
  });
});

describe("an import against a server that answers 429 past a hidden number of calls in flight", () => {
  it("contact plans (no Idempotency-Key), Retry-After given: every chunk sent again after the wait, each number applied once, the import completes", async () => {
    fake = await startFakeSobot({ delayMs: 15, maxInFlight: 3, retryAfter: "0.05" });
    const report = await createContactPlans(client(fake), { template: templates.contactPlans, rows: phones(1000), chunkSize: 10, concurrency: 8 });
    expect(report.status).toBe("completed");
    expect(report.totals).toEqual({ rows: 1000, accepted: 1000, rejected: 0, duplicate: 0, invalid: 0, unknown: 0, pending: 0 });
    expect(fake.refused()).toBeGreaterThan(0);
    expect(report.throttling.refusals).toBe(fake.refused());
    expect(fake.contactPlans.size).toBe(1000);
    expect([...fake.contactPlans.values()].every((n) => n === 1)).toBe(true);
    expect(report.warnings.join(" ")).toMatch(/refused \d+ calls? with HTTP 429/);
    // the pool settled at the server's limit: far fewer refusals than calls
    expect(fake.refused()).toBeLessThan(fake.calls("createContactPlans").length / 4);
  });

  it("calling lists (Idempotency-Key), no Retry-After: backoff, then the same key; each number applied once", async () => {
    fake = await startFakeSobot({ delayMs: 50, maxInFlight: 2 });
    const report = await importCallingList(client(fake), { template: templates.callingList, rows: entries(600), chunkSize: 20, poll: false, callOptions: { retry: false } });
    expect(report.status).toBe("completed");
    expect(report.totals.accepted).toBe(600);
    expect(fake.refused()).toBeGreaterThan(0);
    expect(fake.callingList.size).toBe(600);
    expect([...fake.callingList.values()].every((n) => n === 1)).toBe(true);
    expect(report.throttling.peakConcurrency).toBeGreaterThan(2);
    // 30 calls of 50 ms, 2 at a time, and 3–7 refusals (measured), each re-sent after a backoff
    // under 0.5 s at its first refusal and 1 s at its second: 1.4 s alone, 2–4 s beside the rest
    // of the suite. 30 s is a guard against a refusal loop or waits that add up, not a speed target
    // (bench/cases/bulk-adaptive.ts has those).
  }, 30_000);

  it("a server ten times slower costs time, not more refusals: probing above the limit is paced by answers, not by the clock", async () => {
    // a loaded machine makes every call slower; were probes paced by time, a slow server would be
    // probed (and refuse) more often per call
    const run = async (delayMs: number) => {
      fake = await startFakeSobot({ delayMs, maxInFlight: 2 });
      const report = await importCallingList(client(fake), { template: templates.callingList, rows: entries(600), chunkSize: 20, poll: false, callOptions: { retry: false } });
      expect(report.status).toBe("completed");
      expect([...fake.callingList.values()].filter((n) => n === 1)).toHaveLength(600);
      const refused = fake.refused();
      await fake.close();
      fake = undefined;
      return refused;
    };
    const fast = await run(30);
    const slow = await run(300);
    // measured: 4 and 4 (and 4 at 50 ms / 500 ms)
    expect(slow).toBeLessThanOrEqual(fast + 2);
  }, 60_000);

  it("a server that refuses every call: the import stops after a bounded number of tries, the rows pending (nothing was applied)", async () => {
    fake = await startFakeSobot({ maxInFlight: 0, retryAfter: "0" });
    const report = await createContactPlans(client(fake), { template: templates.contactPlans, rows: phones(30), chunkSize: 10, concurrency: 2 });
    expect(report.status).toBe("stopped");
    expect(report.stopReason).toMatch(/refused chunk \d+ \d+ times with HTTP 429/);
    expect(report.totals).toMatchObject({ rows: 30, accepted: 0, unknown: 0, pending: 30 });
    expect(fake.contactPlans.size).toBe(0);
  });
});

describe("stopping during a wait after a 429", () => {
  it("the caller's abort ends the wait at once: the refused chunk is pending, nothing was applied twice", async () => {
    fake = await startFakeSobot({ maxInFlight: 0, retryAfter: "30" });
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const t0 = Date.now();
    const report = await createContactPlans(client(fake), { template: templates.contactPlans, rows: phones(20), chunkSize: 10, concurrency: 1, signal: stop.signal });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(report.status).toBe("stopped");
    expect(report.totals).toMatchObject({ rows: 20, accepted: 0, unknown: 0, pending: 20 });
  });
});
