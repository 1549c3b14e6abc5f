/**
 * The one place a call's SobotError is built: class by kind, every field filled from the call and
 * from what the server answered, the message completed (attempts, whether a write may have been
 * applied, the key to repeat it with) and scrubbed of secrets once, before the error exists, so
 * its stack carries the scrubbed message too. Loaded with the first failure (import()): a call that
 * succeeds never needs it, and the core a user imports is smaller without it.
 */
import {
  SobotAbortError, SobotApiError, SobotAuthError, SobotConfigError, SobotError, SobotHttpError,
  SobotNetworkError, SobotTimeoutError, SobotValidationError, type SobotErrorInit,
} from './errors.js';
import { Failure, failureMayHaveApplied, type FailureKind } from './failure.js';
import { excerpt, redactorOf, type Redactor } from './redact.js';
import type { Secrets } from './secrets.js';

export { requestRedactor } from './redact.js';
import type { OperationMeta } from './spec-types.js';

const CLASSES: Record<FailureKind, new (message: string, init: SobotErrorInit) => SobotError> = {
  api: SobotApiError, http: SobotHttpError, network: SobotNetworkError, timeout: SobotTimeoutError,
  abort: SobotAbortError, auth: SobotAuthError, validation: SobotValidationError, config: SobotConfigError,
};

/** What the factory needs to know about the call that failed. */
export interface FailedCall {
  op: OperationMeta;
  idempotencyKey?: string;
  attempts: number;
  /** an earlier attempt may have been applied */
  applied: boolean;
}

function str(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}

/** status, headers and body fields, redacted */
function responseFields(f: Failure, redactor: Redactor): SobotErrorInit {
  const r = f.facts.response;
  if (!r) {
    const from = f.facts.from;
    // already built (and scrubbed) by the factory for the other call
    return from ? { status: from.status, headers: from.headers, envelope: from.envelope, retCode: from.retCode, retMsg: from.retMsg, bodyExcerpt: from.bodyExcerpt } : {};
  }
  const out: SobotErrorInit = { status: r.status, headers: redactor.headers(r.headers) };
  if (r.json && typeof r.json === 'object') {
    const e = r.json as { retCode?: unknown; retMsg?: unknown; message?: unknown };
    const retMsg = str(e.retMsg ?? e.message);
    out.envelope = redactor.value(r.json);
    out.retCode = str(e.retCode);
    out.retMsg = retMsg && redactor.text(retMsg);
  } else if (r.text !== undefined) {
    out.bodyExcerpt = redactor.text(excerpt(r.text));
  }
  return out;
}

/**
 * The error for failure `f` of `call`. `final` (the error the caller gets) adds what the whole
 * call knows: attempts, may-have-been-applied; the error of an intermediate failure (a cause, or
 * what `onRetry` is told) says only what that attempt got.
 */
export function toSobotError(f: Failure, call: FailedCall, secrets: Secrets, final = true): SobotError {
  const redactor = redactorOf(secrets);
  const { op } = call;
  const method = op.method.toUpperCase();
  const applied = final && !op.safe && (call.applied || failureMayHaveApplied(f));
  let message = f.facts.where === false ? f.message : `${method} ${op.path} (${op.operationId}) ${f.message}`;
  message += f.note;
  if (final && call.attempts > 1) message += ` [after ${call.attempts} attempts]`;
  if (applied) {
    message += ` — this write may have been applied on the server; check before repeating it${
      call.idempotencyKey ? ` (or repeat it with idempotencyKey ${call.idempotencyKey})` : ''}`;
  }
  const cause = f.facts.cause;
  const err = new CLASSES[f.kind](redactor.text(message), {
    operationId: op.operationId, method, path: op.path, idempotencyKey: call.idempotencyKey,
    attempts: call.attempts, mayHaveBeenApplied: applied,
    ...responseFields(f, redactor),
    cause: cause instanceof Failure ? toSobotError(cause, call, redactor, false) : cause,
  });
  if (err instanceof SobotTimeoutError) err.timeout = f.facts.timeout ?? 'attempt';
  if (err instanceof SobotValidationError) err.issues = f.facts.issues ?? [];
  return err;
}
