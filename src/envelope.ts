/** Turns one HTTP response into `data`, or the error it is. */
import { SobotApiError, SobotHttpError, type SobotErrorInit } from './errors.js';
import { excerpt, type Redactor } from './redact.js';

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

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export type ResponseMode = 'envelope' | 'bare';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!text.trim()) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function str(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}

/**
 * 2xx + success envelope → `data` (or the whole body in `bare` mode, for the token endpoint).
 * Anything else throws: non-2xx and non-JSON → SobotHttpError; failure envelope → SobotApiError.
 */
export function interpretResponse(res: RawResponse, mode: ResponseMode, base: SobotErrorInit, redactor: Redactor): unknown {
  const parsed = parseJson(res.text);
  // built only on the way to an error: a successful call never copies or scrubs headers
  const common = (): SobotErrorInit => ({ ...base, status: res.status, headers: redactor.headers(res.headers) });
  const envelopeFields = (v: unknown): SobotErrorInit => {
    if (!v || typeof v !== 'object') return {};
    const e = v as Envelope;
    const retMsg = str(e.retMsg ?? e.message);
    return { envelope: redactor.value(v), retCode: str(e.retCode), retMsg: retMsg && redactor.text(retMsg) };
  };
  const where = `${base.method} ${base.path} (${base.operationId})`;

  if (res.status < 200 || res.status > 299) {
    const fields = parsed.ok ? envelopeFields(parsed.value) : { bodyExcerpt: redactor.text(excerpt(res.text)) };
    const detail = fields.retMsg ? `: ${fields.retMsg}` : '';
    throw new SobotHttpError(`${where} answered HTTP ${res.status}${detail}`, { ...common(), ...fields });
  }
  if (!parsed.ok) {
    const what = res.text.trim() ? 'a body that is not JSON' : 'an empty body';
    throw new SobotHttpError(`${where} answered HTTP ${res.status} with ${what}`, {
      ...common(),
      bodyExcerpt: redactor.text(excerpt(res.text)),
    });
  }
  if (mode === 'bare') return parsed.value;
  if (!isSuccessEnvelope(parsed.value)) {
    const fields = envelopeFields(parsed.value);
    const status = parsed.value && typeof parsed.value === 'object' ? str((parsed.value as Envelope).status) : undefined;
    const summary = [status && `status ${status}`, fields.retCode && `retCode ${fields.retCode}`, fields.retMsg].filter(Boolean).join(', ');
    throw new SobotApiError(`${where} failed${summary ? `: ${summary}` : ': response is not a success envelope'}`, {
      ...common(),
      ...fields,
    });
  }
  return parsed.value.data;
}
