/** Reads `iat`/`exp` from a JWT without verifying it, to know when to refresh. */

/** Epoch values above this are milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const MS_THRESHOLD = 1e11;

export function toMillis(epoch: number): number {
  return epoch > MS_THRESHOLD ? epoch : epoch * 1000;
}

export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const json = Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const payload: unknown = JSON.parse(json);
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token's lifetime in ms: `exp - iat` when both are present (seconds or milliseconds,
 * detected per value), `exp - now` when only `exp` is; otherwise undefined.
 * Measured as a duration so a skewed server clock does not matter.
 */
export function jwtLifetimeMs(token: string, now: number): number | undefined {
  const p = decodeJwtPayload(token);
  if (!p) return undefined;
  const exp = typeof p.exp === 'number' ? toMillis(p.exp) : undefined;
  const iat = typeof p.iat === 'number' ? toMillis(p.iat) : undefined;
  if (exp === undefined) return undefined;
  const lifetime = iat !== undefined ? exp - iat : exp - now;
  return lifetime > 0 ? lifetime : undefined;
}
