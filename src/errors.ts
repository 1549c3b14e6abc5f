/** One base class, one subclass per way a call can fail. */

export interface ValidationIssue {
  /** JSON pointer into the request, prefixed by where: `/body/...`, `/query/...`, `/headers/...` */
  path: string;
  /** the schema keyword (`required`, `type`, `maxLength`, ...) or cross-field rule name */
  rule: string;
  message: string;
  /** for an `enum` issue: the allowed values, each with its meaning where the spec gives one */
  allowed?: AllowedValue[];
}

export interface AllowedValue {
  value: unknown;
  /** from the spec's x-enum-descriptions */
  meaning?: string;
}

export interface SobotErrorInit {
  operationId?: string;
  method?: string;
  path?: string;
  status?: number;
  retCode?: string;
  retMsg?: string;
  /** the parsed response body (redacted) when it was JSON */
  envelope?: unknown;
  /** the start of a response body that was not a usable envelope (redacted) */
  bodyExcerpt?: string;
  /** response headers (redacted) */
  headers?: Record<string, string>;
  attempts?: number;
  /** true when the operation writes and the request may have been applied on the server */
  mayHaveBeenApplied?: boolean;
  /** the key sent on every attempt, for operations that take one: reuse it to repeat safely */
  idempotencyKey?: string;
  cause?: unknown;
}

export class SobotError extends Error {
  // Each class states its name as a static: a minifier renames classes (`class d`), so
  // `new.target.name` and util.inspect would otherwise show the short name.
  static override readonly name: string = 'SobotError';
  readonly code: string = 'SOBOT_ERROR';
  declare operationId?: string;
  declare method?: string;
  declare path?: string;
  declare status?: number;
  declare retCode?: string;
  declare retMsg?: string;
  declare envelope?: unknown;
  declare bodyExcerpt?: string;
  headers: Record<string, string>;
  attempts: number;
  mayHaveBeenApplied: boolean;
  declare idempotencyKey?: string;

  constructor(message: string, init: SobotErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    const { cause: _cause, ...fields } = init;
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) (this as Record<string, unknown>)[k] = v;
    this.name = new.target.name;
    this.headers = init.headers ?? {};
    this.attempts = init.attempts ?? 0;
    this.mayHaveBeenApplied = init.mayHaveBeenApplied ?? false;
  }

  toJSON(): Record<string, unknown> {
    const { stack: _stack, ...own } = Object.fromEntries(Object.entries(this));
    return { name: this.name, message: this.message, ...own };
  }
}

/** The server answered with an envelope that is not a success (status/retCode). */
export class SobotApiError extends SobotError {
  static override readonly name: string = 'SobotApiError';
  override readonly code = 'SOBOT_API_ERROR';
}
/** Non-2xx status, or a body that is not JSON. */
export class SobotHttpError extends SobotError {
  static override readonly name: string = 'SobotHttpError';
  override readonly code = 'SOBOT_HTTP_ERROR';
}
/** The connection failed before a complete response arrived. */
export class SobotNetworkError extends SobotError {
  static override readonly name: string = 'SobotNetworkError';
  override readonly code = 'SOBOT_NETWORK_ERROR';
}
/** An attempt ran past `timeoutMs`, or the call ran past its `deadline`. */
export class SobotTimeoutError extends SobotError {
  static override readonly name: string = 'SobotTimeoutError';
  override readonly code = 'SOBOT_TIMEOUT';
  timeout: 'attempt' | 'deadline' = 'attempt';
}
/** The caller's AbortSignal fired. */
export class SobotAbortError extends SobotError {
  static override readonly name: string = 'SobotAbortError';
  override readonly code = 'SOBOT_ABORTED';
}
/** No token could be had, or the server refused the token (401) after one refresh. */
export class SobotAuthError extends SobotError {
  static override readonly name: string = 'SobotAuthError';
  override readonly code = 'SOBOT_AUTH_ERROR';
}
/** The request breaks the spec's schema or a cross-field rule; nothing was sent. */
export class SobotValidationError extends SobotError {
  static override readonly name: string = 'SobotValidationError';
  override readonly code = 'SOBOT_VALIDATION_ERROR';
  issues: ValidationIssue[] = [];
}
/** The client was configured wrongly (e.g. plain http to a non-loopback host). */
export class SobotConfigError extends SobotError {
  static override readonly name: string = 'SobotConfigError';
  override readonly code = 'SOBOT_CONFIG_ERROR';
}
