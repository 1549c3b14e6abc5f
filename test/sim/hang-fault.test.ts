/**
 * The `hang` fault: the simulator takes the request and never answers — before applying it, or
 * (`when: "after"`) once it did, which a client cannot tell from a slow server. `skip`/`times`
 * pick which call hangs; the connection ends when the client gives up or the simulator closes.
 */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../src/sim/index.js";
import { operations } from "../../generated/runtime-operations.js";
import { examples } from "../../generated/examples.js";
import { simToken } from "./support/token.js";

let sim: Simulator | undefined;
afterEach(async () => { await sim?.close(); sim = undefined; });

const importBody = (telephone: string) => ({ ...Object.values(examples.importCallingList.body)[0]!, callingListCode: "HANG1", dataDetails: [{ telephone }] });
function send(token: string, body: unknown, key: string, signal?: AbortSignal) {
  return fetch(`${sim!.url}${operations.importCallingList.path}`, {
    method: "POST", headers: { "content-type": "application/json", authorization: token, "Idempotency-Key": key }, body: JSON.stringify(body), signal,
  });
}
const rowsOf = () => sim!.exportState().callingLists.find((l) => l.callingListCode === "HANG1")?.rows.map((r) => r.telephone) ?? [];

describe("hang fault", () => {
  it("after applying: the second call's rows are applied, no answer comes; its repeat with the key is a replay", async () => {
    sim = await startSimulator({ settleMs: 0 });
    const token = await simToken(sim.url);
    sim.addFault({ operation: "importCallingList", hang: true, when: "after", skip: 1, times: 1 });
    const k2 = randomUUID();
    expect((await send(token, importBody("1300000001"), randomUUID())).status).toBe(200);
    const abort = new AbortController();
    const hung = send(token, importBody("1300000002"), k2, abort.signal);
    await new Promise((r) => setTimeout(r, 300));
    const entry = sim.requests({ operationId: "importCallingList" })[1]!;
    expect(entry).toMatchObject({ applied: true, fault: "hang" });
    expect(entry.status).toBeUndefined();
    expect(entry.answeredAt).toBeUndefined();
    expect(rowsOf()).toEqual(["1300000001", "1300000002"]);
    abort.abort();
    await expect(hung).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 50));
    // the connection's end is recorded: the request no longer counts as in flight
    expect(sim.requests({ operationId: "importCallingList" })[1]!.answeredAt).toBeGreaterThanOrEqual(entry.at);
    const again = await send(token, importBody("1300000002"), k2);
    expect([again.status, again.headers.get("idempotent-replayed")]).toEqual([200, "true"]);
    expect(rowsOf()).toEqual(["1300000001", "1300000002"]);
  });

  it("before applying (the default): nothing applied, and close() ends the waiting request", async () => {
    sim = await startSimulator({ settleMs: 0 });
    const token = await simToken(sim.url);
    sim.addFault({ operation: "importCallingList", hang: true });
    const hung = send(token, importBody("1300000003"), randomUUID());
    await new Promise((r) => setTimeout(r, 200));
    expect(sim.requests({ operationId: "importCallingList" })[0]).toMatchObject({ fault: "hang" });
    expect(sim.requests({ operationId: "importCallingList" })[0]!.applied).toBeUndefined();
    expect(rowsOf()).toEqual([]);
    await sim.close();
    await expect(hung).rejects.toThrow();
  });

  it("a rule hangs, resets or answers with a status — one of them; hang must be a boolean", async () => {
    sim = await startSimulator();
    expect(() => sim!.addFault({ hang: true, status: 503 })).toThrow("/hang: a rule answers with a status, resets or hangs — one of them");
    expect(() => sim!.addFault({ hang: true, reset: true })).toThrow(/one of them/);
    expect(() => sim!.addFault({ hang: "yes" as never })).toThrow('/hang: must be true or false, got "yes"');
    expect(sim.addFault({ hang: true, times: 1 })).toBeGreaterThan(0);
  });
});
