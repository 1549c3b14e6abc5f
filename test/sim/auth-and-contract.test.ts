import { describe, expect, it } from "vitest";
import { companyTokenSign, createSobotClient } from "../../src/index.js";
import { decodeJwtPayload } from "../../src/auth/jwt-lifetime.js";
import { operations } from "../../generated/runtime-operations.js";
import { contractViolations } from "./support/contract.js";
import { useSimulator } from "./support/harness.js";

const h = useSimulator({ appId: "app-1", appSecret: "secret-1", tokenLifetimeMs: 3_600_000 });
const TOKEN = "/tokens/company";
const signed = (over: Record<string, unknown> = {}) => {
  const currentTime = Date.now();
  return { responseType: "token", appId: "app-1", currentTime, sign: companyTokenSign("app-1", currentTime, "token", "secret-1"), ...over };
};

describe("company token", () => {
  it("a correct sign gets a JWT whose iat/exp (ms) are the configured lifetime apart", async () => {
    const r = await h.raw("POST", TOKEN, { token: null, body: signed() });
    expect(r.status).toBe(200);
    expect(r.body.response_type).toBe("token");
    const claims = decodeJwtPayload(r.body.access_token)!;
    expect((claims.exp as number) - (claims.iat as number)).toBe(3_600_000);
    expect(Math.abs((claims.iat as number) - Date.now())).toBeLessThan(60_000);
  });

  it("a wrong sign, an unknown app id or a stale currentTime is refused with 401, naming why", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sign: "0".repeat(32) }, "sign error"],
      [{ appId: "other" }, "appId other is unknown"],
      [{ currentTime: Date.now() - 3_600_000, sign: undefined }, "currentTime"],
    ];
    for (const [over, why] of cases) {
      const body = signed(over);
      if (over.sign === undefined && "currentTime" in over) body.sign = companyTokenSign("app-1", body.currentTime as number, "token", "secret-1");
      const r = await h.raw("POST", TOKEN, { token: null, body });
      expect(r.status, why).toBe(401);
      expect(r.body.message).toContain(why);
    }
  });

  it("secured operations need a token: missing, forged and expired ones get the 401 envelope", async () => {
    const path = operations.searchRelayNumbers.path;
    const missing = await h.raw("POST", path, { token: null, body: {} });
    expect([missing.status, missing.body.status, missing.body.message]).toEqual([401, "Unauthorized", "Authorization header is missing"]);
    const good = await h.token();
    const [head, payload] = good.split(".");
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...decodeJwtPayload(good), exp: 9e15 })).toString("base64url")}.${good.split(".")[2]}`;
    expect(payload).toBeTruthy();
    expect((await h.raw("POST", path, { token: forged, body: {} })).body.message).toBe("token invalid");
    expect((await h.raw("POST", path, { token: `Bearer ${good}`, body: {} })).status).toBe(200);
    h.sim.expireTokens();
    const expired = await h.raw("POST", path, { token: good, body: {} });
    expect([expired.status, expired.body.message]).toEqual([401, "token expired"]);
    expect((await h.raw("POST", path, { token: await h.token(), body: {} })).status).toBe(200);
  });

  it("the SDK signs in with the simulator's credentials and, after the tokens expire, gets a new one by itself", async () => {
    const sobot = createSobotClient({ baseUrl: h.sim.url, credentials: h.sim.credentials });
    await sobot.call("searchRelayNumbers", { body: {} });
    h.sim.expireTokens();
    await sobot.call("searchRelayNumbers", { body: {} });
    const seen = h.sim.requests().filter((r) => r.operationId === "searchRelayNumbers").slice(-3).map((r) => r.status);
    expect(seen).toEqual([200, 401, 200]);
  });
});

describe("the contract, both ways", () => {
  it("a bad request is refused with 400 and a failure envelope naming each field and rule", async () => {
    const r = await h.raw("POST", operations.createSkillGroup.path, { body: { queueName: "", queueWeight: 3, extra: true } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: "Failure", code: 400, retCode: "400" });
    const issues = r.body.data.issues.map((i: { path: string; rule: string }) => `${i.path} ${i.rule}`).sort();
    expect(issues).toEqual(["/body/extra additionalProperties", "/body/queueID required", "/body/queueName minLength", "/body/queueWeight type"]);
    for (const i of issues) expect(r.body.message).toContain(i.split(" ")[0]);
  });

  it("query text is read as the parameter's type; a value of another type is refused naming it", async () => {
    expect((await h.raw("GET", `${operations.getAgentSetting.path}?agent=1111&agentType=0`)).status).toBe(200);
    const bad = await h.raw("GET", `${operations.getAgentSetting.path}?agent=1111&agentType=zero`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain("/query/agentType: type");
    const extra = await h.raw("GET", `${operations.getAgentSetting.path}?agent=1111&agentType=0&debug=1`);
    expect(extra.body.message).toContain("/query/debug");
  });

  it("not JSON, an unknown path and a wrong method are refused with envelopes; time zones by name, by offset, or the default", async () => {
    const notJson = await h.raw("POST", operations.createSkillGroup.path, { text: "{nope" });
    expect([notJson.status, notJson.body.data.issues[0].rule]).toEqual([400, "json"]);
    expect((await h.raw("POST", "/callservice/v6/nothing")).status).toBe(404);
    const wrong = await h.raw("PUT", operations.createSkillGroup.path, { body: {} });
    expect([wrong.status, wrong.headers.get("allow")]).toEqual([405, "POST, DELETE"]);
    const at = async (timezoneid?: string) => (await h.raw("POST", operations.searchCallAgents.path, { body: { agentID: "1111" }, headers: timezoneid ? { timezoneid } : {} })).body.data[0].createTime as string;
    const singapore = await at();
    expect(await at("+08:00")).toBe(singapore);
    expect(await at("GMT+08:00")).toBe(singapore);
    expect(await at("Z")).toBe(await at("UTC"));
    expect(await at("Z")).not.toBe(singapore);
    // a name the contract's pattern allows but no time-zone database knows: the default zone
    expect(await at("Mars/Olympus")).toBe(singapore);
  });

  it("the response checker itself fails on an answer that breaks the contract", () => {
    const broken = JSON.stringify({ apiVersion: "6", status: "Success", code: 200, message: "", reason: "", kind: "QueueInfo", data: { list: [{ queueName: "no id" }], currPage: 1, pageSize: 10 } });
    const v = contractViolations("POST", operations.searchSkillGroups.path, 200, "application/json", broken);
    expect(v?.join("\n")).toMatch(/total|queueID/);
    expect(contractViolations("POST", operations.searchSkillGroups.path, 200, "text/plain", "{}")).toHaveLength(1);
    expect(h.checked).toBeGreaterThan(10);
  });
});
