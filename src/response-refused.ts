/**
 * Refusing a response (./response-limit.ts, ./redirect-policy.ts): its body is cancelled and
 * replaced by one that fails when read, with a ResponseRefused (./failure.ts). Whoever reads it —
 * ./attempt.ts, or openapi-fetch reading an error body — gets the error. Loaded with those rules'
 * modules, only when a response is refused.
 */
import { REFUSAL, ResponseRefused, type Failure } from './failure.js';

/** `response` with its body cancelled (nothing more is read) and a body that fails with `failure`. */
export function refusedResponse(response: Response, failure: Failure): Response {
  void response.body?.cancel().catch(() => {});
  const refusal = new ResponseRefused(failure);
  const refused = new Response(new ReadableStream({ start: (c) => c.error(refusal) }), {
    status: response.status, statusText: response.statusText, headers: response.headers,
  });
  // for whoever reads no body (openapi-fetch skips an error body of Content-Length 0)
  (refused as unknown as Record<symbol, Failure>)[REFUSAL] = failure;
  return refused;
}
