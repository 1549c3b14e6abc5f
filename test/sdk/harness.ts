/**
 * Shared test plumbing for the SDK suites: a client wired to a fault server, recognisable
 * secrets, and a recorder of every debug line and error the suite produces, scanned for them.
 */
import { inspect } from "node:util";
import { afterAll, afterEach, expect } from "vitest";
import { createSobotClient, type SobotClientOptions } from "../../src/index.js";
import { makeJwt, startFaultServer, type Exchange, type FaultServer, type Handler } from "../support/fault-server.js";

export const APP_ID = "app-id-1c0e4c1c";
export const APP_SECRET = "APPSECRET-canary-7f3a9d2e";
export const STATIC_TOKEN = "STATICTOKEN-canary-51be0c";
export const EXT_PASSWORD = "EXTPASSWORD-canary-a8c2";
export const TOKEN_PATH = "/tokens/company";

/** Everything that must never show up in an error or a log line. */
const secrets = new Set<string>([APP_SECRET, STATIC_TOKEN, EXT_PASSWORD]);
export const lines: string[] = [];

export function addSecret(...s: string[]) {
  for (const x of s) if (x) secrets.add(x);
}

/** Records an error in every form a user could print it. */
export function recordError(e: unknown) {
  lines.push(String(e), inspect(e, { depth: 6 }), JSON.stringify(e) ?? "", (e as Error)?.stack ?? "");
}

/** Rejection of `p`, recorded for the leak scan. */
export async function rejection<T = Error>(p: Promise<unknown>): Promise<T> {
  try {
    await p;
  } catch (e) {
    recordError(e);
    return e as T;
  }
  throw new Error("expected the call to reject");
}

export function expectNoLeaks() {
  expect(lines.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const hit = lines.find((l) => l.includes(secret));
    expect(hit, `secret ${secret.slice(0, 6)}… leaked`).toBeUndefined();
  }
}

/** Token endpoint behaviour: issues JWTs with iat/exp (ms by default) and records them as secrets. */
export function issueToken(ex: Exchange, claims: { iat?: number; exp?: number } = {}, shape: "snake" | "camel" | "data" = "snake") {
  const sign = (ex.received.json as { sign?: string } | undefined)?.sign;
  if (sign) addSecret(sign);
  const iat = claims.iat ?? Date.now();
  const token = makeJwt({ appId: APP_ID, iat, exp: claims.exp ?? iat + 86_400_000, n: ex.n });
  addSecret(token);
  const body = shape === "snake" ? { response_type: "token", access_token: token }
    : shape === "camel" ? { response_type: "token", accessToken: token }
    : { status: "Success", retCode: "000000", data: { access_token: token } };
  ex.json(200, body);
  return token;
}

export function client(server: FaultServer, overrides: Partial<SobotClientOptions> = {}) {
  return createSobotClient({
    baseUrl: server.url,
    credentials: { appId: APP_ID, appSecret: APP_SECRET },
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    debug: (line) => lines.push(line),
    ...overrides,
  });
}

/** The Authorization header values the server saw on non-token requests. */
export function authHeaders(server: FaultServer): string[] {
  return server.received.filter((r) => r.path !== TOKEN_PATH).map((r) => String(r.headers.authorization));
}

/**
 * One fault server per test, closed after it; the suite's errors and debug lines are scanned
 * for secrets once it ends. Returns `serve(handler)`.
 */
export function useFaultServer(): (handler: Handler) => Promise<FaultServer> {
  const open: FaultServer[] = [];
  afterEach(async () => {
    // closing twice is harmless: a test may close its server early to refuse connections
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  afterAll(() => expectNoLeaks());
  return async (handler) => {
    const s = await startFaultServer(handler);
    open.push(s);
    return s;
  };
}
