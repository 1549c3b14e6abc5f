/**
 * A body that ./response-size.ts could not pass as it is: refused by its Content-Length (nothing of
 * it read), or counted as it streams (chunked, or compressed: the limit is on the decoded bytes)
 * and cut at the limit. Loaded with the first such body.
 */
import { Failure, ResponseRefused } from './failure.js';
import { refusedResponse } from './response-refused.js';

function overLimit(response: Response, limit: number, how: string): Failure {
  return new Failure('http', `answered HTTP ${response.status} with a body over maxResponseBytes (${limit} bytes) — ${how}; `
    + 'raise the client option maxResponseBytes if responses this large are expected', {
    response: { status: response.status, headers: response.headers }, reached: true,
  });
}

export function limitBody(response: Response, limit: number, declared: string | null): Response {
  const body = response.body!;
  const encoded = response.headers.has('content-encoding');
  // ./response-size.ts passed every body whose Content-Length is within the limit
  if (declared !== null && !encoded && Number(declared) > limit) {
    return refusedResponse(response, overLimit(response, limit, `Content-Length ${declared}; the body was not read`));
  }
  let seen = 0;
  const counted = body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, c) {
      seen += chunk.byteLength;
      // erroring the transform cancels the source too: the connection stops, nothing more is held
      if (seen > limit) c.error(new ResponseRefused(overLimit(response, limit, `stopped reading after ${limit} bytes${encoded ? ' (decoded)' : ''}`)));
      else c.enqueue(chunk);
    },
  }));
  return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
}
