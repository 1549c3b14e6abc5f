/** Company-level token: POST /tokens/company with an MD5 sign. */

export const COMPANY_TOKEN_PATH = '/tokens/company';

/** lowercase hex MD5(appId + currentTime + responseType + appSecret) */
export function companyTokenSign(appId: string, currentTime: number, responseType: string, appSecret: string): string {
  // node:crypto loads on the first sign, not on import: most clients use a static token or none yet
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('md5').update(`${appId}${currentTime}${responseType}${appSecret}`, 'utf8').digest('hex');
}

export function companyTokenBody(appId: string, appSecret: string, currentTime: number) {
  const responseType = 'token';
  return { responseType, appId, currentTime, sign: companyTokenSign(appId, currentTime, responseType, appSecret) };
}

/** `access_token` | `accessToken`, at the top level or (defensively) under `data`. */
export function extractToken(body: unknown): string | undefined {
  const pick = (o: unknown): string | undefined => {
    if (!o || typeof o !== 'object') return undefined;
    const r = o as Record<string, unknown>;
    const t = r.access_token ?? r.accessToken;
    return typeof t === 'string' && t.length > 0 ? t : undefined;
  };
  const data = body && typeof body === 'object' ? (body as Record<string, unknown>).data : undefined;
  return pick(body) ?? pick(data) ?? (typeof data === 'string' && data.length > 0 ? data : undefined);
}
