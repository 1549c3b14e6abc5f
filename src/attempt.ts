/**
 * One attempt: a per-attempt timeout and the caller's signal, then the request through
 * openapi-fetch's client (its middleware, the user's among them, and its `fetch`), then the
 * response read once, parsed once (./envelope.ts), checked for integers a number cannot hold
 * (./safe-integers.ts) and interpreted. Failures leave as Failure facts.
 */
import type { Client } from 'openapi-fetch';
import type { CallState, Step } from './call.js';
import { interpretResponse, parseBody } from './envelope.js';
import { TIMEOUT, type AttemptTimeouts } from './attempt-timeouts.js';
import { Failure, REFUSAL, ResponseRefused, type ReceivedResponse } from './failure.js';
import type { FetchFn } from './http-client.js';
import { holdsLargeNumber } from './large-numbers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HttpClient = Client<any>;

/** Error codes that say the connection never reached a server: a write refused so was not applied. */
const REFUSED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(e: unknown): string | undefined {
  for (let c = e, i = 0; c && typeof c === 'object' && i < 5; c = (c as { cause?: unknown }).cause, i++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function causeMessage(e: unknown): string {
  const parts: string[] = [];
  for (let c = e, i = 0; c instanceof Error && i < 4; c = c.cause, i++) parts.push(c.message);
  return parts.join(': ') || String(e);
}

export interface AttemptContext {
  client: HttpClient;
  /** the client's guarded global fetch (./http-client.ts), given each attempt's signal; absent with a caller's fetch */
  sendWithSignal?: FetchFn;
  now: () => number;
  /** the client's per-attempt timeout in ms */
  timeoutMs: number;
  timeouts: AttemptTimeouts;
}

export function attempt(ctx: AttemptContext): Step {
  return async (call: CallState) => {
    const { op } = call;
    const signal = call.options.signal;
    if (signal?.aborted) throw new Failure('abort', 'aborted by the caller before the request', { cause: signal.reason });
    const remaining = call.deadlineAt - ctx.now();
    if (remaining <= 0) throw new Failure('timeout', 'reached its deadline', { timeout: 'deadline' });
    const timeoutMs = call.options.timeoutMs ?? ctx.timeoutMs;
    const budget = Math.min(timeoutMs, remaining);
    call.attempts++;

    const ctrl = new AbortController();
    const timer = ctx.timeouts.start(budget, ctrl);
    const onAbort = () => ctrl.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    // status and headers, once they arrived: a body that fails to arrive is a network failure "reading the HTTP n body"
    let partial: ReceivedResponse | undefined;
    try {
      const send = ctx.sendWithSignal;
      const init = {
        params: { query: call.query },
        body: call.body,
        headers: call.headers,
        // a success body is read here, below, so that a cut body still has its status; an error
        // body openapi-fetch has read and parsed (JSON if it was) is used as it comes
        parseAs: 'stream',
        // With global fetch, the attempt's signal goes to fetch itself, not into the Request
        // openapi-fetch builds: fetch makes a Request of its own that follows the signal, so one on
        // both would be followed twice (a listener and a registry entry each), one of the largest
        // costs sobot-cc added per call (bench/RESULTS.md, "Per-call profile"). Middleware sees the
        // Request without it; a caller's `fetch` gets it on the Request (./http-client.ts).
        signal: send ? undefined : ctrl.signal,
        fetch: send && ((request: Request) => send(request, { signal: ctrl.signal })),
      };
      const result = await ctx.client.request(op.method, op.path, init as never) as { data?: unknown; error?: unknown; response: Response };
      const { response } = result;
      const refusal = (response as unknown as Record<symbol, Failure | undefined>)[REFUSAL];
      if (refusal) throw refusal;
      const { status, headers } = response;
      partial = { status, headers };
      let received: ReceivedResponse;
      if (!response.ok && result.error !== undefined && typeof result.error !== 'string') {
        received = { status, headers, json: result.error };
      } else {
        const text = !response.ok ? (result.error as string | undefined) ?? '' : result.data === undefined ? '' : await response.text();
        received = { status, headers, text };
      }
      call.received = { status, bytes: received.text?.length ?? 0 };
      const parsed = parseBody(received);
      // JSON.parse rounds an integer past 2^53 silently: a parsed number that large may be one
      if (response.ok && received.text && holdsLargeNumber(parsed.json)) {
        const unsafe = (await import('./safe-integers.js')).unsafeIntegerProblem(received.text, parsed.json);
        if (unsafe) throw new Failure('http', `answered HTTP ${status} ${unsafe}`, { response: received });
      }
      return interpretResponse(parsed, call.mode);
    } catch (e) {
      if (e instanceof Failure) throw e;
      // a response the rules refused (./http-client.ts): too large, or a redirect
      if (e instanceof ResponseRefused) throw e.failure;
      if (signal?.aborted) {
        throw new Failure('abort', 'aborted by the caller', { cause: signal.reason, reached: true, response: partial });
      }
      if (ctrl.signal.reason === TIMEOUT) {
        const capped = budget < timeoutMs;
        throw new Failure('timeout', `got no complete response within ${budget} ms${capped ? ' (the call deadline)' : ' (per-attempt timeout)'}`,
          { timeout: capped ? 'deadline' : 'attempt', reached: true, response: partial });
      }
      const code = causeCode(e);
      throw new Failure('network', `network failure${partial ? ` reading the HTTP ${partial.status} body` : ''}: ${causeMessage(e)}`, {
        cause: e, reached: partial !== undefined || !code || !REFUSED.has(code), response: partial,
      });
    } finally {
      ctx.timeouts.stop(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
