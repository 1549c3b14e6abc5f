import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createSobotClient } from "../../src/index.js";
import { operations } from "../../generated/runtime-operations.js";
import { useSimulator } from "./support/harness.js";

const h = useSimulator();
afterEach(() => h.sim.clearFaults());
const groups = async () => h.sim.exportState().skillGroups.map((g) => g.queueID);

describe("faults", () => {
  it("beyond maxInFlight, requests get 429 with Retry-After; the limit frees up when answers go out", async () => {
    h.sim.addFault({ operation: "searchRelayNumbers", maxInFlight: 1, latencyMs: 300, retryAfterSeconds: 2 });
    const path = operations.searchRelayNumbers.path;
    const answers = await Promise.all([0, 1, 2].map(() => h.raw("POST", path, { body: {} })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 429, 429]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(refused.body).toMatchObject({ status: "Failure", code: 429 });
    expect((await h.raw("POST", path, { body: {} })).status).toBe(200);
    // other operations are not limited by it
    expect((await Promise.all([0, 1].map(() => h.raw("POST", operations.searchCallAgents.path, { body: {} })))).map((a) => a.status)).toEqual([200, 200]);
  });

  it("beyond perSecond, requests get 429", async () => {
    h.sim.addFault({ perSecond: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await h.raw("POST", operations.searchRelayNumbers.path, { body: {} })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("latency holds the answer back, and the journal says so", async () => {
    h.sim.addFault({ operation: "searchRelayNumbers", latencyMs: 150 });
    const t0 = performance.now();
    await h.raw("POST", operations.searchRelayNumbers.path, { body: {} });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    expect(h.sim.requests({ operationId: "searchRelayNumbers" }).at(-1)?.fault).toBe("latency");
  });

  it("an error before applying changes nothing; `skip` and `times` pick which calls fail", async () => {
    h.sim.addFault({ operation: "createSkillGroup", status: 503, skip: 1, times: 1 });
    const path = operations.createSkillGroup.path;
    expect((await h.raw("POST", path, { body: { queueID: "F1", queueName: "a" } })).status).toBe(200);
    const failed = await h.raw("POST", path, { body: { queueID: "F2", queueName: "b" } });
    expect([failed.status, failed.body.code]).toEqual([503, 503]);
    expect(await groups()).not.toContain("F2");
    expect((await h.raw("POST", path, { body: { queueID: "F2", queueName: "b" } })).status).toBe(200);
    expect(await groups()).toContain("F2");
  });

  it("an error after applying: the write happened; the retry with the same Idempotency-Key replays it, nothing twice", async () => {
    h.sim.addFault({ operation: "createOutboundTask", status: 500, when: "after", times: 1 });
    const headers = { "Idempotency-Key": randomUUID() };
    const body = { agentID: "3003", name: "After-fault", dataTemplateCode: "D", wrapUpTemplateCode: "W", scheduleStartTime: 1, scheduleEndTime: 2 };
    const first = await h.raw("POST", operations.createOutboundTask.path, { body, headers });
    expect(first.status).toBe(500);
    const retry = await h.raw("POST", operations.createOutboundTask.path, { body, headers });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(h.sim.exportState().outboundTasks.filter((t) => t.name === "After-fault")).toHaveLength(1);
  });

  it("five requests with one Idempotency-Key at the same time (held by latency): one is applied, four replay it", async () => {
    h.sim.addFault({ operation: "createOutboundTask", latencyMs: 100, jitterMs: 50 });
    const headers = { "Idempotency-Key": randomUUID() };
    const body = { agentID: "3005", name: "Concurrent", dataTemplateCode: "D", wrapUpTemplateCode: "W", scheduleStartTime: 1, scheduleEndTime: 2 };
    const answers = await Promise.all([0, 1, 2, 3, 4].map(() => h.raw("POST", operations.createOutboundTask.path, { body, headers })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.data.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(4);
    expect(h.sim.exportState().outboundTasks.filter((t) => t.name === "Concurrent")).toHaveLength(1);
  });

  it("the SDK's own retries through resets and 5xx after applying import every calling-list row exactly once", async () => {
    const sobot = createSobotClient({ baseUrl: h.sim.url, credentials: h.sim.credentials, retry: { maxRetries: 4, baseDelayMs: 1, maxDelayMs: 5 } });
    const task = await sobot.call("createOutboundTask", { body: { agentID: "3004", name: "Retries", dataTemplateCode: "D", wrapUpTemplateCode: "W", scheduleStartTime: 1, scheduleEndTime: 2 } });
    h.sim.addFault({ operation: "importCallingList", reset: true, when: "after", times: 1 });
    h.sim.addFault({ operation: "importCallingList", status: 502, when: "after", skip: 1, times: 1 });
    for (let c = 0; c < 3; c++) {
      await sobot.call("importCallingList", { body: {
        agentID: "3004", campaignId: task.id, callingListCode: "RETRY1", removeDuplicatesRule: "NonRemoveDuplicates", assignRule: "NoAssign",
        dataDetails: [1, 2].map((i) => ({ telephone: `1380000${c}${i}00` })),
      } });
    }
    const sent = h.sim.requests({ operationId: "importCallingList" }).filter((r) => (r.body as { callingListCode?: string }).callingListCode === "RETRY1");
    expect(sent.length).toBeGreaterThan(3); // the faults made the SDK send again
    expect(sent.filter((r) => r.replayed).length).toBe(sent.length - 3);
    const list = h.sim.exportState().callingLists.find((l) => l.callingListCode === "RETRY1")!;
    expect(list.rows.map((r) => r.telephone).sort()).toEqual(["13800000100", "13800000200", "13800001100", "13800001200", "13800002100", "13800002200"]);
  });

  it("a failure in the envelope only (HTTP 200): the SDK still sees a failure and names its retCode", async () => {
    h.sim.addFault({ operation: "searchExtensions", status: 503, inEnvelopeOnly: true, times: 1 });
    const r = await fetch(`${h.sim.url}${operations.searchExtensions.path}`, { method: "POST", headers: { authorization: await h.token(), "content-type": "application/json" }, body: "{}" });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: "Failure", code: 503, retCode: "503" });
    h.sim.addFault({ operation: "searchExtensions", status: 500, inEnvelopeOnly: true, times: 1 });
    const sobot = createSobotClient({ baseUrl: h.sim.url, credentials: h.sim.credentials, retry: false });
    const err = (await sobot.call("searchExtensions", {}).catch((e: unknown) => e)) as { retCode?: string; status?: number };
    expect(err.retCode).toBe("500");
    expect(h.sim.requests({ operationId: "searchExtensions" }).at(-1)?.fault).toBe("500 in the envelope");
  });

  it("a reset before applying cuts the connection and changes nothing", async () => {
    h.sim.addFault({ operation: "createSkillGroup", reset: true, times: 1 });
    await expect(h.raw("POST", operations.createSkillGroup.path, { body: { queueID: "F3", queueName: "c" } })).rejects.toThrow();
    expect(await groups()).not.toContain("F3");
  });

  it("fault rules are checked field by field, over the admin API and in code", async () => {
    const bad = await h.raw("POST", "/__sim/faults", { body: { operation: "nope", status: 99, when: "later", colour: "red" } });
    expect(bad.status).toBe(400);
    for (const field of ["/operation", "/status", "/when", "/colour"]) expect(bad.body.error).toContain(field);
    expect(() => h.sim.addFault({ times: 2 })).toThrow(/needs an effect/);
    const ok = await h.raw("POST", "/__sim/faults", { body: [{ operation: "searchRelayNumbers", status: 500 }] });
    expect(ok.status).toBe(201);
    expect((await h.raw("POST", operations.searchRelayNumbers.path, { body: {} })).status).toBe(500);
    expect((await h.raw("DELETE", `/__sim/faults/${ok.body.ids[0]}`)).status).toBe(200);
    expect((await h.raw("POST", operations.searchRelayNumbers.path, { body: {} })).status).toBe(200);
  });
});
