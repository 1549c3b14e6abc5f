/**
 * A bound on how much of one response is read (`maxResponseBytes`, default 16 MiB). A hostile or
 * broken server could otherwise send a 100 MB body (it peaked at 432 MB RSS, issue 13) or one
 * that never ends. A declared Content-Length over the limit is refused before a byte of the body
 * is read; a body without one (chunked), or a compressed one (the limit is on the decoded bytes:
 * a small gzip body can inflate a thousandfold), is counted as it streams and cut at the limit.
 * A slow body is the per-attempt timeout's job (./attempt.ts reads the body under it). Only the
 * check that a body needs nothing is here; refusing and counting (./response-limit.ts) load when a
 * body needs them.
 */

export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * Where a client's limit rides on each Request, for a `fetch` option that buffers bodies itself
 * (`sobot-cc/undici`), so it stops reading at the same limit. Symbol.for: the same key from
 * either bundle.
 */
export const MAX_RESPONSE_BYTES = Symbol.for('sobot-cc.maxResponseBytes');

/** `response` as it is when its Content-Length is within `limit`; else refused, or its body counted as it streams. */
export function boundResponse(response: Response, limit: number): Response | Promise<Response> {
  if (!response.body || limit === Infinity) return response;
  const declared = response.headers.get('content-length');
  // fetch delivers no more than the declared length; a compressed body is counted as it decodes
  if (declared !== null && Number(declared) <= limit && !response.headers.has('content-encoding')) return response;
  return import('./response-limit.js').then((m) => m.limitBody(response, limit, declared));
}
