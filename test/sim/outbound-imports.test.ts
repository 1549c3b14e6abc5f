import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { components } from "../../generated/types.js";
import { useSimulator } from "./support/harness.js";

let clock = 1_790_000_000_000;
const h = useSimulator({ now: () => clock, settleMs: 1000, maxClockSkewMs: Infinity });

const IMPORT = "/callservice/v6/cc-exports/api/campaigns/_import";
const CREATE = "/callservice/v6/cc-outbound/api/campaigns";
const key = () => ({ "Idempotency-Key": randomUUID() });
const importer = { agentID: "3001", agentType: "0" as const };

async function newTask(name: string, by = importer) {
  return h.sobot.call("createOutboundTask", { body: { ...by, name, dataTemplateCode: "D1", wrapUpTemplateCode: "W1", scheduleStartTime: clock, scheduleEndTime: clock + 86_400_000 } });
}
type ImportBody = components["schemas"]["ImportCallingListRequest"];
function chunk(campaignId: string, callingListCode: string, phones: string[], extra: Record<string, unknown> = {}): ImportBody {
  return { ...importer, campaignId, callingListCode, removeDuplicatesRule: "RemoveDuplicatesInCallingList", assignRule: "NoAssign", dataDetails: phones.map((telephone) => ({ telephone })), ...extra } as ImportBody;
}
async function results(callingListCode: string, campaignId: string) {
  const data = await h.sobot.call("getCallingListImportResults", { body: { agentID: "3001", callingListCode, campaignId } });
  return data.list[0];
}

describe("outbound tasks", () => {
  it("a created task is found by its code, by its creator and by its creation window", async () => {
    clock += 60_000;
    const t = await newTask("Spring campaign");
    expect(t.id).toMatch(/^[0-9a-f]{32}$/);
    expect(t.code).toMatch(/^[a-z0-9]{10}$/);
    const byCode = await h.sobot.call("searchOutboundTasks", { body: { code: t.code, currPage: 1, pageSize: 10 } });
    expect(byCode).toMatchObject({ totalCount: 1, totalPage: 1, currPage: 1 });
    expect(byCode.list[0]).toMatchObject({ code: t.code, name: "Spring campaign", creationTime: clock, contactRecordCount: 0 });
    const byCreator = await h.sobot.call("searchOutboundTasks", { body: { agentUUID: "3001", agentType: "0", currPage: 1, pageSize: 10 } });
    expect(byCreator.list.map((x) => x.code)).toContain(t.code);
    const other = await h.sobot.call("searchOutboundTasks", { body: { agentUUID: "3002", agentType: "0", currPage: 1, pageSize: 10 } });
    expect(other.list.map((x) => x.code)).not.toContain(t.code);
    const window = await h.sobot.call("searchOutboundTasks", { body: { creationTimeStart: clock - 1000, creationTimeEnd: clock + 1000, currPage: 1, pageSize: 10 } });
    expect(window.list.map((x) => x.code)).toEqual([t.code]);
  });

  it("the 12-month window and the schedule order are the contract's rules: refused, naming the rule", async () => {
    const wide = await h.raw("POST", "/callservice/v6/cc-outbound/api/campaigns/getList", { body: { creationTimeStart: 0, creationTimeEnd: 400 * 86_400_000, currPage: 1, pageSize: 10 }, headers: key() });
    expect(wide.status).toBe(400);
    expect(wide.body.message).toContain("creationTimeSpanMax12Months");
    const backwards = await h.raw("POST", CREATE, { body: { ...importer, name: "x", dataTemplateCode: "D", wrapUpTemplateCode: "W", scheduleStartTime: 2000, scheduleEndTime: 1000 }, headers: key() });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toContain("scheduleEndAfterStart");
    const noKey = await h.raw("POST", CREATE, { body: { ...importer, name: "x", dataTemplateCode: "D", wrapUpTemplateCode: "W", scheduleStartTime: 1000, scheduleEndTime: 2000 } });
    expect(noKey.status).toBe(400);
    expect(noKey.body.message).toContain("/headers/Idempotency-Key");
  });

  it("the same Idempotency-Key and body replays the first answer and creates nothing twice; another body with that key is refused", async () => {
    const headers = key();
    const body = { ...importer, name: "Once", dataTemplateCode: "D", wrapUpTemplateCode: "W", scheduleStartTime: 1000, scheduleEndTime: 2000 };
    const first = await h.raw("POST", CREATE, { body, headers });
    const second = await h.raw("POST", CREATE, { body: { ...body }, headers });
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    const found = await h.sobot.call("searchOutboundTasks", { body: { agentUUID: "3001", currPage: 1, pageSize: 50 } });
    expect(found.list.filter((t) => t.name === "Once")).toHaveLength(1);
    const other = await h.raw("POST", CREATE, { body: { ...body, name: "Twice" }, headers });
    expect(other.status).toBe(409);
    expect(other.body.message).toContain("/headers/Idempotency-Key: reused");
    expect(h.sim.requests({ operationId: "createOutboundTask" }).filter((r) => r.replayed)).toHaveLength(1);
  });
});

describe("calling-list imports", () => {
  it("chunks accumulate under their calling-list code; counts settle after the delay; duplicates within the list are repeats", async () => {
    const t = await newTask("Import");
    await h.sobot.call("importCallingList", { body: chunk(t.id, "LIST1", ["13800000001", "13800000002", "13800000001"]) });
    await h.sobot.call("importCallingList", { body: chunk(t.id, "LIST1", ["13800000002", "13800000003"]) });
    expect(await results("LIST1", t.id)).toMatchObject({ callingListCode: "LIST1", campaignId: t.id, code: t.code, successCount: 0, repeatCount: 0, errorCount: 0 });
    clock += 1000;
    expect(await results("LIST1", t.id)).toMatchObject({ successCount: 3, repeatCount: 2, removeDuplicatesCount: 2, errorCount: 0, errorReportPath: "" });
    const task = await h.sobot.call("searchOutboundTasks", { body: { code: t.code, currPage: 1, pageSize: 1 } });
    expect(task.list[0]).toMatchObject({ contactRecordCount: 3, contactUnassignedCount: 3, agentCount: 0 });
  });

  it("removeDuplicatesRule decides the scope: none, the list, the task, the tenant", async () => {
    const a = await newTask("Dedup A");
    const b = await newTask("Dedup B");
    const phone = "13811112222";
    await h.sobot.call("importCallingList", { body: chunk(a.id, "SEEN", [phone]) });
    const cases: [string, string, string, number][] = [
      ["NonRemoveDuplicates", a.id, "R1", 0], ["RemoveDuplicatesInCallingList", a.id, "R2", 0],
      ["RemoveDuplicatesInCampaign", a.id, "R3", 1], ["RemoveDuplicatesInCampaign", b.id, "R4", 0], ["RemoveDuplicatesInTenant", b.id, "R5", 1],
    ];
    for (const [rule, task, code] of cases) await h.sobot.call("importCallingList", { body: chunk(task, code, [phone, phone], { removeDuplicatesRule: rule }) });
    clock += 1000;
    for (const [rule, task, code, repeatsFromElsewhere] of cases) {
      const within = rule === "NonRemoveDuplicates" ? 0 : 1;
      expect(await results(code, task), `${rule} ${code}`).toMatchObject({ repeatCount: within + repeatsFromElsewhere, successCount: 2 - within - repeatsFromElsewhere });
    }
  });

  it("bad numbers, unknown allocation agents and (when asked) forbidden numbers are errors, listed in the error report", async () => {
    const t = await newTask("Errors");
    const forbidden = await h.sobot.call("importForbiddenNumbers", { body: [{ callNumber: "13899990000", numberType: 1, callType: 3, enabled: 1 }] });
    expect(forbidden).toMatchObject({ successCount: 1, failedCount: 0 });
    await h.sobot.call("importCallingList", { body: chunk(t.id, "ERR1", ["abc"], { dataDetails: [{ telephone: "12ab" }, { telephone: "13800001111", allocationAgent: "nobody" }, { telephone: "13899990000" }, { telephone: "13800002222" }], enableFilterDoNotCallListNumber: "Filter" }) });
    await h.sobot.call("importCallingList", { body: chunk(t.id, "ERR2", ["13899990000"]) }); // not filtered: imported
    clock += 1000;
    const r = await results("ERR1", t.id);
    expect(r).toMatchObject({ successCount: 1, errorCount: 3 });
    expect(await results("ERR2", t.id)).toMatchObject({ successCount: 1, errorCount: 0 });
    const report = await h.raw("GET", new URL(r!.errorReportPath).pathname);
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toContain("text/csv");
    expect(String(report.body).trim().split("\n")).toEqual([
      "row,telephone,field,reason",
      "1,12ab,telephone,\"not a phone number (3 to 20 digits, optionally after +)\"", // a comma inside: quoted
      "2,13800001111,allocationAgent,no agent with work number nobody",
      "3,13899990000,telephone,in the forbidden-number list",
    ]);
  });

  it("assignment: designated rows go to their agent, the rest by the counts given; the task's figures agree", async () => {
    const t = await newTask("Assign");
    await h.sobot.call("importCallingList", { body: chunk(t.id, "ASG1", [], {
      assignRule: "AssignAppoint", assignAgentAndCount: [{ agentID: "bd4630df3550552ba7c16f27ae9a39cb", count: 1 }],
      dataDetails: [{ telephone: "13800003001", allocationAgent: "2222" }, { telephone: "13800003002" }, { telephone: "13800003003" }],
    }) });
    const task = await h.sobot.call("searchOutboundTasks", { body: { code: t.code, currPage: 1, pageSize: 1 } });
    expect(task.list[0]).toMatchObject({ contactRecordCount: 3, contactUnassignedCount: 1, agentCount: 2 });
  });

  it("only the task's creator may import into it; a calling-list code belongs to one task and keeps one rule; the task must exist", async () => {
    const t = await newTask("Guarded");
    const stranger = await h.raw("POST", IMPORT, { body: { ...chunk(t.id, "G1", ["13800004001"]), agentID: "3002" }, headers: key() });
    expect(stranger.status).toBe(403);
    await h.sobot.call("importCallingList", { body: chunk(t.id, "G1", ["13800004001"]) });
    const other = await newTask("Other");
    const reused = await h.raw("POST", IMPORT, { body: chunk(other.id, "G1", ["13800004002"]), headers: key() });
    expect(reused.status).toBe(409);
    expect(reused.body.message).toContain("/body/callingListCode");
    const ruleChange = await h.raw("POST", IMPORT, { body: chunk(t.id, "G1", ["13800004003"], { removeDuplicatesRule: "NonRemoveDuplicates" }), headers: key() });
    expect(ruleChange.status).toBe(409);
    const byCode = await h.raw("POST", IMPORT, { body: { ...chunk("", "G1", ["13800004004"]), code: t.code }, headers: key() });
    expect(byCode.status).toBe(200);
    const missing = await h.raw("POST", IMPORT, { body: chunk("nope", "G2", ["13800004005"]), headers: key() });
    expect(missing.status).toBe(404);
    clock += 1000;
    expect(await results("G1", t.id)).toMatchObject({ successCount: 2 });
  });

  it("a replayed import chunk (same key, same rows) is answered again and counted once", async () => {
    const t = await newTask("Replay");
    const headers = key();
    const body = chunk(t.id, "REP1", ["13800005001", "13800005002"]);
    const first = await h.raw("POST", IMPORT, { body, headers });
    const again = await h.raw("POST", IMPORT, { body, headers });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    clock += 1000;
    expect(await results("REP1", t.id)).toMatchObject({ successCount: 2, repeatCount: 0 });
  });
});
