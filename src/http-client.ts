/**
 * The one openapi-fetch client a Sobot client sends everything through, and the `fetch` it is
 * given: the caller's (or the global) fetch with the response rules applied to what comes back,
 * before openapi-fetch or any middleware sees it — no redirects (./redirect-policy.ts), a bounded
 * body (./response-size.ts).
 */
import createClient from 'openapi-fetch';
import type { HttpClient } from './attempt.js';
import { boundResponse, MAX_RESPONSE_BYTES } from './response-size.js';

/**
 * openapi-fetch ships only a default export. Bundled to CommonJS from this ESM package, esbuild
 * hands over the whole module object in Node's interop mode, whose own `default` is the function.
 */
const create = (createClient as unknown as { default?: typeof createClient }).default ?? createClient;

/** A caller's fetch gets the Request only; the guarded global fetch also takes the attempt's signal in `init`. */
export type FetchFn = (input: Request, init?: { signal?: AbortSignal }) => Promise<Response>;

export function guardedFetch(fetch: FetchFn | undefined, maxResponseBytes: number): FetchFn {
  return async (request, init) => {
    (request as unknown as Record<symbol, number>)[MAX_RESPONSE_BYTES] = maxResponseBytes;
    // openapi-fetch keeps the global fetch it finds at creation; looked up per request instead, a
    // fetch mock installed after the client was made (msw, a test's stub) still sees every call
    const response = await (fetch ? fetch(request, init) : globalThis.fetch(request, init));
    const { status } = response;
    // the policy's module (and its messages) loads only when a redirect shows up
    if (response.redirected || (status > 299 && status < 400 && status !== 304)) {
      return (await import('./redirect-policy.js')).refuseRedirect(response, request);
    }
    return boundResponse(response, maxResponseBytes);
  };
}

/**
 * The client (for `sobot.raw` and middleware) and, when no `fetch` option was given, the guarded
 * global fetch that ./attempt.ts hands each attempt's signal in `init`. A caller's fetch may be a
 * wrapper that passes only the Request on (`(req) => fetch(req)`), so it gets the signal on the
 * Request, as before.
 */
export function createHttpClient(baseUrl: string, fetch: FetchFn | undefined, maxResponseBytes: number): { client: HttpClient; sendWithSignal?: FetchFn } {
  const send = guardedFetch(fetch, maxResponseBytes);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const client = create<any>({ baseUrl, fetch: (request: Request) => send(request), redirect: 'manual' });
  return { client, sendWithSignal: fetch ? undefined : send };
}
