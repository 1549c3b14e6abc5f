/**
 * Requests through `client.raw` get the same Authorization and default headers as `call` (only
 * where absent). Loaded with the first request through openapi-fetch; it imports nothing from
 * the core at run time (see page-iterator.ts for why).
 */
import type { CallContext } from './call.js';
import type { OperationMeta } from './spec-types.js';
import type { buildHeaders } from './transport.js';

/** What the core hands over, once per client. */
export interface RawRequestParts {
  ctx: CallContext;
  ops: readonly OperationMeta[];
  buildHeaders: typeof buildHeaders;
  /** the token operation's path: sent without Authorization even when it is not in `ops` */
  tokenPath: string;
}

const routes = new WeakMap<RawRequestParts, Map<string, OperationMeta>>();

export async function prepareRawRequest({ request, schemaPath }: { request: Request; schemaPath: string }, parts: RawRequestParts): Promise<Request> {
  const { ctx, ops, buildHeaders, tokenPath } = parts;
  let byRoute = routes.get(parts);
  if (!byRoute) routes.set(parts, (byRoute = new Map(ops.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]))));
  const op = byRoute.get(`${request.method} ${schemaPath}`);
  if (op) {
    for (const [k, v] of Object.entries(buildHeaders(op, ctx.defaultHeaders, undefined, undefined))) {
      if (!request.headers.has(k)) request.headers.set(k, v);
    }
  }
  if (ctx.tokens && (op ? op.security : schemaPath !== tokenPath) && !request.headers.has('authorization')) {
    const token = await ctx.tokens.get(request.signal);
    request.headers.set('Authorization', ctx.authScheme === 'bearer' ? `Bearer ${token}` : token);
  }
  return request;
}
