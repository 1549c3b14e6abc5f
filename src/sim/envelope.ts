/**
 * The vendor's envelope around every answer. Success carries `status: "Success"` and
 * `retCode: "000000"`; a failure carries the HTTP status in `code` and `retCode`, the reason in
 * `message`/`retMsg`, and (for a refused request) the issues in `data` — the contract's
 * ErrorEnvelope allows an object there and keeps it "for diagnosis".
 */

export const API_VERSION = '6.3.0';

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Payload Too Large', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export function success(kind: string, data: unknown, message = 'Success'): Record<string, unknown> {
  return {
    apiVersion: API_VERSION, status: 'Success', code: 200, message, reason: 'Success', kind,
    metaData: {}, data, retMsg: message, retCode: '000000',
  };
}

export function failure(status: number, message: string, data: Record<string, unknown> | null = null, envelopeStatus = 'Failure'): Record<string, unknown> {
  return {
    apiVersion: API_VERSION, status: envelopeStatus, code: status, message, reason: REASONS[status] ?? 'Failure', kind: 'Error',
    metaData: {}, data, retMsg: message, retCode: String(status),
  };
}

/** A refusal a handler throws; the server turns it into a failure envelope with this status. */
export class SimFailure extends Error {
  constructor(readonly status: number, message: string, readonly data: Record<string, unknown> | null = null) {
    super(message);
    this.name = 'SimFailure';
  }
}
