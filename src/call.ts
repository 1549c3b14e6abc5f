/** The generic call pipeline: validate → (auth → attempt → interpret) with retries. */
import {
  SobotAbortError, SobotAuthError, SobotError, SobotNetworkError, SobotTimeoutError, detailsOf,
  type SobotErrorInit,
} from './errors.js';
import { interpretResponse, type ResponseMode } from './envelope.js';
import { sensitiveValues, type Redactor } from './redact.js';
import { logJson } from './debug.js';
import { backoffDelay } from './retry/backoff.js';
import { parseRetryAfter } from './retry/retry-after.js';
import { failureMayHaveApplied, isTransient, mayRepeat, resolveRetry, type ResolvedRetry, type RetryOptions } from './retry/policy.js';
import { BodyReadError, buildHeaders, sendOnce, type DefaultHeaders, type DirectFetch, type RawClient } from './transport.js';
import type { TokenSource } from './auth/token-source.js';
import type { OperationMeta } from './spec-types.js';
import type { ValidateRequest } from './validate.js';

export interface CallInputRuntime {
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, unknown>;
}

export interface CallOptions {
  /** stops the request and any backoff sleep at once */
  signal?: AbortSignal;
  /** per-attempt timeout (overrides the client's) */
  timeoutMs?: number;
  /** absolute deadline for the whole call, retries included (Date or epoch ms) */
  deadline?: Date | number;
  /** Idempotency-Key to send (operations that take one); generated once per call otherwise */
  idempotencyKey?: string;
  /** per-call retry settings, or false */
  retry?: RetryOptions | false;
  /** per-call switch for request validation */
  validate?: boolean;
}

export interface CallContext {
  raw: RawClient;
  /** the fast path around openapi-fetch, while no middleware is registered */
  direct?: DirectFetch;
  tokens?: TokenSource;
  redactor: Redactor;
  log?: (line: string) => void;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  newKey: () => string;
  retry: RetryOptions | false | undefined;
  timeoutMs: number;
  defaultHeaders: DefaultHeaders;
  authScheme: 'bare' | 'bearer';
  validate?: ValidateRequest;
}

const REFUSED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(e: unknown): string | undefined {
  for (let c = e, i = 0; c && typeof c === 'object' && i < 5; c = (c as { cause?: unknown }).cause, i++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function causeMessage(e: unknown): string {
  const parts: string[] = [];
  for (let c = e, i = 0; c instanceof Error && i < 4; c = c.cause, i++) parts.push(c.message);
  return parts.join(': ') || String(e);
}

const TIMEOUT = Symbol('sobot-attempt-timeout');

/** One attempt: send, read, interpret. Throws SobotErrors only. */
async function attempt(
  ctx: CallContext, op: OperationMeta, req: { query?: Record<string, unknown>; body?: unknown; headers: Record<string, string> },
  mode: ResponseMode, signal: AbortSignal | undefined, budgetMs: number, deadlineCapped: boolean,
  base: SobotErrorInit, redactor: Redactor,
): Promise<unknown> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(TIMEOUT), Math.max(0, budgetMs));
  const onAbort = () => ctrl.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const failed = (e: unknown, status?: number, headers?: Headers): SobotError => {
    const h = redactor.headers(headers);
    if (signal?.aborted) {
      return new SobotAbortError(`${base.method} ${base.path} (${base.operationId}) aborted by the caller`, {
        ...base, status, headers: h, mayHaveBeenApplied: true, cause: signal.reason,
      });
    }
    if (ctrl.signal.reason === TIMEOUT) {
      const err = new SobotTimeoutError(
        `${base.method} ${base.path} (${base.operationId}) got no complete response within ${budgetMs} ms`
          + (deadlineCapped ? ' (the call deadline)' : ' (per-attempt timeout)'),
        { ...base, status, headers: h, mayHaveBeenApplied: true },
      );
      err.timeout = deadlineCapped ? 'deadline' : 'attempt';
      return err;
    }
    const code = causeCode(e);
    const reached = status !== undefined || !code || !REFUSED.has(code);
    return new SobotNetworkError(
      `${base.method} ${base.path} (${base.operationId}) network failure${status !== undefined ? ` reading the HTTP ${status} body` : ''}: ${redactor.text(causeMessage(e))}`,
      { ...base, status, headers: h, mayHaveBeenApplied: reached, cause: e },
    );
  };
  try {
    let res;
    try {
      res = await sendOnce(ctx.raw, op, req, ctrl.signal, ctx.direct);
    } catch (e) {
      if (e instanceof BodyReadError) throw failed(e.original, e.status, e.headers);
      throw failed(e);
    }
    ctx.log?.(`sobot ← ${res.status} ${op.operationId} ${res.text.length}B`);
    return interpretResponse(res, mode, base, redactor);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function isAuthRejection(e: SobotError): boolean {
  if (e.status === 401) return true;
  const env = e.envelope as { code?: unknown } | undefined;
  return !!env && typeof env === 'object' && Number(env.code) === 401 && e.status !== undefined && e.status < 300;
}

/**
 * Runs one logical call. Resolves to the envelope's `data` (or the bare body for the
 * token endpoint); rejects with a SobotError whose secrets are already redacted.
 */
export async function executeCall(
  ctx: CallContext, op: OperationMeta, input: CallInputRuntime = {}, options: CallOptions = {}, mode: ResponseMode = 'envelope',
): Promise<unknown> {
  const redactor = ctx.redactor.child(() => sensitiveValues(input.body));
  const retry: ResolvedRetry | false = resolveRetry(ctx.retry, options.retry);
  const callerKey = options.idempotencyKey
    ?? Object.entries(input.headers ?? {}).find(([k]) => k.toLowerCase() === 'idempotency-key')?.[1];
  const idempotencyKey = op.idempotent ? String(callerKey ?? ctx.newKey()) : undefined;
  const base: SobotErrorInit = {
    operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, idempotencyKey,
  };
  const headers = buildHeaders(op, ctx.defaultHeaders, input.headers, idempotencyKey);
  const { signal } = options;
  const deadlineAt = options.deadline === undefined ? Infinity : +options.deadline;
  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;

  let attempts = 0;
  let applied = false;
  const fail = (err: SobotError): SobotError => {
    Object.assign(err, { operationId: base.operationId, method: base.method, path: base.path, idempotencyKey });
    err.attempts = attempts;
    err.mayHaveBeenApplied = !op.safe && (applied || err.mayHaveBeenApplied);
    if (attempts > 1) err.appendMessage(` [after ${attempts} attempts]`);
    if (err.mayHaveBeenApplied) {
      err.appendMessage(` — this write may have been applied on the server; check before repeating it${
        idempotencyKey ? ` (or repeat it with idempotencyKey ${idempotencyKey})` : ''}`);
    }
    err.message = redactor.text(err.message);
    if (err.stack) err.stack = redactor.text(err.stack);
    ctx.log?.(`sobot ✗ ${op.operationId} ${err.name}: ${err.message}`);
    return err;
  };
  const aborted = (during: string, cause?: unknown) =>
    new SobotAbortError(`${base.method} ${base.path} (${op.operationId}) aborted by the caller ${during}`, { ...base, cause });

  if ((options.validate ?? true) && ctx.validate) {
    // an optional body left out is valid as it is: only a body that is present (or required) is checked
    const body = input.body === undefined && op.requestBody && !op.requestBody.required ? {} : input.body;
    const problem = await ctx.validate(op.operationId, { query: input.query, body, headers });
    if (problem) throw fail(Object.assign(problem, base));
  }

  let authRefreshed = false;
  let retries = 0;
  for (;;) {
    if (signal?.aborted) throw fail(aborted('before the request', signal.reason));
    const remaining = deadlineAt - ctx.now();
    if (remaining <= 0) {
      const err = new SobotTimeoutError(`${base.method} ${base.path} (${op.operationId}) reached its deadline`, base);
      err.timeout = 'deadline';
      throw fail(err);
    }
    let token: string | undefined;
    if (op.security && ctx.tokens) {
      try {
        token = await ctx.tokens.get(signal);
      } catch (e) {
        if (signal?.aborted) throw fail(aborted('while waiting for a token', signal.reason));
        throw fail(e instanceof SobotError ? e : new SobotAuthError(`could not obtain a token: ${redactor.text(causeMessage(e))}`, { ...base, cause: e }));
      }
    }
    const reqHeaders = token === undefined ? headers : { ...headers, Authorization: ctx.authScheme === 'bearer' ? `Bearer ${token}` : token };
    attempts++;
    const budget = Math.min(timeoutMs, remaining);
    ctx.log?.(`sobot → ${base.method} ${op.path} ${op.operationId} attempt ${attempts}`
      + ` headers=${logJson(reqHeaders, redactor)}${input.query ? ` query=${logJson(input.query, redactor)}` : ''}`
      + `${input.body !== undefined ? ` body=${logJson(input.body, redactor)}` : ''}`);
    try {
      return await attempt(ctx, op, { query: input.query, body: input.body, headers: reqHeaders }, mode, signal, budget, budget < timeoutMs, base, redactor);
    } catch (e) {
      const err = e as SobotError;
      if (failureMayHaveApplied(err)) applied = true;
      if (err instanceof SobotAbortError) throw fail(err);
      if (isAuthRejection(err)) {
        if (token !== undefined && ctx.tokens?.canRefresh && !authRefreshed) {
          authRefreshed = true;
          ctx.tokens.invalidate(token);
          ctx.log?.(`sobot auth: ${op.operationId} got 401; refreshing the token and retrying once`);
          continue;
        }
        throw fail(new SobotAuthError(
          `${base.method} ${base.path} (${op.operationId}) was refused as unauthorized${authRefreshed ? ' again after a token refresh' : ''}`,
          { ...detailsOf(err), cause: err },
        ));
      }
      if (!retry || !isTransient(err)) throw fail(err);
      if (!mayRepeat(op, err)) {
        err.appendMessage(` — not retried: ${op.operationId} is neither safe nor idempotent`);
        throw fail(err);
      }
      if (retries >= retry.maxRetries) throw fail(err);
      const retryAfter = parseRetryAfter(err.headers['retry-after'], ctx.now());
      const delay = retryAfter !== undefined
        ? Math.min(retryAfter, retry.maxRetryAfterMs)
        : backoffDelay(retries, retry.baseDelayMs, retry.maxDelayMs, retry.random);
      if (ctx.now() + delay >= deadlineAt) {
        const t = new SobotTimeoutError(
          `${base.method} ${base.path} (${op.operationId}) would pass its deadline waiting ${delay} ms to retry after: ${err.message}`,
          { ...detailsOf(err), cause: err },
        );
        t.timeout = 'deadline';
        throw fail(t);
      }
      retries++;
      retry.onRetry?.({ operationId: op.operationId, attempt: attempts, delayMs: delay, error: err });
      ctx.log?.(`sobot retry ${op.operationId}: attempt ${attempts} failed (${err.name}${err.status ? ` ${err.status}` : ''}); waiting ${delay} ms`);
      try {
        await ctx.sleep(delay, signal);
      } catch (abortErr) {
        const a = aborted('during backoff', abortErr);
        Object.assign(a, { status: err.status, retCode: err.retCode, retMsg: err.retMsg, envelope: err.envelope, bodyExcerpt: err.bodyExcerpt, headers: err.headers });
        throw fail(a);
      }
    }
  }
}

