/** HTTP plumbing on top of openapi-fetch: base URL rules, headers, one attempt. */
import type { Client, Middleware } from 'openapi-fetch';
import { SobotConfigError } from './errors.js';
import { lazyClient } from './raw-client.js';
import { directUrl } from './direct-url.js';
import type { OperationMeta } from './spec-types.js';
import type { RawResponse } from './envelope.js';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname) || hostname.toLowerCase().endsWith('.localhost');
}

/** https required, except for loopback hosts or when `allowInsecureHttp` is set. */
export function checkBaseUrl(baseUrl: string, allowInsecureHttp = false): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new SobotConfigError(`baseUrl is not a valid URL: ${baseUrl}`);
  }
  if (url.protocol === 'https:') return baseUrl;
  if (url.protocol === 'http:' && (allowInsecureHttp || isLoopbackHost(url.hostname))) return baseUrl;
  throw new SobotConfigError(
    `baseUrl must use https (got ${url.protocol}//${url.hostname}); plain http is allowed only for loopback hosts or with allowInsecureHttp: true`,
  );
}

export type RawClient = Client<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface TransportOptions {
  baseUrl: string;
  fetch?: (input: Request) => Promise<Response>;
}

/**
 * openapi-fetch's client, created with its first request (raw-client.ts). openapi-fetch has only a
 * default export; required from CJS in Node's interop mode that default is the module object,
 * whose own `default` is the function.
 */
export function createRawClient(o: TransportOptions): RawClient {
  return lazyClient(async () => {
    const m = await import('openapi-fetch');
    const createClient = (m.default as unknown as { default?: typeof m.default }).default ?? m.default;
    return createClient<any>({ baseUrl: o.baseUrl, ...(o.fetch ? { fetch: o.fetch } : {}) }); // eslint-disable-line @typescript-eslint/no-explicit-any
  });
}

export interface DefaultHeaders {
  timezoneid?: string;
  language?: string;
}

/** Declared header parameter name for `name` (case-insensitive), if the operation declares it. */
export function declaredHeader(op: OperationMeta, name: string): string | undefined {
  const lower = name.toLowerCase();
  return op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === lower)?.name;
}

/**
 * Headers for one call: client defaults for the header parameters the operation declares
 * (timezoneid, language), the caller's headers (win; spelled as declared), the Idempotency-Key.
 */
export function buildHeaders(
  op: OperationMeta,
  defaults: DefaultHeaders,
  callerHeaders: Record<string, unknown> | undefined,
  idempotencyKey: string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(defaults)) {
    const declared = declaredHeader(op, name);
    if (declared && value !== undefined) out[declared] = value;
  }
  for (const [name, value] of Object.entries(callerHeaders ?? {})) {
    if (value === undefined || value === null) continue;
    const key = declaredHeader(op, name) ?? name;
    for (const k of Object.keys(out)) if (k.toLowerCase() === key.toLowerCase()) delete out[k];
    out[key] = String(value);
  }
  if (idempotencyKey !== undefined) {
    const key = declaredHeader(op, 'Idempotency-Key') ?? 'Idempotency-Key';
    for (const k of Object.keys(out)) if (k.toLowerCase() === key.toLowerCase()) delete out[k];
    out[key] = idempotencyKey;
  }
  return out;
}

export interface AttemptRequest {
  query?: Record<string, unknown>;
  body?: unknown;
  headers: Record<string, string>;
}

/** Thrown when the body could not be read after the status line arrived. */
export class BodyReadError extends Error {
  constructor(readonly status: number, readonly headers: Headers, readonly original: unknown) {
    super('response body could not be read');
  }
}

/**
 * The fast path: while no middleware of the caller's is registered and no `fetch` was injected,
 * `call` talks to the global fetch directly. openapi-fetch builds a `Request` object and copies
 * it; skipping that is most of what a call costs above raw fetch (bench/RESULTS.md). The URL is
 * built as openapi-fetch builds it (direct-url.ts), so it is the same either way.
 */
export interface DirectFetch {
  baseUrl: string;
  /** false as soon as `use()` registers middleware: then every call goes through openapi-fetch */
  active: () => boolean;
}

async function sendDirect(direct: DirectFetch, op: OperationMeta, req: AttemptRequest, signal: AbortSignal): Promise<RawResponse> {
  const url = directUrl(direct.baseUrl, op.path, req.query);
  const headers: Record<string, string> = { ...req.headers };
  let body: string | undefined;
  if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(url, { method: op.method.toUpperCase(), headers, body, signal });
  try {
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (err) {
    throw new BodyReadError(response.status, response.headers, err);
  }
}

/**
 * One HTTP exchange: directly (see DirectFetch) or through openapi-fetch (so `use()` middleware sees it).
 * Resolves with status, headers and the whole body text; rejects on network failure.
 */
export async function sendOnce(raw: RawClient, op: OperationMeta, req: AttemptRequest, signal: AbortSignal, direct?: DirectFetch): Promise<RawResponse> {
  if (direct?.active()) return sendDirect(direct, op, req, signal);
  const result = await raw.request(op.method, op.path, {
    params: { query: req.query },
    body: req.body as never,
    headers: req.headers,
    signal,
    parseAs: 'stream',
  } as never);
  const response: Response = result.response;
  let text: string;
  if (!response.ok) {
    const e: unknown = result.error;
    text = e === undefined ? '' : typeof e === 'string' ? e : JSON.stringify(e);
  } else if (result.data === undefined) {
    text = '';
  } else {
    try {
      text = await response.text();
    } catch (err) {
      throw new BodyReadError(response.status, response.headers, err);
    }
  }
  return { status: response.status, headers: response.headers, text };
}

export type { Middleware };
