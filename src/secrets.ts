/**
 * The secret values one client knows (tokens, the app secret, signs, passwords of a request body).
 * Kept apart from the scrubbing (./redact.ts): the SDK core only collects them, and the scrubbing
 * code loads where it is used — with the first error, a debug line — so the core is smaller.
 */
/** the password of `scheme://user:PASSWORD@host`, in a URL or in text that merely contains one (a redirect's Location, a cause) */
const URL_PASSWORD = /(\/\/[^/?#@\s:]*):[^/?#@]*@/g;

/** `scheme://user:PASSWORD@host` → `scheme://user:***@host`, wherever it appears in `text`. */
export function maskUrlPassword(text: string): string {
  return text.replace(URL_PASSWORD, '$1:***@');
}

const MAX_SECRETS = 64;

export class Secrets {
  private readonly secrets: string[] = [];
  private parent?: Secrets;
  private pending?: () => unknown[];

  /** Remember a secret value (token, app secret, sign, password) so it is scrubbed from text. */
  add(...values: unknown[]): void {
    for (const v of values) {
      if (typeof v !== 'string' || v.length < 4 || this.secrets.includes(v)) continue;
      this.secrets.push(v);
      if (this.secrets.length > MAX_SECRETS) this.secrets.shift();
    }
  }

  /**
   * `into` knowing these secrets and `extra` (e.g. passwords of one request body). A function is
   * called only when something is redacted: the common, successful call never walks the body.
   */
  extendInto<T extends Secrets>(into: T, extra: unknown[] | (() => unknown[]) = []): T {
    into.parent = this;
    if (typeof extra === 'function') into.pending = extra;
    else into.add(...extra);
    return into;
  }

  /** Every secret: this list's own, then its parents'. */
  protected all(): string[] {
    if (this.pending) {
      const load = this.pending;
      this.pending = undefined;
      this.add(...load());
    }
    return this.parent ? [...this.secrets, ...this.parent.all()] : this.secrets;
  }
}
