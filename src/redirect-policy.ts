/**
 * Redirects are never followed. A 307 would re-send the token request (appId and a fresh sign)
 * or a write body (phone numbers) to whatever host the Location names, and the token that host
 * returned would be used (issue 13). Requests go out with `redirect: "manual"` (./http-client.ts)
 * and a 3xx answer is an error naming its Location; a `fetch` option that followed one anyway
 * (`response.redirected`) is refused too, since the answer came from elsewhere. A moved API is
 * fixed by pointing baseUrl at the new host, deliberately.
 */
import { Failure } from './failure.js';
import { excerpt } from './redact.js';

export function redirectRefusal(response: Response, request: Request): Failure | undefined {
  const { status, headers } = response;
  const facts = { response: { status, headers }, reached: true };
  const from = new URL(request.url).origin;
  if (response.redirected) {
    return new Failure('http', `was redirected by the client's fetch to ${excerpt(response.url, 200)}; sobot-cc follows no redirects`
      + ` (the fetch option ignored the request's redirect: "manual"), so the answer from there was not used`, facts);
  }
  if (status < 300 || status > 399 || status === 304) return undefined;
  const location = headers.get('location');
  return new Failure('http', `answered HTTP ${status} redirecting to ${location === null ? '(no Location)' : excerpt(location, 200)}; `
    + `sobot-cc follows no redirects, so nothing was sent there (only to ${from}); if the API moved, set baseUrl to its new address`, facts);
}
