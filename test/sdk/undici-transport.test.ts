/** sobot-cc/undici: the opt-in transport keeps what the client relies on from fetch. */
import { describe, expect, it } from "vitest";
import { SobotAbortError, SobotApiError, SobotNetworkError } from "../../src/index.js";
import { requestTransport } from "../../src/transports/undici.js";
import { baseRequest } from "../support/base-requests.js";
import { envelope, failure } from "../support/fault-server.js";
import { STATIC_TOKEN, client, rejection, useFaultServer } from "./harness.js";

const serve = useFaultServer();
const agent = { agent: "1111", agentType: 0 } as never;
const outboundTask = baseRequest("createOutboundTask").body as never;

describe("requestTransport() as the client's fetch", () => {
  it("sends the same request as global fetch and resolves the envelope's data", async () => {
    const s = await serve((ex) => ex.json(200, envelope({ agentID: "1111" })));
    const viaFetch = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const viaUndici = client(s, { credentials: undefined, token: STATIC_TOKEN, fetch: await requestTransport() });
    await expect(viaFetch.agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    await expect(viaUndici.agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    const [a, b] = s.received;
    expect([b!.method, b!.path, b!.query.toString(), b!.headers.authorization, b!.headers.timezoneid])
      .toEqual([a!.method, a!.path, a!.query.toString(), a!.headers.authorization, a!.headers.timezoneid]);
  });

  it("retries a 503 on an idempotent write with the same Idempotency-Key, body intact", async () => {
    let n = 0;
    const s = await serve((ex) => (n++ === 0 ? ex.json(503, failure("500001", "busy")) : ex.json(200, envelope({ id: "1", code: "c" }))));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, fetch: await requestTransport() });
    await expect(sobot.outboundTasks.create(outboundTask)).resolves.toEqual({ id: "1", code: "c" });
    expect(s.received).toHaveLength(2);
    expect(s.received[0]!.headers["idempotency-key"]).toBe(s.received[1]!.headers["idempotency-key"]);
    expect(s.received[1]!.json).toEqual(outboundTask);
  });

  it("a failure envelope, a cut body and an abort surface as with fetch", async () => {
    const s = await serve((ex) => {
      if (ex.received.headers["x-case"] === "envelope") return ex.json(200, failure("100001", "nope"));
      if (ex.received.headers["x-case"] === "cut") return ex.truncate(200, JSON.stringify(envelope({ a: 1 })), 10);
      return ex.hang();
    });
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, retry: false, fetch: await requestTransport() });
    const as = (c: string) => ({ headers: { "x-case": c } }) as never;
    expect(await rejection(sobot.agents.get(agent, as("envelope")))).toBeInstanceOf(SobotApiError);
    const viaFetch = client(s, { credentials: undefined, token: STATIC_TOKEN, retry: false });
    const [cut, cutViaFetch] = [await rejection(sobot.agents.get(agent, as("cut"))), await rejection(viaFetch.agents.get(agent, as("cut")))];
    expect(cut).toBeInstanceOf(SobotNetworkError);
    expect(cut.constructor).toBe(cutViaFetch.constructor);
    const ctrl = new AbortController();
    const pending = rejection(sobot.agents.get(agent, { ...(as("hang") as object), signal: ctrl.signal } as never));
    await s.waitFor(3);
    ctrl.abort();
    expect(await pending).toBeInstanceOf(SobotAbortError);
  });
});
