/** Company-level token: POST /tokens/company with an MD5 sign. */

export const COMPANY_TOKEN_PATH = '/tokens/company';

/** lowercase hex MD5(appId + currentTime + responseType + appSecret) */
export function companyTokenSign(appId: string, currentTime: number, responseType: string, appSecret: string): string {
  // node:crypto loads on the first sign, not on import: most clients use a static token or none yet
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('md5').update(`${appId}${currentTime}${responseType}${appSecret}`, 'utf8').digest('hex');
}
