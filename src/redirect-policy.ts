/**
 * Redirects are never followed. A 307 would re-send the token request (appId and a fresh sign)
 * or a write body (phone numbers) to whatever host the Location names, and the token that host
 * returned would be used (issue 13). Requests go out with `redirect: "manual"` (./http-client.ts)
 * and a 3xx answer is an error naming its Location; a `fetch` option that followed one anyway
 * (`response.redirected`) is refused too, since the answer came from elsewhere. A moved API is
 * fixed by pointing baseUrl at the new host, deliberately.
 */
import { Failure } from './failure.js';
import { refusedResponse } from './response-refused.js';

const cut = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

/** `response` (a 3xx, or one a fetch followed a redirect to) refused: reading its body fails, naming where it pointed. */
export function refuseRedirect(response: Response, request: Request): Response {
  const failure = new Failure('http', redirectProblem(response, request), { response: { status: response.status, headers: response.headers }, reached: true });
  return refusedResponse(response, failure);
}

function redirectProblem(response: Response, request: Request): string {
  if (response.redirected) {
    return `was redirected by the client's fetch to ${cut(response.url)}; sobot-cc follows no redirects`
      + ' (the fetch option ignored the request\'s redirect: "manual"), so the answer from there was not used';
  }
  const location = response.headers.get('location');
  return `answered HTTP ${response.status} redirecting to ${location === null ? '(no Location)' : cut(location)}; `
    + `sobot-cc follows no redirects, so nothing was sent there (only to ${new URL(request.url).origin}); if the API moved, set baseUrl to its new address`;
}
