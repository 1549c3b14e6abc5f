/**
 * The auth piece: a secured operation gets Authorization from the client's token source on every
 * attempt (the source caches and refreshes it, one request at a time), and a 401 invalidates that
 * token and tries once more with a fresh one. A secured call on a client without credentials or
 * token fails here, before anything is sent.
 */
import type { Step } from '../call.js';
import { causeMessage } from '../attempt.js';
import { SobotError } from '../errors.js';
import { Failure, isAuthRejection } from '../failure.js';
import type { TokenSource } from './token-source.js';

export const NO_CREDENTIALS = 'needs a token, and the client has none: give createSobotClient `credentials: { appId, appSecret }` '
  + '(e.g. from the environment variables SOBOT_APP_ID and SOBOT_APP_SECRET) or `token` (e.g. from SOBOT_TOKEN); nothing was sent';

export interface AuthContext {
  tokens?: TokenSource;
  authScheme: 'bare' | 'bearer';
  log?: (line: string) => void;
}

export const authorization = (token: string, scheme: 'bare' | 'bearer') => (scheme === 'bearer' ? `Bearer ${token}` : token);

/** The current token; what went wrong getting it as a Failure. */
export async function tokenFor(tokens: TokenSource, signal: AbortSignal | undefined): Promise<string> {
  try {
    return await tokens.get(signal);
  } catch (e) {
    if (signal?.aborted) throw new Failure('abort', 'aborted by the caller while waiting for a token', { cause: signal.reason });
    if (e instanceof Failure) throw e;
    if (e instanceof SobotError) throw new Failure('auth', e.message, { from: e, cause: e });
    throw new Failure('auth', `could not obtain a token: ${causeMessage(e)}`, { cause: e });
  }
}

export function authorizing(next: Step, ctx: AuthContext): Step {
  return async (call) => {
    if (!call.op.security) return next(call);
    const { tokens } = ctx;
    if (!tokens) throw new Failure('config', NO_CREDENTIALS);
    let refreshed = false;
    for (;;) {
      const token = await tokenFor(tokens, call.options.signal);
      (call.headers as Record<string, string>).Authorization = authorization(token, ctx.authScheme);
      try {
        return await next(call);
      } catch (f) {
        if (!(f instanceof Failure) || !isAuthRejection(f)) throw f;
        if (tokens.canRefresh && !refreshed) {
          refreshed = true;
          tokens.invalidate(token);
          ctx.log?.(`sobot auth: ${call.op.operationId} got 401; refreshing the token and retrying once`);
          continue;
        }
        throw new Failure('auth', `was refused as unauthorized${refreshed ? ' again after a token refresh' : ''}`, { response: f.facts.response, cause: f });
      }
    }
  };
}
