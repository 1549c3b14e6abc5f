/**
 * One logical call: the state it carries through its pieces (./pipeline.ts composes them) and
 * the error it ends in. Resolves to the envelope's `data` (or the bare body for the token
 * endpoint); rejects with a SobotError built by ./error-factory.ts.
 */
import type { FailedCall } from './error-factory.js';
import { Failure } from './failure.js';
import type { Secrets } from './secrets.js';
import { buildHeaders, type DefaultHeaders } from './request-headers.js';
import type { RetryOptions } from './retry/policy.js';
import type { OperationMeta } from './spec-types.js';

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

/** `envelope`: resolve to `data` of a success envelope; `bare`: to the whole JSON body (the token endpoint). */
export type ResponseMode = 'envelope' | 'bare';

export interface CallState extends FailedCall {
  readonly op: OperationMeta;
  readonly query?: Record<string, unknown>;
  readonly body?: unknown;
  /** default and caller's headers and the Idempotency-Key, fixed for every attempt; Authorization is set per attempt */
  readonly headers: Record<string, string>;
  readonly options: CallOptions;
  readonly mode: ResponseMode;
  readonly deadlineAt: number;
  /** status and body size of the last response (for the debug log) */
  received?: { status: number; bytes: number };
}

/** One piece's view of the call: run it (and what lies below), resolve to the result or throw a Failure. */
export type Step = (call: CallState) => Promise<unknown>;

/** What every call of one client shares. */
export interface Caller {
  run: Step;
  redactor: Secrets;
  log?: (line: string) => void;
  newKey: () => string;
  defaultHeaders: DefaultHeaders;
}

export async function executeCall(
  c: Caller, op: OperationMeta, input: CallInputRuntime = {}, options: CallOptions = {}, mode: ResponseMode = 'envelope',
): Promise<unknown> {
  // the key is decided once per logical call, so every attempt (and every retry) carries the same one
  const callerKey = options.idempotencyKey
    ?? Object.entries(input.headers ?? {}).find(([k]) => k.toLowerCase() === 'idempotency-key')?.[1];
  const idempotencyKey = op.idempotent ? String(callerKey ?? c.newKey()) : undefined;
  const call: CallState = {
    op, query: input.query, body: input.body, options, mode, idempotencyKey,
    headers: buildHeaders(op, c.defaultHeaders, input.headers, idempotencyKey),
    deadlineAt: options.deadline === undefined ? Infinity : +options.deadline,
    attempts: 0, applied: false,
  };
  try {
    return await c.run(call);
  } catch (f) {
    if (!(f instanceof Failure)) throw f;
    // the factory (and the scrubbing it does) loads with the first failure: a call that succeeds never needs it.
    // Secrets of this request's body (extension passwords) are looked up only now, on the way to an error.
    const { toSobotError, requestRedactor } = await import('./error-factory.js');
    const err = toSobotError(f, call, requestRedactor(c.redactor, input.body));
    c.log?.(`sobot ✗ ${op.operationId} ${err.name}: ${err.message}`);
    throw err;
  }
}
