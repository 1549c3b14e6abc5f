/**
 * A bound on how much of one response is read (`maxResponseBytes`, default 16 MiB). A hostile or
 * broken server could otherwise send a 100 MB body (it peaked at 432 MB RSS, issue 13) or one
 * that never ends. A declared Content-Length over the limit is refused before a byte of the body
 * is read; a body without one (chunked), or a compressed one (the limit is on the decoded bytes:
 * a small gzip body can inflate a thousandfold), is counted as it streams and cut at the limit.
 * A slow body is the per-attempt timeout's job (./attempt.ts reads the body under it).
 */
import { Failure } from './failure.js';
import { ResponseRefused, refusedResponse } from './response-refused.js';

export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * Where a client's limit rides on each Request, for a `fetch` option that buffers bodies itself
 * (`sobot-cc/undici`), so it stops reading at the same limit. Symbol.for: the same key from
 * either bundle.
 */
export const MAX_RESPONSE_BYTES = Symbol.for('sobot-cc.maxResponseBytes');

function overLimit(response: Response, limit: number, how: string): Failure {
  return new Failure('http', `answered HTTP ${response.status} with a body over maxResponseBytes (${limit} bytes) — ${how}; `
    + 'raise the client option maxResponseBytes if responses this large are expected', {
    response: { status: response.status, headers: response.headers }, reached: true,
  });
}

export function boundResponse(response: Response, limit: number): Response {
  const body = response.body;
  if (!body || limit === Infinity) return response;
  const declared = response.headers.get('content-length');
  const encoded = response.headers.has('content-encoding');
  if (declared !== null && !encoded) {
    const length = Number(declared);
    if (length > limit) return refusedResponse(response, overLimit(response, limit, `Content-Length ${declared}; the body was not read`));
    // fetch delivers no more than the declared length
    if (Number.isFinite(length)) return response;
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
