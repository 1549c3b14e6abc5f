/** Keeps secrets out of errors and log lines. */
import { maskUrlPassword, Secrets } from './secrets.js';

export { maskUrlPassword, Secrets };

export const REDACTED = '[REDACTED]';

/** `extPassword`, `access_token`, `Set-Cookie`, `appSecret`, ... (after lowercasing and dropping `-`/`_`) */
const SENSITIVE_KEY = /^(pwd|sign|signature|authorization|proxyauthorization|cookie|setcookie)$|(password|passwd|secret|token)$/;

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key.toLowerCase().replace(/[-_]/g, ''));
}

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/**
 * Scrubs text, values and headers of the secrets a Secrets list holds. Loaded only where scrubbing
 * happens (an error being built, a debug line, the CLI's output): the SDK core holds the list only.
 */
export class Redactor extends Secrets {
  /** A redactor of `secrets` and, looked up only when something is redacted, `extra`. */
  static over(secrets: Secrets, extra: unknown[] | (() => unknown[]) = []): Redactor {
    return secrets.extendInto(new Redactor(), extra);
  }

  text(s: string): string {
    let out = s;
    for (const secret of this.all().sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
    return maskUrlPassword(out.replace(JWT, REDACTED));
  }

  /** Deep copy with sensitive keys masked and every string scrubbed. */
  value<T>(v: T, depth = 0): T {
    if (typeof v === 'string') return this.text(v) as T;
    if (v === null || typeof v !== 'object' || depth > 20) return v;
    if (Array.isArray(v)) return v.map((x) => this.value(x, depth + 1)) as T;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const copy = isSensitiveKey(k) && x != null && x !== '' ? REDACTED : this.value(x, depth + 1);
      // `out.__proto__ = x` would set the copy's prototype to an object the server chose (JSON.parse
      // makes `__proto__` an own key, and it stays one here)
      if (k === '__proto__') Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
      else out[k] = copy;
    }
    return out as T;
  }

  headers(h: Headers | Record<string, string> | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (!h) return out;
    const entries = h instanceof Headers ? h.entries() : Object.entries(h);
    for (const [k, v] of entries) out[k] = isSensitiveKey(k) ? REDACTED : this.text(String(v));
    return out;
  }
}

/** Values found under sensitive keys anywhere in a request body (e.g. extension passwords). */
export function sensitiveValues(v: unknown, out: string[] = [], depth = 0): string[] {
  if (v === null || typeof v !== 'object' || depth > 20) return out;
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && isSensitiveKey(k)) out.push(x);
    else sensitiveValues(x, out, depth + 1);
  }
  return out;
}

/** The redactor of one request: the client's secrets and, looked up only when something is redacted, the body's own. */
export function requestRedactor(client: Secrets, body: unknown): Redactor {
  return Redactor.over(client, () => sensitiveValues(body));
}

/** `secrets` as a Redactor (itself when it is one). */
export function redactorOf(secrets: Secrets): Redactor {
  return secrets instanceof Redactor ? secrets : Redactor.over(secrets);
}

export function excerpt(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length - max} more chars)` : text;
}
