/**
 * `client.raw` before its first request: openapi-fetch's `createClient` (most of openapi-fetch)
 * loads with the first request through it. Calls without middleware never need it (they take
 * the direct path, see transport.ts), so importing the core does not load it.
 */
import type { Client, Middleware } from 'openapi-fetch';
import { lazy } from './lazy.js';

type AnyClient = Client<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Fn = (...a: unknown[]) => Promise<unknown>;

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request'] as const;

export function lazyClient(create: () => Promise<AnyClient>): AnyClient {
  // registered before the client exists, in order
  const early: Middleware[] = [];
  const client = lazy(() => create().then((c) => {
    c.use(...early);
    return c;
  }));
  const lazyRaw = {
    use(...m: Middleware[]) {
      if (client.value) client.value.use(...m);
      else early.push(...m);
    },
    eject(...m: Middleware[]) {
      if (client.value) client.value.eject(...m);
      else for (const x of m) if (early.includes(x)) early.splice(early.indexOf(x), 1);
    },
  } as Record<string, unknown>;
  for (const name of METHODS) {
    lazyRaw[name] = (...a: unknown[]) => (client.value ? (client.value[name] as Fn)(...a) : client.load().then((c) => (c[name] as Fn)(...a)));
  }
  return lazyRaw as unknown as AnyClient;
}
