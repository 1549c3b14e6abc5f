/**
 * The rules for a client's base URL: https, except plain http to a loopback host (or with
 * `allowInsecureHttp`); never a user name or password in it. docs/sdk-policies.md states them.
 */
import { SobotConfigError } from './errors.js';
import { maskUrlPassword } from './secrets.js';

/**
 * Loopback, for plain http: `localhost` itself, 127.0.0.0/8 and ::1. Not `*.localhost`: RFC 6761
 * lets resolvers send those to loopback but does not make them, and a proxy, a custom resolver or
 * /etc/hosts can send `api.localhost` anywhere. The URL parser has already normalised the host
 * (`127.1` → `127.0.0.1`, `[0::1]` → `[::1]`), so an exact match is enough.
 */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** https required, except for loopback hosts or when `allowInsecureHttp` is set; no credentials in the URL. */
export function checkBaseUrl(baseUrl: string, allowInsecureHttp = false): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new SobotConfigError(`baseUrl is not a valid URL: ${maskUrlPassword(String(baseUrl))}`);
  }
  if (url.username || url.password) {
    // fetch refuses such a URL anyway, and every message naming it would print the password
    throw new SobotConfigError(
      `baseUrl must not carry a user name or password (got ${url.protocol}//${url.username}${url.password ? ':***' : ''}@${url.host}); `
      + 'give Sobot credentials as `credentials: { appId, appSecret }` or `token`',
    );
  }
  if (url.protocol === 'https:') return baseUrl;
  if (url.protocol === 'http:' && (allowInsecureHttp || isLoopbackHost(url.hostname))) return baseUrl;
  throw new SobotConfigError(
    `baseUrl must use https (got ${url.protocol}//${url.hostname}); plain http is allowed only for loopback hosts `
    + '(localhost, 127.0.0.0/8, [::1]) or with allowInsecureHttp: true',
  );
}
