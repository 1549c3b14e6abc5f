/** Keeps secrets out of errors and log lines. */

export const REDACTED = '[REDACTED]';

/** `extPassword`, `access_token`, `Set-Cookie`, `appSecret`, ... (after lowercasing and dropping `-`/`_`) */
const SENSITIVE_KEY = /^(pwd|sign|signature|authorization|proxyauthorization|cookie|setcookie)$|(password|passwd|secret|token)$/;

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key.toLowerCase().replace(/[-_]/g, ''));
}

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/** the password of `scheme://user:PASSWORD@host`, in a URL or in text that merely contains one (a redirect's Location, a cause) */
const URL_PASSWORD = /(\/\/[^/?#@\s:]*):[^/?#@]*@/g;

/** `scheme://user:PASSWORD@host` → `scheme://user:***@host`, wherever it appears in `text`. */
export function maskUrlPassword(text: string): string {
  return text.replace(URL_PASSWORD, '$1:***@');
}
const MAX_SECRETS = 64;

export class Redactor {
  private readonly secrets: string[] = [];
  private parent?: Redactor;

  /** Remember a secret value (token, app secret, sign, password) so it is scrubbed from text. */
  add(...values: unknown[]): void {
    for (const v of values) {
      if (typeof v !== 'string' || v.length < 4 || this.secrets.includes(v)) continue;
      this.secrets.push(v);
      if (this.secrets.length > MAX_SECRETS) this.secrets.shift();
    }
  }

  private pending?: () => unknown[];

  /**
   * A redactor that also knows `extra` (e.g. passwords of one request body). A function is
   * called only when something is redacted: the common, successful call never walks the body.
   */
  child(extra: unknown[] | (() => unknown[]) = []): Redactor {
    const r = new Redactor();
    r.parent = this;
    if (typeof extra === 'function') r.pending = extra;
    else r.add(...extra);
    return r;
  }

  private all(): string[] {
    if (this.pending) {
      const load = this.pending;
      this.pending = undefined;
      this.add(...load());
    }
    return this.parent ? [...this.secrets, ...this.parent.all()] : this.secrets;
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
export function requestRedactor(client: Redactor, body: unknown): Redactor {
  return client.child(() => sensitiveValues(body));
}

export function excerpt(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length - max} more chars)` : text;
}
