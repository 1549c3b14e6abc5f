/**
 * Hostile servers and operator mistakes at the SDK's edge (issue 13): every answer ends in a
 * SobotError that names what was refused and why — no crash, no stack from inside the SDK, no
 * secret in any message — and nothing is held or sent beyond the rules (docs/sdk-policies.md).
 */
import { describe, expect, it } from "vitest";
import { SobotAuthError, SobotConfigError, SobotError, SobotHttpError, SobotApiError, SobotTimeoutError, createSobotClient } from "../../src/index.js";
import { baseRequest } from "../support/base-requests.js";
import { envelope, failure } from "../support/fault-server.js";
import { streamBody, trickleBody } from "../support/hostile-server.js";
import { STATIC_TOKEN, TOKEN_PATH, client, issueToken, lines, recordError, rejection, useFaultServer } from "./harness.js";

const serve = useFaultServer();
const MiB = 1024 * 1024;
const AGENTS = "/callservice/v6/cc-config/api/agents";
const read = (sobot: ReturnType<typeof client>, o: Record<string, unknown> = {}) => sobot.agents.get({ agent: "1111", agentType: 0 }, o);
const write = (sobot: ReturnType<typeof client>) => sobot.call("createOutboundTask", baseRequest("createOutboundTask") as never);

describe("baseUrl", () => {
  it("with a user name or password is refused, and no message prints the password", () => {
    for (const baseUrl of ["https://user:PW-canary-91@sg.sobot.io", "http://user:PW-canary-91@127.0.0.1:4010", "https://:PW-canary-91@sg.sobot.io", "https://user@sg.sobot.io"]) {
      let err: unknown;
      try { createSobotClient({ baseUrl, token: "x" }); } catch (e) { err = e; recordError(e); }
      expect(err, baseUrl).toBeInstanceOf(SobotConfigError);
      expect((err as Error).message).toMatch(/must not carry a user name or password/);
      expect(JSON.stringify(err) + String(err) + (err as Error).stack).not.toContain("PW-canary-91");
    }
  });

  it("that does not parse has its password masked in the message", () => {
    let err: unknown;
    try { createSobotClient({ baseUrl: "http://user:PW-canary-92@ho st", token: "x" }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(SobotConfigError);
    expect((err as Error).message).toContain("user:***@");
    expect((err as Error).message).not.toContain("PW-canary-92");
  });

  it("plain http is loopback only: localhost, 127.0.0.0/8 and ::1, not *.localhost", () => {
    for (const baseUrl of ["http://localhost:4010", "http://127.0.0.1:1", "http://127.255.0.9", "http://127.1", "http://[::1]:4010", "http://[0:0::1]"]) {
      expect(() => createSobotClient({ baseUrl, token: "x" }), baseUrl).not.toThrow();
    }
    for (const baseUrl of ["http://anything.localhost", "http://localhost.evil.example", "http://128.0.0.1", "http://[::2]", "http://localhost.", "http://0.0.0.0"]) {
      expect(() => createSobotClient({ baseUrl, token: "x" }), baseUrl).toThrow(/must use https.*loopback hosts \(localhost, 127\.0\.0\.0\/8, \[::1\]\)/);
    }
  });
});

describe("maxResponseBytes", () => {
  it("a declared Content-Length over the limit (100 MB) is refused before the body is read", async () => {
    let sent: ReturnType<typeof streamBody> | undefined;
    const s = await serve((ex) => { sent = streamBody(ex.res, 200, 100 * MiB, true); });
    const err = await rejection<SobotHttpError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN })));
    expect(err).toBeInstanceOf(SobotHttpError);
    expect(err.status).toBe(200);
    expect(err.message).toMatch(/body over maxResponseBytes \(16777216 bytes\) — Content-Length 104857600; the body was not read; raise the client option maxResponseBytes/);
    expect(err.attempts).toBe(1); // not transient: the same server sends the same body
    expect(await sent!.done).toBe("closed");
    expect(sent!.written).toBeLessThan(100 * MiB);
  });

  it("a chunked 100 MB body is cut at the limit while it streams; an endless one too", async () => {
    for (const total of [100 * MiB, Infinity]) {
      let sent: ReturnType<typeof streamBody> | undefined;
      const s = await serve((ex) => { sent = streamBody(ex.res, 200, total); });
      const err = await rejection<SobotHttpError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN })));
      expect(err).toBeInstanceOf(SobotHttpError);
      expect(err.message).toMatch(/stopped reading after 16777216 bytes/);
      expect(await sent!.done).toBe("closed");
      // what the socket buffers held beyond the limit, far from the whole body
      expect(sent!.written).toBeLessThan(16 * MiB + 8 * MiB);
    }
  });

  it("bounds error bodies (read by openapi-fetch) and compressed bodies by their decoded size", async () => {
    const { gzipSync } = await import("node:zlib");
    const bomb = gzipSync(Buffer.alloc(4 * MiB, 0x20));
    const s = await serve((ex) => {
      if (ex.n === 1) return void streamBody(ex.res, 503, 50 * MiB);
      ex.res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(bomb.length) });
      ex.res.end(bomb);
    });
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, maxResponseBytes: MiB, retry: false });
    const e503 = await rejection<SobotHttpError>(read(sobot));
    expect(e503.status).toBe(503);
    expect(e503.message).toMatch(/HTTP 503 with a body over maxResponseBytes \(1048576 bytes\) — stopped reading after 1048576 bytes;/);
    const gz = await rejection<SobotHttpError>(read(sobot));
    expect(bomb.length).toBeLessThan(MiB);
    expect(gz.message).toMatch(/stopped reading after 1048576 bytes \(decoded\)/);
  });

  it("is configurable: a small limit refuses a normal answer, Infinity reads any; a bad value names the option", async () => {
    const big = envelope({ list: Array.from({ length: 200 }, (_, i) => ({ agentID: String(i) })) });
    const s = await serve((ex) => ex.json(200, big));
    const small = await rejection<SobotHttpError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN, maxResponseBytes: 100 })));
    expect(small.message).toMatch(/over maxResponseBytes \(100 bytes\)/);
    await expect(read(client(s, { credentials: undefined, token: STATIC_TOKEN, maxResponseBytes: Infinity }))).resolves.toMatchObject({ list: expect.any(Array) });
    for (const bad of [0, -1, 1.5, NaN]) {
      expect(() => client(s, { maxResponseBytes: bad }), String(bad)).toThrow(/maxResponseBytes must be a positive integer number of bytes or Infinity/);
    }
  });

  it("a body at 1 byte per interval is bounded by the per-attempt timeout", async () => {
    let sent: ReturnType<typeof trickleBody> | undefined;
    const s = await serve((ex) => { sent = trickleBody(ex.res, 200, JSON.stringify(envelope({ ok: true })), 50); });
    const started = Date.now();
    const err = await rejection<SobotTimeoutError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN, timeoutMs: 400, retry: false })));
    expect(err).toBeInstanceOf(SobotTimeoutError);
    expect(err.message).toMatch(/got no complete response within 400 ms \(per-attempt timeout\)/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await sent!.done).toBe("closed");
  });
});

describe("redirects", () => {
  it("are never followed: the token request (appId + sign) stays on the base URL's host, the error names the Location", async () => {
    const elsewhere = await serve((ex) => void issueToken(ex));
    const s = await serve((ex) => ex.json(307, {}, { location: `${elsewhere.url.replace("//", "//user:LOCPW-canary-1@")}/tokens/company` }));
    const err = await rejection<SobotAuthError>(read(client(s)));
    expect(err).toBeInstanceOf(SobotAuthError);
    expect(err.message).toMatch(/answered HTTP 307 redirecting to http:\/\/user:\*\*\*@127\.0\.0\.1:\d+\/tokens\/company; sobot-cc follows no redirects/);
    expect(elsewhere.received).toHaveLength(0);
    expect(s.requests(TOKEN_PATH).length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(err) + err.stack).not.toContain("LOCPW-canary-1");
  });

  it("a write body (phone numbers) is never re-sent to another origin, on 301, 302, 303, 307 or 308", async () => {
    const elsewhere = await serve((ex) => ex.json(200, envelope({ taskId: "stolen" })));
    for (const status of [301, 302, 303, 307, 308]) {
      const s = await serve((ex) => ex.json(status, {}, { location: `${elsewhere.url}/steal` }));
      const err = await rejection<SobotHttpError>(write(client(s, { credentials: undefined, token: STATIC_TOKEN })));
      expect(err, String(status)).toBeInstanceOf(SobotHttpError);
      expect(err.status).toBe(status);
      expect(err.message).toContain(`redirecting to ${elsewhere.url}/steal`);
      expect(err.attempts).toBe(1);
    }
    expect(elsewhere.received).toHaveLength(0);
  });

  it("a redirect with an empty body (Content-Length: 0) still names its Location", async () => {
    const s = await serve((ex) => {
      ex.res.writeHead(303, { location: "http://127.0.0.2:9/elsewhere", "content-length": "0" });
      ex.res.end();
    });
    const err = await rejection<SobotHttpError>(write(client(s, { credentials: undefined, token: STATIC_TOKEN })));
    expect(err).toBeInstanceOf(SobotHttpError);
    expect(err.status).toBe(303);
    expect(err.message).toContain("redirecting to http://127.0.0.2:9/elsewhere; sobot-cc follows no redirects");
  });

  it("a fetch option that follows anyway is refused: the answer from the other host is not used", async () => {
    const elsewhere = await serve((ex) => ex.json(200, envelope({ list: [] })));
    const s = await serve((ex) => ex.json(302, {}, { location: `${elsewhere.url}${AGENTS}` }));
    const following = (req: Request) => fetch(req.url, { method: req.method, headers: req.headers, redirect: "follow" });
    const err = await rejection<SobotHttpError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN, fetch: following })));
    expect(err.message).toMatch(/was redirected by the client's fetch to http:\/\/127\.0\.0\.1:\d+\/callservice.*the answer from there was not used/);
  });
});

describe("envelopes", () => {
  it("a __proto__ key in a failure envelope stays an own key: err.envelope keeps Object's prototype", async () => {
    const hostile = '{"status":"Failure","retCode":"100001","retMsg":"bad","__proto__":{"polluted":"yes","retCode":"000000","toString":1}}';
    const s = await serve((ex) => ex.text(ex.n === 1 ? 400 : 200, hostile, { "content-type": "application/json" }));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    for (const expected of [SobotHttpError, SobotApiError]) {
      const err = await rejection<SobotError>(read(sobot));
      expect(err).toBeInstanceOf(expected);
      const env = err.envelope as Record<string, unknown>;
      expect(Object.getPrototypeOf(env)).toBe(Object.prototype);
      expect(env.polluted).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(env, "__proto__")?.value).toEqual({ polluted: "yes", retCode: "000000", toString: 1 });
      expect(err.retCode).toBe("100001");
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("200 with a failure envelope is a SobotApiError with its retCode, not data", async () => {
    const s = await serve((ex) => ex.json(200, failure("200004", "agent not found")));
    const err = await rejection<SobotApiError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN })));
    expect(err).toBeInstanceOf(SobotApiError);
    expect(err).toMatchObject({ status: 200, retCode: "200004", retMsg: "agent not found", mayHaveBeenApplied: false });
  });
});

describe("with the sobot-cc/undici transport", () => {
  it("the same rules hold: it buffers no more than the client's limit and follows no redirect", async () => {
    const { requestTransport } = await import("../../src/transports/undici.js");
    const elsewhere = await serve((ex) => ex.json(200, envelope({ list: [] })));
    const sent: ReturnType<typeof streamBody>[] = [];
    const s = await serve((ex) => {
      if (ex.n === 1) sent.push(streamBody(ex.res, 200, 100 * MiB, true));
      else if (ex.n === 2) sent.push(streamBody(ex.res, 200, Infinity));
      else ex.json(307, {}, { location: `${elsewhere.url}${AGENTS}` });
    });
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, fetch: await requestTransport(), maxResponseBytes: 2 * MiB, retry: false });
    const declared = await rejection<SobotHttpError>(read(sobot));
    expect(declared.message).toMatch(/over maxResponseBytes \(2097152 bytes\) — Content-Length 104857600; the body was not read/);
    const endless = await rejection<SobotHttpError>(read(sobot));
    expect(endless.message).toMatch(/over maxResponseBytes \(2097152 bytes\) — stopped reading after 2097152 bytes/);
    expect(await Promise.all(sent.map((x) => x.done))).toEqual(["closed", "closed"]);
    expect(sent[1]!.written).toBeLessThan(2 * MiB + 8 * MiB);
    const moved = await rejection<SobotHttpError>(read(sobot));
    expect(moved.message).toMatch(/answered HTTP 307 redirecting to http:\/\/127\.0\.0\.1:\d+\/callservice\/v6\/cc-config\/api\/agents; sobot-cc follows no redirects/);
    expect(elsewhere.received).toHaveLength(0);
  });
});

describe("integers past 2^53", () => {
  it("in a success body are refused, naming value and JSON pointer, rather than rounded", async () => {
    const s = await serve((ex) => ex.text(200, '{"status":"Success","retCode":"000000","data":{"list":[{"id":"12345678901234567891","n":12345678901234567891}]}}', { "content-type": "application/json" }));
    const err = await rejection<SobotHttpError>(read(client(s, { credentials: undefined, token: STATIC_TOKEN })));
    expect(err).toBeInstanceOf(SobotHttpError);
    expect(err.message).toMatch(/answered HTTP 200 with the integer 12345678901234567891 at \/data\/list\/0\/n, which a JavaScript number cannot hold exactly \(it would read as 12345678901234567000\); refused rather than rounded/);
    expect(err.attempts).toBe(1);
  });

  it("as digits in strings, or integers a double holds exactly (2^53, 1e20 written out, epoch ms), pass", async () => {
    const body = '{"status":"Success","retCode":"000000","data":{"id":"12345678901234567891","a":9007199254740992,"b":100000000000000000000,"t":1663986420000,"f":1.1234567890123456789}}';
    const s = await serve((ex) => ex.text(200, body, { "content-type": "application/json" }));
    await expect(read(client(s, { credentials: undefined, token: STATIC_TOKEN }))).resolves.toEqual(JSON.parse(body).data);
  });
});

describe("the whole hostile set", () => {
  it("ends every call in a SobotError: 0 crashes, and the leak scan covers each", async () => {
    const cases: [string, Parameters<typeof serve>[0]][] = [
      ["100 MB declared", (ex) => void streamBody(ex.res, 200, 100 * MiB, true)],
      ["endless", (ex) => void streamBody(ex.res, 200, Infinity)],
      ["1 byte/interval", (ex) => void trickleBody(ex.res, 200, JSON.stringify(envelope({})), 100)],
      ["redirect", (ex) => ex.json(307, {}, { location: "http://127.0.0.2:9/x" })],
      ["__proto__", (ex) => ex.text(200, '{"__proto__":{"status":"Success"}}', { "content-type": "application/json" })],
      ["200 failure", (ex) => ex.json(200, failure("1", "no"))],
      ["not JSON", (ex) => ex.text(200, "<html>")],
      ["cut", (ex) => ex.truncate(200, JSON.stringify(envelope({ a: 1 })), 10)],
    ];
    const crashes: string[] = [];
    for (const [name, handler] of cases) {
      const s = await serve(handler);
      const err = await rejection(read(client(s, { timeoutMs: 300, retry: false })));
      if (!(err instanceof SobotError)) crashes.push(`${name}: ${String(err)}`);
    }
    expect(crashes).toEqual([]);
    expect(lines.length).toBeGreaterThan(0);
  });
});
