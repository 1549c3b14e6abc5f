/** Where the Authorization value comes from: static token, async provider, or app credentials. */
import { SobotAuthError, SobotError, detailsOf } from '../errors.js';
import { jwtLifetimeMs } from './jwt-lifetime.js';
import { companyTokenBody } from './company-token.js';
import { raceSignal } from '../retry/sleep.js';
import type { Redactor } from '../redact.js';

export interface TokenSource {
  get(signal?: AbortSignal): Promise<string>;
  /** the server refused `token` (401): forget it if it is still the current one */
  invalidate(token: string): void;
  /** whether a 401 is worth one refresh and one retry */
  readonly canRefresh: boolean;
}

export function staticToken(token: string, redactor: Redactor): TokenSource {
  redactor.add(token);
  return { get: async () => token, invalidate() {}, canRefresh: false };
}

export function providerToken(provider: () => Promise<string> | string, redactor: Redactor): TokenSource {
  return {
    async get(signal) {
      const token = await raceSignal(Promise.resolve(provider()), signal);
      if (typeof token !== 'string' || !token) throw new SobotAuthError('token provider returned no token');
      redactor.add(token);
      return token;
    },
    invalidate() {},
    canRefresh: true,
  };
}

export interface CompanyTokenOptions {
  appId: string;
  appSecret: string;
  /** sends the token request; resolves to the parsed response body */
  request: (body: ReturnType<typeof companyTokenBody>) => Promise<unknown>;
  extract: (body: unknown) => string | undefined;
  now: () => number;
  /** used when the token carries no iat/exp */
  fallbackLifetimeMs: number;
  redactor: Redactor;
  log?: (line: string) => void;
}

interface Cached { token: string; refreshAt: number; expiresAt: number }

/**
 * Caches the company token; refreshes once half its lifetime is gone; concurrent callers
 * share one request. A refresh that fails while the old token has not expired yet falls back
 * to the old token.
 */
export function companyToken(o: CompanyTokenOptions): TokenSource {
  o.redactor.add(o.appSecret);
  let cached: Cached | undefined;
  let inflight: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    inflight ??= (async () => {
      const body = companyTokenBody(o.appId, o.appSecret, o.now());
      o.redactor.add(body.sign);
      o.log?.('sobot token: requesting company token');
      try {
        const token = o.extract(await o.request(body));
        if (!token) throw new SobotAuthError('token response carried no access_token');
        o.redactor.add(token);
        const now = o.now();
        const lifetime = jwtLifetimeMs(token, now) ?? o.fallbackLifetimeMs;
        cached = { token, refreshAt: now + lifetime / 2, expiresAt: now + lifetime };
        o.log?.(`sobot token: obtained, lifetime ${Math.round(lifetime / 1000)}s, refresh in ${Math.round(lifetime / 2000)}s`);
        return token;
      } catch (e) {
        if (e instanceof SobotAuthError) throw e;
        const init = e instanceof SobotError ? { ...detailsOf(e), cause: e } : { cause: e };
        throw new SobotAuthError(`could not obtain company token: ${e instanceof Error ? o.redactor.text(e.message) : 'unknown error'}`, init);
      }
    })().finally(() => { inflight = undefined; });
    return inflight;
  };

  return {
    async get(signal) {
      const now = o.now();
      if (cached && now < cached.refreshAt) return cached.token;
      const stale = cached && now < cached.expiresAt ? cached.token : undefined;
      const pending = stale ? refresh().catch(() => stale) : refresh();
      return raceSignal(pending, signal);
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    canRefresh: true,
  };
}
