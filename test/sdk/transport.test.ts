/** Transport rules: https, default headers per declared parameter, middleware, raw client, debug. */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SobotConfigError, createSobotClient, type Middleware } from "../../src/index.js";
import { baseRequest } from "../support/base-requests.js";
import { envelope, failure, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { STATIC_TOKEN, TOKEN_PATH, client, expectNoLeaks, issueToken, lines } from "./harness.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => expectNoLeaks());

async function serve() {
  server = await startFaultServer((ex) => (ex.received.path === TOKEN_PATH ? void issueToken(ex) : ex.json(200, envelope({ ok: true }))));
  return server;
}

describe("https", () => {
  it("is required except for loopback hosts or an explicit opt-out", () => {
    expect(() => createSobotClient({ baseUrl: "http://sg.sobot.io", token: "x" })).toThrow(SobotConfigError);
    expect(() => createSobotClient({ baseUrl: "ftp://sg.sobot.io", token: "x" })).toThrow(SobotConfigError);
    expect(() => createSobotClient({ baseUrl: "not a url", token: "x" })).toThrow(SobotConfigError);
    for (const baseUrl of ["https://sg.sobot.io", "http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010"]) {
      expect(() => createSobotClient({ baseUrl, token: "x" })).not.toThrow();
    }
    expect(() => createSobotClient({ baseUrl: "http://sg.sobot.io", token: "x", allowInsecureHttp: true })).not.toThrow();
  });

  it("rejects credentials and token together", () => {
    expect(() => createSobotClient({ baseUrl: "https://sg.sobot.io", token: "x", credentials: { appId: "a", appSecret: "b" } })).toThrow(SobotConfigError);
  });
});

describe("default headers", () => {
  it("timezoneid and language go only to operations that declare them; per-call headers win", async () => {
    const s = await serve();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, timezoneId: "Asia/Tokyo", language: "zh" });
    await sobot.skillGroups.create(baseRequest("createSkillGroup").body as never);
    await sobot.agents.get({ agent: "1111", agentType: 0 });
    await sobot.extensions.create(baseRequest("createExtension").body as never);
    await sobot.skillGroups.create(baseRequest("createSkillGroup").body as never, { headers: { language: "en", timezoneid: "UTC" } });
    const [both, tzOnly, none, overridden] = s.received;
    expect([both!.headers.timezoneid, both!.headers.language]).toEqual(["Asia/Tokyo", "zh"]);
    expect([tzOnly!.headers.timezoneid, tzOnly!.headers.language]).toEqual(["Asia/Tokyo", undefined]);
    expect([none!.headers.timezoneid, none!.headers.language]).toEqual([undefined, undefined]);
    expect([overridden!.headers.timezoneid, overridden!.headers.language]).toEqual(["UTC", "en"]);
    expect(s.received.every((r) => r.headers.authorization === STATIC_TOKEN)).toBe(true);
  });

  it("defaults are Asia/Singapore and en", async () => {
    const s = await serve();
    await client(s, { credentials: undefined, token: STATIC_TOKEN }).skillGroups.create(baseRequest("createSkillGroup").body as never);
    expect([s.received[0]!.headers.timezoneid, s.received[0]!.headers.language]).toEqual(["Asia/Singapore", "en"]);
  });
});

describe("openapi-fetch underneath", () => {
  it("sobot.use() middleware sees (and may change) every request and response", async () => {
    const s = await serve();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const seen: string[] = [];
    const mw: Middleware = {
      onRequest({ request, schemaPath }) {
        seen.push(`${request.method} ${schemaPath}`);
        request.headers.set("x-trace", "t-1");
        return request;
      },
      onResponse({ response }) {
        seen.push(`status ${response.status}`);
      },
    };
    sobot.use(mw);
    await sobot.agents.get({ agent: "1111", agentType: 0 });
    sobot.eject(mw);
    await sobot.agents.get({ agent: "1111", agentType: 0 });
    expect(seen).toEqual(["GET /callservice/v6/cc-config/api/agents", "status 200"]);
    expect(s.received.map((r) => r.headers["x-trace"])).toEqual(["t-1", undefined]);
  });

  it("a registered middleware that changes nothing leaves the request as it was", async () => {
    const s = await serve();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const sendBoth = async () => {
      await sobot.agents.get({ agent: "1 111/ü", agentType: 0 });
      await sobot.skillGroups.create({ queueID: "1234", queueName: "Sales" });
    };
    await sendBoth();
    const noop: Middleware = { onRequest: ({ request }) => request };
    sobot.use(noop);
    await sendBoth();
    const shape = (r: (typeof s.received)[number]) => ({
      method: r.method, path: r.path, query: r.query.toString(), body: r.body,
      headers: Object.fromEntries(["authorization", "content-type", "timezoneid", "language"].map((h) => [h, r.headers[h]])),
    });
    const [without, withNoop] = [s.received.slice(0, 2).map(shape), s.received.slice(2).map(shape)];
    expect(without).toEqual(withNoop);
    expect(without[0]!.query).toBe("agent=1+111%2F%C3%BC&agentType=0");
  });

  it("sobot.use() middleware runs on every attempt and sees the request as sent: same body and key, the refreshed token", async () => {
    const s = await startFaultServer((ex) => {
      if (ex.received.path === TOKEN_PATH) return void issueToken(ex);
      // 401 first (the client refreshes its token), then 503 (a retry), then success
      if (ex.n === 1) return ex.json(401, failure("401", "expired"));
      if (ex.n === 2) return ex.json(503, failure("503", "busy"));
      return ex.json(200, envelope({ id: "1", code: "c" }));
    });
    server = s;
    const sobot = client(s);
    const seen: { auth: string | null; key: string | null; body: string }[] = [];
    sobot.use({
      async onRequest({ request, schemaPath }) {
        // it sees the token requests too; this test follows the write
        if (schemaPath === TOKEN_PATH) return request;
        seen.push({ auth: request.headers.get("authorization"), key: request.headers.get("idempotency-key"), body: await request.clone().text() });
        request.headers.set("x-trace", String(seen.length));
        return request;
      },
    });
    await expect(sobot.outboundTasks.create(baseRequest("createOutboundTask").body as never)).resolves.toEqual({ id: "1", code: "c" });
    const sent = s.requests("/callservice/v6/cc-outbound/api/campaigns");
    // every attempt went through the middleware, and the server got what it saw
    expect(seen).toHaveLength(3);
    expect(sent.map((r) => r.headers["x-trace"])).toEqual(["1", "2", "3"]);
    expect(sent.map((r) => r.headers.authorization)).toEqual(seen.map((x) => x.auth));
    expect(sent.map((r) => r.body)).toEqual(seen.map((x) => x.body));
    expect(new Set(seen.map((x) => x.body)).size).toBe(1);
    expect(new Set(seen.map((x) => x.key)).size).toBe(1);
    expect(seen[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    // the 401 made the client fetch a new token; the middleware saw it on the next attempt
    expect(s.requests(TOKEN_PATH)).toHaveLength(2);
    expect(seen[1]!.auth).not.toBe(seen[0]!.auth);
    expect(seen[2]!.auth).toBe(seen[1]!.auth);
  });

  it("sobot.raw requests get an Idempotency-Key where the operation takes one, unless they carry their own", async () => {
    const s = await serve();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const body = baseRequest("createOutboundTask").body as never;
    await sobot.raw.POST("/callservice/v6/cc-outbound/api/campaigns", { body } as never);
    await sobot.raw.POST("/callservice/v6/cc-outbound/api/campaigns", { body, headers: { "Idempotency-Key": "mine-1" } } as never);
    await sobot.raw.POST("/callservice/v6/cc-config/api/queue", { body: baseRequest("createSkillGroup").body as never });
    const [generated, own] = s.requests("/callservice/v6/cc-outbound/api/campaigns").map((r) => r.headers["idempotency-key"]);
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(own).toBe("mine-1");
    expect(s.requests("/callservice/v6/cc-config/api/queue")[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  it("sobot.raw is the openapi-fetch client, with Authorization and default headers", async () => {
    const s = await serve();
    const sobot = client(s);
    const { data, response } = await sobot.raw.POST("/callservice/v6/cc-config/api/queues/_search", { body: {} });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ status: "Success" });
    const req = s.requests("/callservice/v6/cc-config/api/queues/_search")[0]!;
    expect(req.headers.authorization).toMatch(/^eyJ/);
    expect(req.headers.timezoneid).toBe("Asia/Singapore");
    expect(s.requests(TOKEN_PATH)[0]!.headers.authorization).toBeUndefined();
  });

  it("the fetch option is used for every request", async () => {
    const s = await serve();
    const urls: string[] = [];
    const sobot = client(s, { fetch: (req: Request) => (urls.push(new URL(req.url).pathname), fetch(req)) });
    await sobot.agents.get({ agent: "1111", agentType: 0 });
    expect(urls).toEqual([TOKEN_PATH, "/callservice/v6/cc-config/api/agents"]);
  });
});

describe("global fetch", () => {
  it("is looked up per request, so a fetch mock installed after the client was created sees the call", async () => {
    const sobot = createSobotClient({ baseUrl: "http://127.0.0.1:9", token: STATIC_TOKEN, retry: false });
    const real = globalThis.fetch;
    const seen: string[] = [];
    globalThis.fetch = (async (req: Request) => (seen.push(`${req.method} ${new URL(req.url).pathname}`), Response.json({ status: "Success", retCode: "000000", data: { stubbed: true } }))) as typeof fetch;
    try {
      await expect(sobot.agents.get({ agent: "1111", agentType: 0 })).resolves.toEqual({ stubbed: true });
    } finally {
      globalThis.fetch = real;
    }
    expect(seen).toEqual(["GET /callservice/v6/cc-config/api/agents"]);
  });
});

describe("generic entry point", () => {
  it("sobot.call(operationId, { query, body, headers }, options) resolves to data", async () => {
    const s = await serve();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    await expect(sobot.call("getAgentSetting", { query: { agent: "1111", agentType: 0 }, headers: { timezoneid: "UTC" } })).resolves.toEqual({ ok: true });
    expect(s.received[0]!.query.get("agent")).toBe("1111");
    expect(s.received[0]!.headers.timezoneid).toBe("UTC");
    await expect(sobot.call("noSuchOperation" as never)).rejects.toThrow(SobotConfigError);
  });

  it("the token operation resolves to the bare body", async () => {
    const s = await serve();
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const res = await sobot.call("createCompanyToken", { body: { responseType: "token", appId: "a", currentTime: Date.now(), sign: "0".repeat(32) } });
    expect(res.access_token).toMatch(/^eyJ/);
  });
});

describe("debug logger", () => {
  it("is opt-in and redacts secrets", async () => {
    const s = await serve();
    const mine: string[] = [];
    const sobot = client(s, { debug: (l) => (mine.push(l), lines.push(l)) });
    await sobot.extensions.create({ ...(baseRequest("createExtension").body as object), password: "73915824" } as never);
    expect(mine.some((l) => l.includes("→ POST /callservice/v6/cc-config/api/exts/_add"))).toBe(true);
    expect(mine.some((l) => l.includes('"Authorization":"[REDACTED]"'))).toBe(true);
    expect(mine.some((l) => l.includes('"password":"[REDACTED]"'))).toBe(true);
    expect(mine.some((l) => l.includes('"sign":"[REDACTED]"'))).toBe(true);
    expect(mine.join("\n")).not.toContain("73915824");
    const quiet = client(s, { debug: undefined });
    const before = lines.length;
    await quiet.agents.get({ agent: "1111", agentType: 0 });
    expect(lines.length).toBe(before);
  });
});
