/** A token from a simulator's token operation, signed with its default credentials. */
import { companyTokenSign } from "../../../src/index.js";

export async function simToken(baseUrl: string, appId = "sim-app-id", appSecret = "sim-app-secret"): Promise<string> {
  const currentTime = Date.now();
  const r = await fetch(`${baseUrl}/tokens/company`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ responseType: "token", appId, currentTime, sign: companyTokenSign(appId, currentTime, "token", appSecret) }),
  });
  if (r.status !== 200) throw new Error(`token operation answered ${r.status}: ${await r.text()}`);
  return ((await r.json()) as { access_token: string }).access_token;
}
