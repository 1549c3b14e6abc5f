/**
 * openapi-fetch middleware, registered first on the client: a request that lacks them gets the
 * default headers its operation declares, an Idempotency-Key (operations that take one) and
 * Authorization (secured operations). `call` sets all of these itself (./call.ts, the auth
 * piece), so this does its work for requests made through `sobot.raw`, the same client.
 */
import type { Middleware } from 'openapi-fetch';
import { authorization, NO_CREDENTIALS, tokenFor, type AuthContext } from './auth/authorizing.js';
import { Failure } from './failure.js';
import type { Secrets } from './secrets.js';
import { defaultHeadersFor, keyHeaderName, type DefaultHeaders } from './request-headers.js';
import type { OperationMeta } from './spec-types.js';

export interface RequestDefaultsContext extends AuthContext {
  ops: readonly OperationMeta[];
  defaultHeaders: DefaultHeaders;
  newKey: () => string;
  redactor: Secrets;
  /** sent without Authorization even when the operation table lacks it */
  tokenPath: string;
}

interface Route {
  op: OperationMeta;
  defaults: [string, string][];
  keyHeader?: string;
}

export function requestDefaults(ctx: RequestDefaultsContext): Middleware {
  const routes = new Map<string, Route>(ctx.ops.map((op) => [`${op.method.toUpperCase()} ${op.path}`, {
    op,
    defaults: Object.entries(defaultHeadersFor(op, ctx.defaultHeaders)),
    keyHeader: op.idempotent ? keyHeaderName(op) : undefined,
  }]));
  const authorize = async (request: Request, route: Route | undefined, schemaPath: string): Promise<undefined> => {
    try {
      if (!ctx.tokens) throw new Failure('config', NO_CREDENTIALS);
      request.headers.set('Authorization', authorization(await tokenFor(ctx.tokens, request.signal), ctx.authScheme));
    } catch (f) {
      if (!(f instanceof Failure)) throw f;
      const op = route?.op ?? ({ method: request.method, path: schemaPath, operationId: 'not in the operation table', safe: false } as OperationMeta);
      throw (await import('./error-factory.js')).toSobotError(f, { op, attempts: 0, applied: false }, ctx.redactor);
    }
    return undefined;
  };
  return {
    // not async: a request that lacks nothing (every request of `call`) passes without a promise of its own
    onRequest({ request, schemaPath }) {
      const route = routes.get(`${request.method} ${schemaPath}`);
      const h = request.headers;
      if (route) {
        for (const [name, value] of route.defaults) if (!h.has(name)) h.set(name, value);
        if (route.keyHeader && !h.has(route.keyHeader)) h.set(route.keyHeader, ctx.newKey());
      }
      // a path outside the table is sent as a secured one, unless it is the token endpoint
      const secured = route ? route.op.security : schemaPath !== ctx.tokenPath;
      return secured && !h.has('authorization') ? authorize(request, route, schemaPath) : undefined;
    },
  };
}
