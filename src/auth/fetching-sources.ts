/**
 * The token sources that fetch: the caller's provider and the company-token operation. Loaded
 * with the first request that needs a token (see lazySource in ./token-source.ts), so clients
 * on a static token never load them.
 */
// errors.js and failure.js are shared with the core already, so importing them splits nothing more
import { SobotError } from '../errors.js';
import { Failure } from '../failure.js';
import { jwtLifetimeMs } from './jwt-lifetime.js';
import type { companyTokenSign } from './company-token.js';
import { raceSignal } from '../retry/sleep.js';
import type { Secrets } from '../secrets.js';
import type { TokenSource } from './token-source.js';

export function providerToken(provider: () => Promise<string> | string, redactor: Secrets): TokenSource {
  return {
    async get(signal) {
      const token = await raceSignal(Promise.resolve(provider()), signal);
      if (typeof token !== 'string' || !token) throw new Failure('auth', 'token provider returned no token');
      redactor.add(token);
      return token;
    },
    invalidate() {},
    canRefresh: true,
  };
}

/** `access_token` | `accessToken`, at the top level or (defensively) under `data`. */
export function extractToken(body: unknown): string | undefined {
  const pick = (o: unknown): string | undefined => {
    if (!o || typeof o !== 'object') return undefined;
    const r = o as Record<string, unknown>;
    const t = r.access_token ?? r.accessToken;
    return typeof t === 'string' && t.length > 0 ? t : undefined;
  };
  const data = body && typeof body === 'object' ? (body as Record<string, unknown>).data : undefined;
  return pick(body) ?? pick(data) ?? (typeof data === 'string' && data.length > 0 ? data : undefined);
}

export interface CompanyTokenOptions {
  appId: string;
  appSecret: string;
  /** the core's companyTokenSign, passed in: importing ./company-token.js here would split it out of the core's chunk */
  sign: typeof companyTokenSign;
  /** sends the token request; resolves to the parsed response body */
  request: (body: { responseType: string; appId: string; currentTime: number; sign: string }) => Promise<unknown>;
  now: () => number;
  /** used when the token carries no iat/exp */
  fallbackLifetimeMs: number;
  redactor: Secrets;
  log?: (line: string) => void;
}

interface Cached { token: string; refreshAt: number; expiresAt: number }

/**
 * Caches the company token; refreshes once half its lifetime is gone; concurrent callers
 * share one request. While the cached token is still valid, the refresh runs in the background
 * and callers keep the current token: a token endpoint that fails or hangs costs them nothing
 * (before, each waited out the token request's whole retry cycle, 5.9 s). A failed background
 * refresh is logged and tried again after a quarter of the remaining lifetime (1 s to 60 s).
 * Without a valid token (none yet, expired, or refused with 401), callers wait for the refresh.
 */
export function companyToken(o: CompanyTokenOptions): TokenSource {
  o.redactor.add(o.appSecret);
  let cached: Cached | undefined;
  let inflight: Promise<string> | undefined;
  /** no background refresh before this time (set after one failed) */
  let retryAt = 0;

  const refresh = (): Promise<string> => {
    inflight ??= (async () => {
      const currentTime = o.now();
      const body = { responseType: 'token', appId: o.appId, currentTime, sign: o.sign(o.appId, currentTime, 'token', o.appSecret) };
      o.redactor.add(body.sign);
      o.log?.('sobot token: requesting company token');
      try {
        const token = extractToken(await o.request(body));
        if (!token) throw new Failure('auth', 'token response carried no access_token');
        o.redactor.add(token);
        const now = o.now();
        const lifetime = jwtLifetimeMs(token, now) ?? o.fallbackLifetimeMs;
        cached = { token, refreshAt: now + lifetime / 2, expiresAt: now + lifetime };
        o.log?.(`sobot token: obtained, lifetime ${Math.round(lifetime / 1000)}s, refresh in ${Math.round(lifetime / 2000)}s`);
        return token;
      } catch (e) {
        if (e instanceof Failure) throw e;
        // a Failure, not an error: the call that waits for the token builds the error (error-factory.ts)
        throw new Failure('auth', `could not obtain company token: ${e instanceof Error ? e.message : 'unknown error'}`, {
          from: e instanceof SobotError ? e : undefined, cause: e,
        });
      }
    })().finally(() => { inflight = undefined; });
    return inflight;
  };

  const refreshInBackground = (expiresAt: number) => {
    refresh().catch((e: unknown) => {
      const now = o.now();
      const wait = Math.round(Math.min(60_000, Math.max(1_000, (expiresAt - now) / 4)));
      retryAt = now + wait;
      const why = e instanceof Failure ? e.message : e instanceof Error ? e.message : String(e);
      o.log?.(`sobot token: background refresh failed (${why}); keeping the current token, valid ${Math.round((expiresAt - now) / 1000)}s more; next try in ${wait / 1000}s`);
    });
  };

  return {
    async get(signal) {
      const now = o.now();
      if (cached && now < cached.refreshAt) return cached.token;
      if (cached && now < cached.expiresAt) {
        if (!inflight && now >= retryAt) refreshInBackground(cached.expiresAt);
        return cached.token;
      }
      return raceSignal(refresh(), signal);
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    canRefresh: true,
  };
}
