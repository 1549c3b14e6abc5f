/**
 * The project's simulator (src/sim) as the tests that imitate Sobot use it: started in-process on
 * 127.0.0.1, port 0, with a token it issued and a journal long enough to hold every call of a
 * test. What those tests count — calls, rows applied, keys replayed, calls in flight at once —
 * is read from the simulator's own journal and state, never from the client under test.
 */
import { peakInFlight, startSimulator, type JournalEntry, type Simulator, type SimulatorOptions } from "../../src/sim/index.js";
import { simToken } from "../sim/support/token.js";

export interface TestSimulator {
  sim: Simulator;
  url: string;
  /** a token the simulator issued (its journal starts empty after it) */
  token: string;
  /** the journal's requests of one operation, oldest first */
  calls(operationId: string): JournalEntry[];
  /**
   * Per number, how many times the simulator applied it. Calling lists: the rows of every applied
   * request (a replayed key applies nothing; a row the list's duplicate rule skipped still reached
   * the list, so a chunk applied twice counts twice whatever the rule). Contact plans: the plans in
   * the state, one per number per application.
   */
  applied(operationId: "importCallingList" | "createContactPlans"): Map<string, number>;
  /** Idempotency-Keys of requests answered from memory (replayed) instead of applied again */
  replayedKeys(operationId?: string): string[];
  /** the most requests of this operation being answered at the same time */
  peakInFlight(operationId: string): number;
  /** resolves once `count` requests of `operationId` have arrived (at arrival, before handling) */
  waitFor(operationId: string, count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startTestSimulator(options: SimulatorOptions = {}): Promise<TestSimulator> {
  const waiters: { operationId: string; count: number; resolve: () => void }[] = [];
  const arrived = new Map<string, number>();
  const sim = await startSimulator({
    settleMs: 0, journalLimit: 100_000, ...options,
    onRequest: (entry) => {
      const n = (arrived.get(entry.operationId ?? "") ?? 0) + 1;
      arrived.set(entry.operationId ?? "", n);
      for (const w of waiters.filter((x) => x.operationId === entry.operationId && n >= x.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      options.onRequest?.(entry);
    },
  });
  const token = await simToken(sim.url, sim.credentials.appId, sim.credentials.appSecret);
  // tokens outlive a reset: the journal (and the arrival counts) start with the test's own calls
  sim.reset();
  for (const f of options.faults ?? []) sim.addFault(f);
  arrived.clear();

  const calls = (operationId: string) => sim.requests({ operationId });
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  return {
    sim, url: sim.url, token, calls,
    applied(operationId) {
      const counts = new Map<string, number>();
      if (operationId === "createContactPlans") {
        for (const p of sim.exportState().contactPlans) bump(counts, p.customerPhoneNumber);
        return counts;
      }
      for (const e of calls(operationId).filter((x) => x.applied && !x.replayed)) {
        for (const row of (e.body as { dataDetails: { telephone: string }[] }).dataDetails) bump(counts, row.telephone);
      }
      return counts;
    },
    replayedKeys: (operationId) => sim.requests(operationId === undefined ? {} : { operationId })
      .filter((e) => e.replayed).map((e) => e.headers["idempotency-key"]!),
    peakInFlight: (operationId) => peakInFlight(calls(operationId)),
    waitFor: (operationId, count) => new Promise<void>((resolve) => {
      if ((arrived.get(operationId) ?? 0) >= count) resolve();
      else waiters.push({ operationId, count, resolve });
    }),
    close: () => sim.close(),
  };
}
