/** What the client does when the server misbehaves — and what the server saw. */
import { describe, expect, it } from "vitest";
import {
  SobotAbortError, SobotApiError, SobotHttpError, SobotNetworkError, SobotTimeoutError, type RetryInfo,
} from "../../src/index.js";
import { baseRequest } from "../support/base-requests.js";
import { envelope, failure, type FaultServer,} from "../support/fault-server.js";
import { STATIC_TOKEN, client, rejection, useFaultServer } from "./harness.js";

const OUTBOUND = "/callservice/v6/cc-outbound/api/campaigns";
const QUEUE = "/callservice/v6/cc-config/api/queue";
const AGENTS = "/callservice/v6/cc-config/api/agents";
const outboundTask = baseRequest("createOutboundTask").body as never;
const skillGroup = baseRequest("createSkillGroup").body as never;
const agent = { agent: "1111", agentType: 0 } as never;

const serve = useFaultServer();

/** A sleep that returns at once and remembers what it was asked to wait. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe("connection reset before any response", () => {
  it("retries an idempotent write with the same Idempotency-Key on every attempt", async () => {
    const s = await serve((ex) => (ex.n === 1 ? ex.reset() : ex.json(200, envelope({ campaignId: "c1" }))));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    await expect(sobot.outboundTasks.create(outboundTask)).resolves.toEqual({ campaignId: "c1" });
    const keys = s.requests(OUTBOUND).map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("does not retry a non-idempotent write and says it may have been applied", async () => {
    const s = await serve((ex) => ex.reset());
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotNetworkError>(sobot.skillGroups.create(skillGroup));
    expect(err).toBeInstanceOf(SobotNetworkError);
    expect(err.mayHaveBeenApplied).toBe(true);
    expect(err.attempts).toBe(1);
    expect(err.message).toMatch(/may have been applied/);
    expect(err.message).toMatch(/not retried/);
    expect(err).toMatchObject({ operationId: "createSkillGroup", method: "POST", path: QUEUE });
    expect(s.requests(QUEUE)).toHaveLength(1);
  });

  it("retries a write whose connection was refused (it never reached a server)", async () => {
    const s = await serve((ex) => ex.reset());
    const url = s.url;
    await s.close();
    const sobot = client({ url } as FaultServer, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotNetworkError>(sobot.skillGroups.create(skillGroup));
    expect(err).toBeInstanceOf(SobotNetworkError);
    expect(err.attempts).toBe(3);
    expect(err.mayHaveBeenApplied).toBe(false);
  });
});

describe("Retry-After", () => {
  it("is honoured in seconds", async () => {
    const s = await serve((ex) => (ex.n === 1 ? ex.json(429, failure("429", "slow down"), { "retry-after": "7" }) : ex.json(200, envelope({ agentID: "1111" }))));
    const clock = fakeSleep();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, clock });
    await expect(sobot.agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    expect(clock.waits).toEqual([7000]);
    expect(s.requests(AGENTS)).toHaveLength(2);
  });

  it("is honoured as an HTTP-date", async () => {
    const now = Date.UTC(2030, 0, 1, 12, 0, 0);
    const s = await serve((ex) => (ex.n === 1
      ? ex.json(429, failure("429", "slow down"), { "retry-after": new Date(now + 5000).toUTCString() })
      : ex.json(200, envelope({ agentID: "1111" }))));
    const clock = fakeSleep();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, clock: { ...clock, now: () => now } });
    await sobot.agents.get(agent);
    expect(clock.waits).toEqual([5000]);
    expect(s.requests(AGENTS)).toHaveLength(2);
  });

  it("is capped by maxRetryAfterMs", async () => {
    const s = await serve((ex) => (ex.n === 1 ? ex.json(503, failure("503", "busy"), { "retry-after": "3600" }) : ex.json(200, envelope({}))));
    const clock = fakeSleep();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, clock, retry: { maxRetryAfterMs: 2500 } });
    await sobot.agents.get(agent);
    expect(clock.waits).toEqual([2500]);
  });

  it("is not a reason to retry a non-idempotent write (429)", async () => {
    const s = await serve((ex) => ex.json(429, failure("429", "slow down"), { "retry-after": "1" }));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, clock: fakeSleep() });
    const err = await rejection<SobotHttpError>(sobot.skillGroups.create(skillGroup));
    expect(err).toBeInstanceOf(SobotHttpError);
    expect(err.status).toBe(429);
    expect(err.mayHaveBeenApplied).toBe(false);
    expect(s.requests(QUEUE)).toHaveLength(1);
  });
});

describe("5xx", () => {
  it("502 with an HTML body: a safe read is retried up to maxRetries, then rejects with the excerpt", async () => {
    const s = await serve((ex) => ex.text(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotHttpError>(sobot.agents.get(agent));
    expect(err).toBeInstanceOf(SobotHttpError);
    expect(err.status).toBe(502);
    expect(err.bodyExcerpt).toContain("502 Bad Gateway");
    expect(err.headers["content-type"]).toBe("text/html");
    expect(err.attempts).toBe(3);
    expect(err.mayHaveBeenApplied).toBe(false);
    expect(s.requests(AGENTS)).toHaveLength(3);
  });

  it("502 on a non-idempotent write: one request, may have been applied", async () => {
    const s = await serve((ex) => ex.text(502, "<html>Bad Gateway</html>"));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotHttpError>(sobot.skillGroups.create(skillGroup));
    expect(err.status).toBe(502);
    expect(err.mayHaveBeenApplied).toBe(true);
    expect(s.requests(QUEUE)).toHaveLength(1);
  });

  it("503 then success: resolves, one retry, onRetry told", async () => {
    const s = await serve((ex) => (ex.n === 1 ? ex.json(503, failure("503", "busy")) : ex.json(200, envelope({ agentID: "1111" }))));
    const seen: RetryInfo[] = [];
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 5, onRetry: (i) => seen.push(i) } });
    await expect(sobot.agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    expect(s.requests(AGENTS)).toHaveLength(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ operationId: "getAgentSetting", attempt: 1 });
    expect(seen[0]!.delayMs).toBeLessThan(5);
    expect(seen[0]!.error.status).toBe(503);
  });

  it("retry: false sends exactly once", async () => {
    const s = await serve((ex) => ex.json(503, failure("503", "busy")));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, retry: false });
    const err = await rejection<SobotHttpError>(sobot.agents.get(agent));
    expect(err.attempts).toBe(1);
    expect(s.requests(AGENTS)).toHaveLength(1);
  });

  it("backoff is full jitter under the cap", async () => {
    const s = await serve((ex) => ex.json(500, failure("500", "oops")));
    const seen: number[] = [];
    const clock = fakeSleep();
    const sobot = client(s, {
      credentials: undefined, token: STATIC_TOKEN, clock,
      retry: { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 250, random: () => 0.999, onRetry: (i) => seen.push(i.delayMs) },
    });
    await rejection(sobot.agents.get(agent));
    expect(seen).toEqual([99, 199, 249, 249]);
    expect(clock.waits).toEqual(seen);
    expect(s.requests(AGENTS)).toHaveLength(5);
  });
});

describe("bodies that are not a success envelope", () => {
  it("truncated JSON (connection cut mid-body) on a safe read is retried", async () => {
    const s = await serve((ex) => (ex.n === 1
      ? ex.truncate(200, JSON.stringify(envelope({ agentID: "1111" })), 20)
      : ex.json(200, envelope({ agentID: "1111" }))));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    await expect(sobot.agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    expect(s.requests(AGENTS)).toHaveLength(2);
  });

  it("truncated JSON that arrived whole (invalid JSON) rejects as an HTTP error and is not retried", async () => {
    const s = await serve((ex) => ex.text(200, '{"status":"Succ', { "content-type": "application/json" }));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotHttpError>(sobot.agents.get(agent));
    expect(err).toBeInstanceOf(SobotHttpError);
    expect(err.status).toBe(200);
    expect(err.message).toMatch(/not JSON/);
    expect(err.bodyExcerpt).toBe('{"status":"Succ');
    expect(s.requests(AGENTS)).toHaveLength(1);
  });

  it("200 with a failure envelope rejects with the envelope, retCode and retMsg; not retried", async () => {
    const s = await serve((ex) => ex.json(200, failure("100001", "queue name already exists")));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotApiError>(sobot.skillGroups.create(skillGroup));
    expect(err).toBeInstanceOf(SobotApiError);
    expect(err).toMatchObject({ status: 200, retCode: "100001", retMsg: "queue name already exists", mayHaveBeenApplied: false, attempts: 1 });
    expect((err.envelope as { status: string }).status).toBe("Failure");
    expect(s.requests(QUEUE)).toHaveLength(1);
  });

  it("a success status with a non-000000 retCode is a failure", async () => {
    const s = await serve((ex) => ex.json(200, envelope({}, { retCode: "200001", retMsg: "partly" })));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotApiError>(sobot.agents.get(agent));
    expect(err).toBeInstanceOf(SobotApiError);
    expect(err.retCode).toBe("200001");
  });
});

describe("timeouts and deadlines", () => {
  it("a response slower than the per-attempt timeout: each attempt times out, a safe read is retried", async () => {
    const s = await serve((ex) => ex.hang());
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, timeoutMs: 50 });
    const err = await rejection<SobotTimeoutError>(sobot.agents.get(agent));
    expect(err).toBeInstanceOf(SobotTimeoutError);
    expect(err.timeout).toBe("attempt");
    expect(err.attempts).toBe(3);
    expect(s.requests(AGENTS)).toHaveLength(3);
  });

  it("a per-call timeoutMs overrides the client's; a slow non-idempotent write is sent once", async () => {
    const s = await serve((ex) => ex.hang());
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, timeoutMs: 60_000 });
    const err = await rejection<SobotTimeoutError>(sobot.skillGroups.create(skillGroup, { timeoutMs: 50 }));
    expect(err).toBeInstanceOf(SobotTimeoutError);
    expect(err.mayHaveBeenApplied).toBe(true);
    expect(s.requests(QUEUE)).toHaveLength(1);
  });

  it("deadline reached during backoff: rejects at once instead of sleeping past it", async () => {
    const s = await serve((ex) => ex.json(503, failure("503", "busy"), { "retry-after": "30" }));
    const clock = fakeSleep();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, clock });
    const err = await rejection<SobotTimeoutError>(sobot.agents.get(agent, { deadline: Date.now() + 10_000 }));
    expect(err).toBeInstanceOf(SobotTimeoutError);
    expect(err.timeout).toBe("deadline");
    expect(err.status).toBe(503);
    expect((err.cause as SobotHttpError).status).toBe(503);
    expect(clock.waits).toEqual([]);
    expect(s.requests(AGENTS)).toHaveLength(1);
  });

  it("a caller's fetch that passes on only the Request still times out and aborts (the signal rides on the Request for it)", async () => {
    const s = await serve((ex) => ex.hang());
    const wrapper = (req: Request) => fetch(req);
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, timeoutMs: 50, retry: false, fetch: wrapper });
    const err = await rejection<SobotTimeoutError>(sobot.agents.get(agent));
    expect(err).toBeInstanceOf(SobotTimeoutError);
    expect(err.timeout).toBe("attempt");
    const ctrl = new AbortController();
    const slow = client(s, { credentials: undefined, token: STATIC_TOKEN, timeoutMs: 60_000, fetch: wrapper });
    const p = rejection<SobotAbortError>(slow.agents.get(agent, { signal: ctrl.signal }));
    await s.waitFor(2);
    ctrl.abort(new Error("user cancelled"));
    expect(await p).toBeInstanceOf(SobotAbortError);
  });

  it("a deadline already past sends nothing", async () => {
    const s = await serve((ex) => ex.json(200, envelope({})));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotTimeoutError>(sobot.agents.get(agent, { deadline: new Date(Date.now() - 1) }));
    expect(err.timeout).toBe("deadline");
    expect(s.received).toHaveLength(0);
  });
});

describe("cancellation", () => {
  it("abort during the request stops it at once; nothing more is sent", async () => {
    const s = await serve((ex) => ex.hang());
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const ctrl = new AbortController();
    const p = rejection<SobotAbortError>(sobot.agents.get(agent, { signal: ctrl.signal }));
    await s.waitFor(1);
    ctrl.abort(new Error("user cancelled"));
    const err = await p;
    expect(err).toBeInstanceOf(SobotAbortError);
    expect(err.attempts).toBe(1);
    expect(s.requests(AGENTS)).toHaveLength(1);
  });

  it("abort during backoff ends the (real, 30 s) sleep at once", { timeout: 10_000 }, async () => {
    const s = await serve((ex) => ex.json(503, failure("503", "busy"), { "retry-after": "30" }));
    const ctrl = new AbortController();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, retry: { onRetry: () => queueMicrotask(() => ctrl.abort()) } });
    const err = await rejection<SobotAbortError>(sobot.agents.get(agent, { signal: ctrl.signal }));
    expect(err).toBeInstanceOf(SobotAbortError);
    expect(err.message).toMatch(/during backoff/);
    expect(err.status).toBe(503);
    expect(s.requests(AGENTS)).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const s = await serve((ex) => ex.json(200, envelope({})));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection(sobot.agents.get(agent, { signal: AbortSignal.abort() }));
    expect(err).toBeInstanceOf(SobotAbortError);
    expect(s.received).toHaveLength(0);
  });
});

describe("Idempotency-Key", () => {
  it("the caller's key wins and is sent on every attempt", async () => {
    const s = await serve((ex) => (ex.n < 3 ? ex.json(503, failure("503", "busy")) : ex.json(200, envelope({ campaignId: "c" }))));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    await sobot.outboundTasks.create(outboundTask, { idempotencyKey: "0b5e1d7a-3c1f-4c1e-9a55-3f0d2c4b6a71" });
    expect(s.requests(OUTBOUND).map((r) => r.headers["idempotency-key"])).toEqual(["0b5e1d7a-3c1f-4c1e-9a55-3f0d2c4b6a71", "0b5e1d7a-3c1f-4c1e-9a55-3f0d2c4b6a71", "0b5e1d7a-3c1f-4c1e-9a55-3f0d2c4b6a71"]);
  });

  it("a new key per logical call, none for operations that take none", async () => {
    const s = await serve((ex) => ex.json(200, envelope({ campaignId: "c" })));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    await sobot.outboundTasks.create(outboundTask);
    await sobot.outboundTasks.create(outboundTask);
    await sobot.skillGroups.create(skillGroup);
    const keys = s.requests(OUTBOUND).map((r) => r.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(2);
    expect(s.requests(QUEUE)[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("an idempotent write that keeps failing says which key to repeat it with", async () => {
    const s = await serve((ex) => ex.reset());
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const err = await rejection<SobotNetworkError>(sobot.outboundTasks.create(outboundTask, { idempotencyKey: "9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b" }));
    expect(err.attempts).toBe(3);
    expect(err.mayHaveBeenApplied).toBe(true);
    expect(err.idempotencyKey).toBe("9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b");
    expect(err.message).toContain("idempotencyKey 9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b");
    expect(s.requests(OUTBOUND)).toHaveLength(3);
  });
});
