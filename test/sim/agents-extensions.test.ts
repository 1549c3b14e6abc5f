import { describe, expect, it } from "vitest";
import { useSimulator } from "./support/harness.js";

const h = useSimulator();

async function extension(ext: string) {
  for await (const e of h.sobot.paginate("searchExtensions", { body: { pageSize: 50 } })) if ((e as { ext: string }).ext === ext) return e;
  return undefined;
}

describe("agent settings and extensions", () => {
  it("query an agent by work number and by UUID: the same setting", async () => {
    const byNo = await h.sobot.call("getAgentSetting", { query: { agent: "1111", agentType: 0 } });
    const byUuid = await h.sobot.call("getAgentSetting", { query: { agent: "bd4630df3550552ba7c16f27ae9a39cb", agentType: 1 } });
    expect(byNo).toEqual(byUuid);
    expect(byNo).toMatchObject({ agentID: "1111", ext: "1000", phone: "13800138000", wrapUpType: 2, wrapUpTime: 60 });
    const unknown = await h.raw("GET", "/callservice/v6/cc-config/api/agents?agent=9999&agentType=0");
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain("/query/agent");
  });

  it("a created extension is listed unbound; binding it with updateAgentSetting marks it bound to that agent and frees the old one", async () => {
    expect(await h.sobot.call("createExtension", { body: { agentID: "3002", ext: "0777", password: "7654321" } })).toEqual({ ext: "0777", password: "7654321", langCodeTxt: "Opus" });
    expect(await extension("0777")).toEqual({ ext: "0777", password: "7654321", bindStatus: 0 });
    const unbound = [];
    for await (const e of h.sobot.paginate("searchExtensions", { body: { bindStatus: 0 } })) unbound.push((e as { ext: string }).ext);
    expect(unbound).toContain("0777");

    const updated = await h.sobot.call("updateAgentSetting", { body: { agent: "1111", agentType: 0, ext: "0777", wrapUpTime: 15, wrapUpType: 1, phone: "13900000077" } });
    expect(updated).toMatchObject({ agentID: "1111", ext: "0777", phone: "13900000077", wrapUpTime: 15, wrapUpType: 1 });
    expect(await extension("0777")).toMatchObject({ bindStatus: 1, agentUUID: "bd4630df3550552ba7c16f27ae9a39cb", agentName: "test" });
    expect(await extension("1000")).toEqual({ ext: "1000", password: "123456", bindStatus: 0 });
    expect(await h.sobot.call("getAgentSetting", { query: { agent: "1111", agentType: 0 } })).toMatchObject({ ext: "0777", wrapUpTime: 15 });
    expect((await h.sobot.call("searchCallAgents", { body: { ext: "077" } })).map((a) => a.agentID)).toEqual(["1111"]);
  });

  it("an extension bound to another agent, or one that does not exist, cannot be bound", async () => {
    const taken = await h.raw("POST", "/callservice/v6/cc-config/api/agents", { body: { agent: "2222", agentType: 0, ext: "5001", wrapUpTime: 10 } });
    expect(taken.status).toBe(409);
    const missing = await h.raw("POST", "/callservice/v6/cc-config/api/agents", { body: { agent: "2222", agentType: 0, ext: "4321", wrapUpTime: 10 } });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain("/body/ext");
    expect(await h.sobot.call("getAgentSetting", { query: { agent: "2222", agentType: 0 } })).toMatchObject({ ext: "1001", wrapUpTime: 30 });
  });

  it("an extension number is created once; the digit rules are the contract's", async () => {
    const dup = await h.raw("POST", "/callservice/v6/cc-config/api/exts/_add", { body: { agentID: "3002", ext: "5002", password: "123456" } });
    expect(dup.status).toBe(409);
    for (const [ext, password, path] of [["12", "123456", "/body/ext"], ["123456789", "123456", "/body/ext"], ["12a4", "123456", "/body/ext"], ["1234", "12345", "/body/password"]]) {
      const bad = await h.raw("POST", "/callservice/v6/cc-config/api/exts/_add", { body: { agentID: "3002", ext, password } });
      expect(bad.status, `${ext}/${password}`).toBe(400);
      expect(bad.body.message).toContain(path);
    }
  });

  it("unbinding by number type: 0 the extension, 1 the phone, absent both; the extension list agrees", async () => {
    await h.sobot.call("unbindAgentSetting", { body: { agent: "5001", agentType: 0, numberType: 0 } });
    expect(await h.sobot.call("getAgentSetting", { query: { agent: "5001", agentType: 0 } })).not.toHaveProperty("ext");
    expect(await extension("5001")).toMatchObject({ bindStatus: 0 });

    await h.sobot.call("updateAgentSetting", { body: { agent: "5002", agentType: 0, phone: "13700000000", wrapUpTime: 20 } });
    await h.sobot.call("unbindAgentSetting", { body: { agent: "5002", agentType: 0, numberType: 1 } });
    const s = await h.sobot.call("getAgentSetting", { query: { agent: "5002", agentType: 0 } });
    expect(s).toMatchObject({ ext: "5002" });
    expect(s).not.toHaveProperty("phone");

    await h.sobot.call("unbindAgentSetting", { body: { agent: "2222", agentType: 0 } });
    const both = await h.sobot.call("getAgentSetting", { query: { agent: "2222", agentType: 0 } });
    expect(both).not.toHaveProperty("ext");
    expect(both).not.toHaveProperty("phone");
  });

  it("the call-agent list filters by name, work number, status and shows times in the request's time zone", async () => {
    const named = await h.sobot.call("searchCallAgents", { body: { agentName: "v6_cs" } });
    expect(named.map((a) => a.agentID).sort()).toEqual(["5001", "5002"]);
    expect((await h.sobot.call("searchCallAgents", { body: { agentID: "300" } })).length).toBe(9);
    const online = await h.sobot.call("searchCallAgents", { body: { agentStatus: 1 } });
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((a) => a.loginStatus === 1)).toBe(true);
    const sg = await h.raw("POST", "/callservice/v6/cc-config/api/agents/call/_search", { body: { agentID: "1111" } });
    const utc = await h.raw("POST", "/callservice/v6/cc-config/api/agents/call/_search", { body: { agentID: "1111" }, headers: { timezoneid: "UTC" } });
    const ms = sg.body.data[0].createTimeMs as number;
    expect(utc.body.data[0].createTime).toBe(new Date(ms).toISOString().slice(0, 19).replace("T", " "));
    expect(sg.body.data[0].createTime).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " "));
  });
});
