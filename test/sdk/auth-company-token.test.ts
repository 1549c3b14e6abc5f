/** Company token: sign, cache, half-life refresh, single flight, 401 handling. */
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { SobotAuthError, companyTokenSign } from "../../src/index.js";
import { jwtLifetimeMs, toMillis } from "../../src/auth/jwt-lifetime.js";
import { envelope, failure, makeJwt, type Handler } from "../support/fault-server.js";
import { APP_ID, APP_SECRET, TOKEN_PATH, addSecret, authHeaders, client, issueToken, rejection, STATIC_TOKEN, useFaultServer } from "./harness.js";

const AGENTS = "/callservice/v6/cc-config/api/agents";
const QUEUE = "/callservice/v6/cc-config/api/queue";
const agent = { agent: "1111", agentType: 0 } as never;
const ok = envelope({ agentID: "1111" });

const serve = useFaultServer();

/** Token requests are answered with a fresh JWT (iat/exp in ms, 24 h apart); others by `api`. */
const withToken = (api: Handler, claims?: () => { iat?: number; exp?: number }): Handler => (ex) =>
  ex.received.path === TOKEN_PATH ? void issueToken(ex, claims?.()) : api(ex);

describe("sign", () => {
  it("is lowercase hex md5(appId + currentTime + responseType + appSecret), and appSecret is never sent", async () => {
    const s = await serve(withToken((ex) => ex.json(200, ok)));
    await client(s).agents.get(agent);
    const [tokenReq] = s.requests(TOKEN_PATH, "POST");
    const body = tokenReq!.json as { responseType: string; appId: string; currentTime: number; sign: string };
    expect(body.responseType).toBe("token");
    expect(body.appId).toBe(APP_ID);
    expect(Number.isInteger(body.currentTime)).toBe(true);
    const expected = createHash("md5").update(`${APP_ID}${body.currentTime}token${APP_SECRET}`).digest("hex");
    expect(body.sign).toBe(expected);
    expect(body.sign).toMatch(/^[0-9a-f]{32}$/);
    expect(tokenReq!.body).not.toContain(APP_SECRET);
    expect(tokenReq!.headers.authorization).toBeUndefined();
    expect(companyTokenSign("a", 1, "token", "s")).toBe(createHash("md5").update("a1tokens").digest("hex"));
  });
});

describe("token cache and refresh", () => {
  it("one token serves many calls; sent bare in Authorization by default", async () => {
    const s = await serve(withToken((ex) => ex.json(200, ok)));
    const sobot = client(s);
    await sobot.agents.get(agent);
    await sobot.agents.get(agent);
    expect(s.requests(TOKEN_PATH)).toHaveLength(1);
    const [a, b] = authHeaders(s);
    expect(a).toMatch(/^eyJ/);
    expect(b).toBe(a);
  });

  it("authScheme bearer sends `Bearer <token>`", async () => {
    const s = await serve(withToken((ex) => ex.json(200, ok)));
    await client(s, { authScheme: "bearer" }).agents.get(agent);
    expect(authHeaders(s)[0]).toMatch(/^Bearer eyJ/);
  });

  it.each([
    ["milliseconds", 1, 86_400_000],
    ["seconds", 1 / 1000, 7_200_000],
  ])("refreshes when half the lifetime from iat/exp in %s is gone", async (_unit, scale, lifetime) => {
    let now = Date.UTC(2030, 0, 1);
    const t0 = now;
    const s = await serve(withToken((ex) => ex.json(200, ok), () => ({ iat: Math.round(t0 * scale), exp: Math.round((t0 + lifetime) * scale) })));
    const sobot = client(s, { clock: { now: () => now } });
    await sobot.agents.get(agent);
    now = t0 + lifetime / 2 - 1000;
    await sobot.agents.get(agent);
    expect(s.requests(TOKEN_PATH)).toHaveLength(1);
    now = t0 + lifetime / 2 + 1000;
    await sobot.agents.get(agent);
    // the refresh runs beside the call (the old token is still valid)
    await s.waitFor(2, TOKEN_PATH);
    expect(s.requests(TOKEN_PATH)).toHaveLength(2);
  });

  it("without iat/exp, the configured tokenLifetimeMs decides", async () => {
    let now = 1_000_000;
    const s = await serve((ex) => {
      if (ex.received.path !== TOKEN_PATH) return ex.json(200, ok);
      addSecret("opaque-token-canary-1");
      ex.json(200, { response_type: "token", access_token: "opaque-token-canary-1" });
    });
    const sobot = client(s, { tokenLifetimeMs: 60_000, clock: { now: () => now } });
    await sobot.agents.get(agent);
    now += 29_000;
    await sobot.agents.get(agent);
    now += 2_000;
    await sobot.agents.get(agent);
    await s.waitFor(2, TOKEN_PATH);
    expect(s.requests(TOKEN_PATH)).toHaveLength(2);
  });

  it("100 concurrent calls on an expired token send exactly one token request", async () => {
    let now = Date.UTC(2030, 0, 1);
    const s = await serve(withToken((ex) => ex.json(200, ok), () => ({ iat: now, exp: now + 3_600_000 })));
    const sobot = client(s, { clock: { now: () => now } });
    await sobot.agents.get(agent);
    now += 2 * 3_600_000; // expired
    const results = await Promise.all(Array.from({ length: 100 }, () => sobot.agents.get(agent)));
    expect(results).toHaveLength(100);
    expect(s.requests(TOKEN_PATH)).toHaveLength(2); // the first, and exactly one refresh
    expect(s.requests(AGENTS)).toHaveLength(101);
    expect(new Set(authHeaders(s).slice(1)).size).toBe(1);
  });

  it("accepts the token as accessToken, or under data", async () => {
    for (const shape of ["camel", "data"] as const) {
      const s = await serve((ex) => (ex.received.path === TOKEN_PATH ? void issueToken(ex, {}, shape) : ex.json(200, ok)));
      await expect(client(s).agents.get(agent)).resolves.toEqual({ agentID: "1111" });
      expect(authHeaders(s)[0]).toMatch(/^eyJ/);
      await s.close();
    }
  });

  it("a token endpoint that refuses is an auth error, and nothing else is sent", async () => {
    const s = await serve((ex) => (ex.received.path === TOKEN_PATH ? ex.json(200, failure("900001", "bad sign")) : ex.json(200, ok)));
    const err = await rejection<SobotAuthError>(client(s).agents.get(agent));
    expect(err).toBeInstanceOf(SobotAuthError);
    expect(err.message).toMatch(/token/);
    expect(s.requests(AGENTS)).toHaveLength(0);
  });
});

describe("a refresh that fails while the token is still valid", () => {
  const HOUR = 3_600_000;

  it("leaves callers on the current token at once, even when the token endpoint hangs", async () => {
    let now = Date.UTC(2030, 0, 1);
    const t0 = now;
    const s = await serve((ex) => {
      if (ex.received.path !== TOKEN_PATH) return ex.json(200, ok);
      if (ex.n === 1) return void issueToken(ex, { iat: t0, exp: t0 + HOUR });
      ex.hang();
    });
    const sobot = client(s, { clock: { now: () => now } });
    await sobot.agents.get(agent);
    now = t0 + HOUR / 2 + 60_000;
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, () => sobot.agents.get(agent)));
    expect(results).toHaveLength(20);
    // without the fix every caller waited for the hung token request (30 s per attempt)
    expect(Date.now() - started).toBeLessThan(3000);
    expect(new Set(authHeaders(s)).size).toBe(1);
    expect(s.requests(TOKEN_PATH)).toHaveLength(2); // one refresh for all twenty callers
  });

  it("is logged, and tried again after a quarter of the remaining lifetime, not on every call; an expired token waits for a new one", async () => {
    let now = Date.UTC(2030, 0, 1);
    const t0 = now;
    let healthy = false;
    const log: string[] = [];
    const s = await serve((ex) => {
      if (ex.received.path !== TOKEN_PATH) return ex.json(200, ok);
      if (ex.n === 1 || healthy) return void issueToken(ex, { iat: now, exp: now + HOUR });
      ex.json(503, failure("500000", "token service down"));
    });
    const sobot = client(s, { clock: { now: () => now }, debug: (l) => log.push(l) });
    await sobot.agents.get(agent);
    now = t0 + HOUR / 2 + 1000;
    await sobot.agents.get(agent);
    await s.waitFor(4, TOKEN_PATH); // the first, then one refresh: 1 attempt + 2 retries
    await vi.waitFor(() => expect(log.join("\n")).toMatch(/background refresh failed \(.*HTTP 503.*\); keeping the current token, valid 1799s more; next try in 60s/));
    await sobot.agents.get(agent);
    now += 30_000;
    await sobot.agents.get(agent);
    expect(s.requests(TOKEN_PATH)).toHaveLength(4);
    now += 31_000;
    await sobot.agents.get(agent);
    await s.waitFor(7, TOKEN_PATH);
    await vi.waitFor(() => expect(log.filter((l) => l.includes("background refresh failed"))).toHaveLength(2));
    expect(new Set(authHeaders(s)).size).toBe(1);
    healthy = true;
    now = t0 + HOUR + 1;
    await sobot.agents.get(agent);
    expect(s.requests(TOKEN_PATH)).toHaveLength(8);
    expect(new Set(authHeaders(s)).size).toBe(2);
  });
});

describe("401", () => {
  it("401 then success after one refresh; the retry carries the new token", async () => {
    const s = await serve(withToken((ex) => (ex.n === 1 ? ex.json(401, failure("401", "token expired")) : ex.json(200, ok))));
    await expect(client(s).agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    expect(s.requests(TOKEN_PATH)).toHaveLength(2);
    const [first, second] = authHeaders(s);
    expect(second).not.toBe(first);
  });

  it("401 on a non-idempotent write is refreshed and resent (a 401 was not applied)", async () => {
    const s = await serve(withToken((ex) => (ex.n === 1 ? ex.json(401, failure("401", "expired")) : ex.json(200, envelope({ queueID: "q" })))));
    await expect(client(s).skillGroups.create({ queueName: "g", queueID: "1234", queueWeight: "1" } as never)).resolves.toEqual({ queueID: "q" });
    expect(s.requests(QUEUE)).toHaveLength(2);
  });

  it("401 twice is an auth error after exactly one refresh", async () => {
    const s = await serve(withToken((ex) => ex.json(401, failure("401", "token expired"))));
    const err = await rejection<SobotAuthError>(client(s).agents.get(agent));
    expect(err).toBeInstanceOf(SobotAuthError);
    expect(err).toMatchObject({ status: 401, attempts: 2, operationId: "getAgentSetting", retCode: "401" });
    expect(err.message).toMatch(/again after a token refresh/);
    expect(s.requests(TOKEN_PATH)).toHaveLength(2);
    expect(s.requests(AGENTS)).toHaveLength(2);
  });

  it("100 concurrent calls rejected with the old token share one refresh", async () => {
    let fresh: string | undefined;
    const s = await serve((ex) => {
      if (ex.received.path === TOKEN_PATH) {
        const t = issueToken(ex);
        if (ex.n === 2) fresh = t;
        return;
      }
      return ex.received.headers.authorization === fresh ? ex.json(200, ok) : ex.json(401, failure("401", "expired"));
    });
    const sobot = client(s);
    const results = await Promise.all(Array.from({ length: 100 }, () => sobot.agents.get(agent)));
    expect(results).toHaveLength(100);
    expect(s.requests(TOKEN_PATH)).toHaveLength(2);
  });

  it("a static token is not refreshed: 401 is an auth error at once", async () => {
    const s = await serve((ex) => ex.json(401, failure("401", "expired")));
    const err = await rejection<SobotAuthError>(client(s, { credentials: undefined, token: STATIC_TOKEN }).agents.get(agent));
    expect(err).toBeInstanceOf(SobotAuthError);
    expect(s.received).toHaveLength(1);
    expect(s.received[0]!.headers.authorization).toBe(STATIC_TOKEN);
  });

  it("an async token provider is asked again after a 401", async () => {
    const tokens = ["provided-token-canary-1", "provided-token-canary-2"];
    addSecret(...tokens);
    let calls = 0;
    const s = await serve((ex) => (ex.received.headers.authorization === tokens[1] ? ex.json(200, ok) : ex.json(401, failure("401", "expired"))));
    const sobot = client(s, { credentials: undefined, token: async () => tokens[calls++]! });
    await expect(sobot.agents.get(agent)).resolves.toEqual({ agentID: "1111" });
    expect(calls).toBe(2);
    expect(s.received.map((r) => r.headers.authorization)).toEqual(tokens);
  });
});

describe("JWT lifetime", () => {
  it("detects seconds vs milliseconds per claim", () => {
    expect(toMillis(1_700_000_000)).toBe(1_700_000_000_000);
    expect(toMillis(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(jwtLifetimeMs(makeJwt({ iat: 1_663_986_420_000, exp: 1_664_072_820_000 }), 0)).toBe(86_400_000);
    expect(jwtLifetimeMs(makeJwt({ iat: 1_663_986_420, exp: 1_663_993_620 }), 0)).toBe(7_200_000);
    expect(jwtLifetimeMs(makeJwt({ exp: 1_000_060 }), 1_000_000_000)).toBe(60_000);
    expect(jwtLifetimeMs("not-a-jwt", 0)).toBeUndefined();
  });
});
