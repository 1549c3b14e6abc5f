import { describe, expect, it } from "vitest";
import { SobotError } from "../../src/index.js";
import { useSimulator } from "./support/harness.js";

const h = useSimulator();

async function allGroups() {
  const out: { queueID: string; queueName?: string }[] = [];
  for await (const g of h.sobot.paginate("searchSkillGroups", { body: { pageSize: 7 } })) out.push(g as { queueID: string });
  return out;
}

describe("skill groups", () => {
  it("pages through the real list with totals that agree on every page", async () => {
    const totals = new Set<number>();
    let seen = 0;
    for (let page = 1; ; page++) {
      const data = await h.sobot.call("searchSkillGroups", { body: { currPage: page, pageSize: 10 } });
      totals.add(data.total);
      seen += data.list.length;
      if (data.list.length < 10) break;
    }
    expect([...totals]).toEqual([25]);
    expect(seen).toBe(25);
    const ids = (await allGroups()).map((g) => g.queueID);
    expect(new Set(ids).size).toBe(25);
  });

  it("a created group is found in the list; a second create with its number is refused (409) and changes nothing", async () => {
    const created = await h.sobot.call("createSkillGroup", { body: { queueID: "7001", queueName: "Night shift", queueWeight: "3" } });
    expect(created).toEqual({ queueID: "7001", queueName: "Night shift", queueWeight: "3" });
    expect((await allGroups()).find((g) => g.queueID === "7001")).toEqual({ queueID: "7001", queueName: "Night shift" });
    const again = await h.raw("POST", "/callservice/v6/cc-config/api/queue", { body: { queueID: "7001", queueName: "Other" } });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain("/body/queueID");
    expect((await allGroups()).filter((g) => g.queueID === "7001")).toEqual([{ queueID: "7001", queueName: "Night shift" }]);
  });

  it("a deleted group is gone from the list and from the members view; deleting it again is a 404", async () => {
    await h.sobot.call("createSkillGroup", { body: { queueID: "7002", queueName: "Temp" } });
    expect(await h.sobot.call("deleteSkillGroup", { body: { queueID: "7002" } })).toEqual({});
    expect((await allGroups()).some((g) => g.queueID === "7002")).toBe(false);
    expect(await h.sobot.call("searchSkillGroupMembers", { body: { queueID: "7002" } })).toEqual([]);
    const err = await h.sobot.call("deleteSkillGroup", { body: { queueID: "7002" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SobotError);
    expect((err as SobotError).status).toBe(404);
  });

  it("bulk member changes show in the members view, named as agentType asks, and in the call-agent filter", async () => {
    await h.sobot.call("createSkillGroup", { body: { queueID: "7003", queueName: "Sales" } });
    const applied = await h.sobot.call("updateSkillGroupMembers", {
      body: { agentType: "0", list: [{ queueID: "7003", queueWeight: "2", add: [{ agent: "1111", level: 3, checkin: true }, { agent: "2222" }] }] },
    });
    expect(applied.list?.[0]).toMatchObject({ queueID: "7003", queueWeight: "2" });
    const byWorkNo = await h.sobot.call("searchSkillGroupMembers", { body: { queueID: "7003" } });
    expect(byWorkNo).toEqual([{ queueName: "Sales", queueID: "7003", queueWeight: 2, agentCount: 2, agents: [
      { agent: "1111", agentName: "test", level: "3", checkin: true }, { agent: "2222", agentName: "test02", level: "1", checkin: false },
    ] }]);
    const byUuid = await h.sobot.call("searchSkillGroupMembers", { body: { queueID: "7003", agentType: "1" } });
    expect(byUuid[0]!.agents!.map((a) => a.agent)).toEqual(["bd4630df3550552ba7c16f27ae9a39cb", "d2a6a9fb2ab2470cba9af6b6774ef858"]);
    expect((await h.sobot.call("searchCallAgents", { body: { queue: "7003" } })).map((a) => a.agentID)).toEqual(["1111", "2222"]);

    // overwrite one, remove the other
    await h.sobot.call("updateSkillGroupMembers", { body: { list: [{ queueID: "7003", add: [{ agent: "1111", level: 5 }], remove: [{ agent: "2222" }] }] } });
    const after = await h.sobot.call("searchSkillGroupMembers", { body: { queueID: "7003" } });
    expect(after[0]!.agents).toEqual([{ agent: "1111", agentName: "test", level: "5", checkin: true }]);
  });

  it("a bulk change naming one unknown agent or group is refused whole: nothing of it is applied", async () => {
    await h.sobot.call("createSkillGroup", { body: { queueID: "7004", queueName: "Atomic" } });
    const before = await h.sobot.call("searchSkillGroupMembers", { body: { queueID: "7004" } });
    const unknownAgent = await h.raw("POST", "/callservice/v6/cc-config/api/queue/agents", {
      body: { list: [{ queueID: "7004", add: [{ agent: "1111" }] }, { queueID: "7004", add: [{ agent: "no-such-agent" }] }] },
    });
    expect(unknownAgent.status).toBe(404);
    expect(unknownAgent.body.message).toContain("/body/list/1/add/0/agent");
    const unknownGroup = await h.raw("POST", "/callservice/v6/cc-config/api/queue/agents", { body: { list: [{ queueID: "7004", add: [{ agent: "1111" }] }, { queueID: "nope" }] } });
    expect(unknownGroup.status).toBe(404);
    expect(unknownGroup.body.message).toContain("/body/list/1/queueID");
    expect(await h.sobot.call("searchSkillGroupMembers", { body: { queueID: "7004" } })).toEqual(before);
  });
});
