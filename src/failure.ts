/**
 * Why an attempt or a call failed, as plain facts. The pieces of a call (./pipeline.ts) throw and
 * read these; only ./error-factory.ts turns one into the SobotError a caller sees, once, with
 * every field filled and secrets scrubbed. Not an Error on purpose: an error built half-way
 * (before the number of attempts or what the server may have applied is known) would have to be
 * patched later, which is how fields got copied in four places before.
 */
import type { SobotError, ValidationIssue } from './errors.js';

export type FailureKind = 'api' | 'http' | 'network' | 'timeout' | 'abort' | 'auth' | 'validation' | 'config';

/** What arrived of a response: status and headers always, the body as JSON or as text when it was read. */
export interface ReceivedResponse {
  status: number;
  headers: Headers;
  json?: unknown;
  text?: string;
}

export interface FailureFacts {
  response?: ReceivedResponse;
  /** an Error, or the Failure this one replaces (built into the error's `cause`) */
  cause?: unknown;
  /** the request may have reached the server (network failures, timeouts and aborts in flight) */
  reached?: boolean;
  timeout?: 'attempt' | 'deadline';
  issues?: ValidationIssue[];
  /** a SobotError of another call (the token request) whose response fields this failure carries */
  from?: SobotError;
  /** false: the message is whole without the "METHOD path (operationId)" prefix */
  where?: boolean;
}

export class Failure {
  /** appended to the message by the piece that decided not to go on (e.g. why it was not retried) */
  note = '';
  constructor(readonly kind: FailureKind, readonly message: string, readonly facts: FailureFacts = {}) {}
}

/** Whether a failure of this kind leaves a write possibly applied on the server. */
export function failureMayHaveApplied(f: Failure): boolean {
  if (f.kind === 'network' || f.kind === 'timeout' || f.kind === 'abort') return f.facts.reached === true;
  const status = f.facts.response?.status;
  if (f.kind === 'http') return status === undefined || status >= 500 || (status >= 200 && status < 300);
  return false;
}

/**
 * How the response rules (./response-limit.ts, ./redirect-policy.ts) refuse a response: its body
 * fails when read with this error, carrying the Failure; ./attempt.ts turns it back into that
 * Failure. An Error, not a bare Failure, so `sobot.raw` callers get an Error too.
 */
/**
 * The refusal a refused Response carries (./response-refused.ts), read by ./attempt.ts before the
 * body: openapi-fetch never reads an error body of Content-Length 0, so a failing body alone would
 * let a bare 3xx pass as "answered HTTP 303" without its Location.
 */
export const REFUSAL = Symbol.for('sobot-cc.refusal');

export class ResponseRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'ResponseRefused';
  }
}

/** A 401, or (some gateways) a 2xx whose envelope says code 401. */
export function isAuthRejection(f: Failure): boolean {
  const r = f.facts.response;
  if (!r) return false;
  if (r.status === 401) return true;
  const code = r.json && typeof r.json === 'object' ? (r.json as { code?: unknown }).code : undefined;
  return f.kind === 'api' && Number(code) === 401;
}
