/**
 * A simulator per test file, the SDK pointed at it, and a raw-HTTP helper for what the SDK would
 * never send. Both go through one fetch that checks every answer against the contract; each
 * test ends by asserting no answer broke it.
 */
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createSobotClient } from "../../../src/index.js";
import { startSimulator, type Simulator, type SimulatorOptions } from "../../../src/sim/index.js";
import { contractViolations } from "./contract.js";

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test reads envelopes freely
}

export interface SimHarness {
  sim: Simulator;
  /** the SDK, retries off (tests see every answer), validation off (the simulator must refuse on its own) */
  sobot: ReturnType<typeof createSobotClient>;
  /** answers checked so far, and the contract violations among them */
  checked: number;
  violations: string[];
  raw(method: string, path: string, options?: { body?: unknown; text?: string; headers?: Record<string, string>; token?: string | null }): Promise<RawAnswer>;
  /** a token from the simulator's token operation */
  token(): Promise<string>;
}

export function useSimulator(options: SimulatorOptions = {}): SimHarness {
  const h = { checked: 0, violations: [] as string[] } as SimHarness;
  const checkedFetch = async (input: Request): Promise<Response> => {
    const res = await fetch(input);
    const text = await res.clone().text();
    const url = new URL(input.url);
    const v = contractViolations(input.method, url.pathname, res.status, res.headers.get("content-type"), text);
    if (v) {
      h.checked++;
      h.violations.push(...v);
    }
    return res;
  };
  let cachedToken: string | undefined;
  beforeAll(async () => {
    h.sim = await startSimulator({ settleMs: 0, ...options });
    h.sobot = createSobotClient({ baseUrl: h.sim.url, credentials: h.sim.credentials, fetch: checkedFetch, retry: false, validate: false });
  });
  afterAll(async () => {
    await h.sim?.close();
  });
  afterEach(() => {
    expect(h.violations, "answers that break the contract").toEqual([]);
  });
  h.token = async () => {
    const { companyTokenSign } = await import("../../../src/index.js");
    const currentTime = Date.now();
    const { appId, appSecret } = h.sim.credentials;
    const r = await h.raw("POST", "/tokens/company", { token: null, body: { responseType: "token", appId, currentTime, sign: companyTokenSign(appId, currentTime, "token", appSecret) } });
    expect(r.status).toBe(200);
    return r.body.access_token as string;
  };
  h.raw = async (method, path, o = {}) => {
    if (o.token === undefined) cachedToken ??= await h.token();
    const token = o.token === undefined ? cachedToken : o.token;
    const headers: Record<string, string> = { ...(o.body !== undefined || o.text !== undefined ? { "content-type": "application/json" } : {}), ...(token ? { authorization: token } : {}), ...o.headers };
    const res = await checkedFetch(new Request(`${h.sim.url}${path}`, { method, headers, body: o.text ?? (o.body === undefined ? undefined : JSON.stringify(o.body)) }));
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch { /* a CSV report or an empty body */ }
    return { status: res.status, headers: res.headers, body };
  };
  return h;
}

/** Paths of the contract, by operationId (tests call the simulator by operation, not by hand-typed URL). */
export { operations } from "../../../generated/runtime-operations.js";
