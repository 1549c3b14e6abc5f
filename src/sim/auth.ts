/**
 * Company tokens as Sobot issues them (research notes, "Authentication token"): the request is
 * signed with lowercase hex MD5(appId + currentTime + responseType + appSecret); the token is a
 * JWT carrying `iat`/`exp` in epoch **milliseconds**, as the one public token seen does. Tokens
 * are HS256-signed with a key derived from the app secret, so a restarted simulator with the
 * same secret (and `--state`) still accepts the tokens it gave out.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { SimFailure } from './envelope.js';

export interface AuthConfig {
  appId: string;
  appSecret: string;
  tokenLifetimeMs: number;
  /** how far `currentTime` may be from the simulator's clock; Infinity accepts any */
  maxClockSkewMs: number;
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export class TokenIssuer {
  private readonly key: Buffer;
  /** tokens issued before this instant count as expired (`/__sim/tokens/expire`) */
  private expiredBefore = 0;
  private issued = 0;

  constructor(private readonly config: AuthConfig, private readonly now: () => number) {
    this.key = createHash('sha256').update(`sobot-cc-sim:${config.appSecret}`).digest();
  }

  /** The token operation: checks the signature, answers the vendor's (unenveloped) token body. */
  issue(body: { appId: string; currentTime: number; responseType: string; sign: string }): Record<string, unknown> {
    const { appId, appSecret, maxClockSkewMs } = this.config;
    if (body.appId !== appId) throw new SimFailure(401, `appId ${body.appId} is unknown`);
    const expected = createHash('md5').update(`${body.appId}${body.currentTime}${body.responseType}${appSecret}`).digest('hex');
    if (!safeEqual(expected, body.sign)) throw new SimFailure(401, 'sign error: sign must be the lowercase hex MD5 of appId + currentTime + responseType + appSecret');
    const skew = Math.abs(this.now() - body.currentTime);
    if (skew > maxClockSkewMs) throw new SimFailure(401, `currentTime is ${skew} ms away from the server's clock (at most ${maxClockSkewMs} ms allowed)`);
    const iat = Math.max(this.now(), this.expiredBefore);
    this.issued++;
    const payload = { appId, iat, exp: iat + this.config.tokenLifetimeMs, jti: this.issued };
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
    return { response_type: 'token', access_token: `${head}.${this.sign(head)}` };
  }

  /** Why a token is refused, or undefined when it is good. Accepts it bare or after `Bearer `. */
  refusal(authorization: string | undefined): string | undefined {
    if (!authorization) return 'Authorization header is missing';
    const token = authorization.replace(/^Bearer\s+/i, '');
    const [head, payload, sig] = token.split('.');
    if (!head || !payload || !sig || !safeEqual(this.sign(`${head}.${payload}`), sig)) return 'token invalid';
    let claims: { iat?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return 'token invalid';
    }
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return 'token invalid';
    if (claims.exp <= this.now() || claims.iat < this.expiredBefore) return 'token expired';
    return undefined;
  }

  /** Every token issued so far expires now; new ones are issued normally. */
  expireAll(): void {
    this.expiredBefore = this.now() + 1;
  }

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
