/** Turns one response into `data`, or the Failure it is. The body is parsed once, here (parseBody; or by openapi-fetch, for an error status). */
import type { ResponseMode } from './call.js';
import { Failure, type ReceivedResponse } from './failure.js';

export interface Envelope {
  apiVersion?: string;
  status?: string;
  code?: number;
  message?: string;
  reason?: string;
  kind?: string;
  metaData?: unknown;
  data?: unknown;
  retMsg?: string;
  retCode?: string;
  creationTime?: number;
}

export const SUCCESS_STATUS = 'Success';
export const SUCCESS_RET_CODE = '000000';

export function isSuccessEnvelope(body: unknown): body is Envelope {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const e = body as Envelope;
  return e.status === SUCCESS_STATUS && (e.retCode === undefined || e.retCode === null || String(e.retCode) === SUCCESS_RET_CODE);
}

function str(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}

/**
 * The body as JSON, when it is JSON: `r` as it is when openapi-fetch already parsed it (an error
 * status) or when the text is not JSON (kept for the error's body excerpt).
 */
export function parseBody(r: ReceivedResponse): ReceivedResponse {
  if ('json' in r) return r;
  try {
    return { status: r.status, headers: r.headers, json: JSON.parse(r.text ?? '') };
  } catch {
    return r;
  }
}

/**
 * 2xx + success envelope → `data` (or the whole body in `bare` mode, for the token endpoint).
 * Anything else is a Failure: non-2xx, or a body that is not JSON → `http`; a failure envelope → `api`.
 * `response` comes from parseBody: it carries `json` when the body was JSON, else `text`.
 */
export function interpretResponse(response: ReceivedResponse, mode: ResponseMode): unknown {
  const parsed = 'json' in response;
  const body = response.json;
  const env = parsed && body && typeof body === 'object' ? (body as Envelope) : undefined;
  const retMsg = str(env?.retMsg ?? env?.message);
  if (response.status < 200 || response.status > 299) {
    throw new Failure('http', `answered HTTP ${response.status}${retMsg ? `: ${retMsg}` : ''}`, { response });
  }
  if (!parsed) {
    const what = response.text?.trim() ? 'a body that is not JSON' : 'an empty body';
    throw new Failure('http', `answered HTTP ${response.status} with ${what}`, { response });
  }
  if (mode === 'bare') return body;
  if (!isSuccessEnvelope(body)) {
    const [status, retCode] = [str(env?.status), str(env?.retCode)];
    const summary = [status && `status ${status}`, retCode && `retCode ${retCode}`, retMsg].filter(Boolean).join(', ');
    throw new Failure('api', `failed${summary ? `: ${summary}` : ': response is not a success envelope'}`, { response });
  }
  return body.data;
}
