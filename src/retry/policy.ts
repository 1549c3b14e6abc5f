/** Which failures are transient, and which operations may be repeated after them. */
import type { SobotError } from '../errors.js';
import type { Failure } from '../failure.js';
import type { OperationMeta } from '../spec-types.js';

export interface RetryOptions {
  /** retries after the first attempt (default 2) */
  maxRetries?: number;
  /** first backoff ceiling in ms (default 500) */
  baseDelayMs?: number;
  /** backoff ceiling in ms (default 8000) */
  maxDelayMs?: number;
  /** Retry-After values above this are cut to it (default 60000) */
  maxRetryAfterMs?: number;
  /** called before each backoff sleep */
  onRetry?: (info: RetryInfo) => void;
  /** random source for jitter, [0,1) (tests) */
  random?: () => number;
}

export interface RetryInfo {
  operationId: string;
  /** the attempt that just failed (1-based) */
  attempt: number;
  delayMs: number;
  error: SobotError;
}

export type ResolvedRetry = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;

export const RETRY_DEFAULTS: ResolvedRetry = {
  maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000, random: Math.random,
};

export function resolveRetry(...layers: (RetryOptions | false | undefined)[]): ResolvedRetry | false {
  let out: ResolvedRetry | false = RETRY_DEFAULTS;
  for (const l of layers) {
    if (l === false) out = false;
    else if (l) out = { ...(out || RETRY_DEFAULTS), ...l };
  }
  return out;
}

/** Network failures, attempt timeouts, 408, 429 and 5xx. */
export function isTransient(f: Failure): boolean {
  if (f.kind === 'network') return true;
  if (f.kind === 'timeout') return f.facts.timeout === 'attempt';
  const status = f.facts.response?.status;
  if (f.kind === 'http' && status !== undefined) return status === 408 || status === 429 || (status >= 500 && status <= 599);
  return false;
}

/**
 * Whether repeating the operation is harmless: it only reads (x-sobot-safe), it carries the
 * same Idempotency-Key (x-sobot-idempotent), or this attempt provably never reached the server.
 */
export function mayRepeat(op: OperationMeta, f: Failure): boolean {
  return op.safe || op.idempotent || (f.kind === 'network' && !f.facts.reached);
}

