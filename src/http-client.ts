/** The one openapi-fetch client a Sobot client sends everything through, and the rules for its base URL. */
import createClient from 'openapi-fetch';
import type { HttpClient } from './attempt.js';
import { SobotConfigError } from './errors.js';

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

/**
 * openapi-fetch ships only a default export. Bundled to CommonJS from this ESM package, esbuild
 * hands over the whole module object in Node's interop mode, whose own `default` is the function.
 */
const create = (createClient as unknown as { default?: typeof createClient }).default ?? createClient;

export function createHttpClient(baseUrl: string, fetch?: (input: Request) => Promise<Response>): HttpClient {
  // openapi-fetch keeps the global fetch it finds at creation; looked up per request instead, a
  // fetch mock installed after the client was made (msw, a test's stub) still sees every call
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return create<any>({ baseUrl, fetch: fetch ?? ((request: Request) => globalThis.fetch(request)) });
}
