/**
 * The retry piece: a transient failure of an operation that may be repeated is tried again after
 * a backoff (or the server's Retry-After), within `maxRetries` and the call's deadline, and the
 * wait ends at once when the caller aborts. Each retry runs the pieces below it again, so the
 * same body goes out with the same Idempotency-Key, and openapi-fetch's middleware runs again.
 */
import type { Step } from '../call.js';
import { Failure } from '../failure.js';
import type { Secrets } from '../secrets.js';
import { backoffDelay } from './backoff.js';
import { isTransient, mayRepeat, resolveRetry, type RetryOptions } from './policy.js';
import { parseRetryAfter } from './retry-after.js';

export interface RetryContext {
  retry: RetryOptions | false | undefined;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  redactor: Secrets;
  log?: (line: string) => void;
}

export function retrying(next: Step, ctx: RetryContext): Step {
  return async (call) => {
    const retry = resolveRetry(ctx.retry, call.options.retry);
    if (!retry) return next(call);
    const { op } = call;
    for (let retries = 0; ; retries++) {
      try {
        return await next(call);
      } catch (f) {
        if (!(f instanceof Failure) || !isTransient(f)) throw f;
        if (!mayRepeat(op, f)) {
          f.note = ` — not retried: ${op.operationId} is neither safe nor idempotent`;
          throw f;
        }
        if (retries >= retry.maxRetries) throw f;
        const retryAfter = parseRetryAfter(f.facts.response?.headers.get('retry-after'), ctx.now());
        const delay = retryAfter !== undefined
          ? Math.min(retryAfter, retry.maxRetryAfterMs)
          : backoffDelay(retries, retry.baseDelayMs, retry.maxDelayMs, retry.random);
        if (ctx.now() + delay >= call.deadlineAt) {
          throw new Failure('timeout', `would pass its deadline waiting ${delay} ms to retry after: ${f.message}`, {
            timeout: 'deadline', response: f.facts.response, cause: f,
          });
        }
        if (retry.onRetry) {
          const { toSobotError, requestRedactor } = await import('../error-factory.js');
          retry.onRetry({
            operationId: op.operationId, attempt: call.attempts, delayMs: delay,
            error: toSobotError(f, call, requestRedactor(ctx.redactor, call.body), false),
          });
        }
        ctx.log?.(`sobot retry ${op.operationId}: attempt ${call.attempts} failed (${f.kind}${f.facts.response ? ` ${f.facts.response.status}` : ''}); waiting ${delay} ms`);
        try {
          await ctx.sleep(delay, call.options.signal);
        } catch (abortErr) {
          throw new Failure('abort', 'aborted by the caller during backoff', { response: f.facts.response, cause: abortErr });
        }
      }
    }
  };
}
