/**
 * How the response rules (./response-size.ts, ./redirect-policy.ts) refuse a response: its body
 * is cancelled and replaced by one that fails when read, with a ResponseRefused. Whoever reads it
 * — ./attempt.ts, or openapi-fetch reading an error body — gets the error; the attempt turns it
 * back into its Failure. An Error, not a bare Failure, so `sobot.raw` callers get an Error too.
 */
import type { Failure } from './failure.js';

export class ResponseRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'ResponseRefused';
  }
}

/** `response` with its body cancelled (nothing more is read) and a body that fails with `failure`. */
export function refusedResponse(response: Response, failure: Failure): Response {
  void response.body?.cancel().catch(() => {});
  const refusal = new ResponseRefused(failure);
  return new Response(new ReadableStream({ start: (c) => c.error(refusal) }), {
    status: response.status, statusText: response.statusText, headers: response.headers,
  });
}
