/**
 * Where the Authorization value comes from: static token, async provider, or app credentials
 * (the last two in ./fetching-sources.ts, loaded with the first request that needs a token).
 */
import { lazy } from '../lazy.js';
import type { Secrets } from '../secrets.js';

export interface TokenSource {
  get(signal?: AbortSignal): Promise<string>;
  /** the server refused `token` (401): forget it if it is still the current one */
  invalidate(token: string): void;
  /** whether a 401 is worth one refresh and one retry */
  readonly canRefresh: boolean;
}

export function staticToken(token: string, redactor: Secrets): TokenSource {
  redactor.add(token);
  return { get: async () => token, invalidate() {}, canRefresh: false };
}

/** A refreshable source built by `load` on the first `get`. */
export function lazySource(load: () => Promise<TokenSource>): TokenSource {
  const source = lazy(load);
  return {
    get: (signal) => source.value?.get(signal) ?? source.load().then((s) => s.get(signal)),
    invalidate(token) {
      source.value?.invalidate(token);
    },
    canRefresh: true,
  };
}
