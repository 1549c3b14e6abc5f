import { describe, expect, it } from "vitest";
import { useSimulator } from "./support/harness.js";

const h = useSimulator();
const FORBIDDEN = "/callservice/v6/cc-config/blacklist/batch";

describe("forbidden numbers", () => {
  it("invalid rows are reported one by one in the vendor's text; the valid rows are imported", async () => {
    const r = await h.raw("PUT", FORBIDDEN, { body: [
      { callNumber: "13700000001", numberType: 1, callType: 3, enabled: 1 },
      { callNumber: "13212341232", numberType: 2, callType: 2, enabled: 0 },
      { callNumber: "13212341233", numberType: 1, callType: 5, enabled: 0 },
      { callNumber: "13212341234", numberType: 1, callType: 2, enabled: 0, expirationTime: "31/12/2026" },
    ] });
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ successCount: 1, failedCount: 3, details: [
      "NO[2],[numberType],Content[2],[Reference:1-number]",
      "NO[3],[callType],Content[5],[Reference:2-Inbound,3-Outbound]",
      "NO[4],[expirationTime],Content[31/12/2026],[Reference:yyyy-MM-dd]",
    ] });
    expect(h.sim.exportState().forbiddenNumbers.map((f) => f.callNumber)).toContain("13700000001");
  });

  it("a number already on the list for that direction is a failed row; the list keeps one entry", async () => {
    const again = await h.sobot.call("importForbiddenNumbers", { body: [{ callNumber: "13700000001", numberType: 1, callType: 3, enabled: 1 }, { callNumber: "13700000001", numberType: 1, callType: 2, enabled: 1 }] });
    expect(again).toEqual({ successCount: 1, failedCount: 1, details: ["NO[1],[callNumber],Content[13700000001],[Reference:already in the forbidden list for this callType]"] });
    expect(h.sim.exportState().forbiddenNumbers.filter((f) => f.callNumber === "13700000001")).toHaveLength(2);
  });

  it("a body that is not a list of entries is refused whole", async () => {
    for (const body of [[], {}, ["13700000001"]]) {
      const r = await h.raw("PUT", FORBIDDEN, { body });
      expect(r.status, JSON.stringify(body)).toBe(Array.isArray(body) && body.length ? 200 : 400);
    }
  });
});

describe("relay numbers", () => {
  it("enabled only when no status is asked; several statuses; status names in the response language", async () => {
    const enabled = await h.sobot.call("searchRelayNumbers", { body: {} });
    expect(enabled.map((r) => r.enabled?.enabledCode)).toEqual([1, 1, 1]);
    const all = await h.sobot.call("searchRelayNumbers", { body: { enabled: [0, 1, 2] } });
    expect(all).toHaveLength(6);
    expect(all.find((r) => r.alias === "Lily")?.enabled).toEqual({ enabledCode: 2, enabledName: "Cancelled" });
    const zh = await h.raw("POST", "/callservice/v6/cc-config/api/gatewayNumber/search", { body: { enabled: [0] }, headers: { language: "zh" } });
    expect(zh.body.data.map((r: { enabled: { enabledName: string } }) => r.enabled.enabledName)).toEqual(["停用", "停用"]);
  });
});

describe("contact plans", () => {
  it("one plan per number, created by one agent for another, times cut to the minute; ids differ", async () => {
    const ids = await h.sobot.call("createContactPlans", { body: {
      name: "Call back", agentID: "5002", executorId: "5001", agentType: "0", scheduleStartTime: 1_790_000_012_345, scheduleEndTime: 1_790_003_600_000,
      customerPhoneNumberList: ["18189672221", "18189671111"],
    } });
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const plans = h.sim.exportState().contactPlans.filter((p) => ids.includes(p.id));
    expect(plans.map((p) => [p.customerPhoneNumber, p.scheduleStartTime, p.executorUUID, p.creatorUUID])).toEqual([
      ["18189672221", 1_789_999_980_000, "59220de7f88141829a1f38d8698acb26", "7b8ec043e9a24727ad0570ba1b6e82fe"],
      ["18189671111", 1_789_999_980_000, "59220de7f88141829a1f38d8698acb26", "7b8ec043e9a24727ad0570ba1b6e82fe"],
    ]);
  });

  it("an unknown executor refuses the call and creates nothing; more than 50 numbers is the contract's limit", async () => {
    const before = h.sim.exportState().contactPlans.length;
    const r = await h.raw("POST", "/callservice/v6/cc-console/contact-schedules/_batchAddInfos", { body: {
      name: "x", agentID: "5002", executorId: "nobody", scheduleStartTime: 1000, scheduleEndTime: 2000, customerPhoneNumberList: ["18189672221"],
    } });
    expect(r.status).toBe(404);
    expect(r.body.message).toContain("/body/executorId");
    const many = await h.raw("POST", "/callservice/v6/cc-console/contact-schedules/_batchAddInfos", { body: {
      name: "x", agentID: "5002", executorId: "5001", scheduleStartTime: 1000, scheduleEndTime: 2000, customerPhoneNumberList: Array.from({ length: 51 }, (_, i) => `1818967${String(i).padStart(4, "0")}`),
    } });
    expect(many.status).toBe(400);
    expect(many.body.message).toContain("/body/customerPhoneNumberList: maxItems");
    expect(h.sim.exportState().contactPlans.length).toBe(before);
  });
});

describe("published IVR flows", () => {
  it("paging to the end gives every flow once, with the same total on every page", async () => {
    const seen: string[] = [];
    const totals = new Set<number>();
    for (let page = 1; page < 10; page++) {
      const data = await h.sobot.call("searchPublishedIvrFlows", { body: { currPage: page, pageSize: 8 } });
      totals.add(data.total);
      seen.push(...data.list.map((f) => f.code));
      if (data.list.length === 0) break;
    }
    expect([...totals]).toEqual([33]);
    expect(seen).toHaveLength(33);
    expect(new Set(seen).size).toBe(33);
    const paged: unknown[] = [];
    for await (const f of h.sobot.paginate("searchPublishedIvrFlows", {})) paged.push(f);
    expect(paged).toHaveLength(33);
  });

  it("a page larger than 50 is refused; flows loaded as data are what the list shows", async () => {
    const big = await h.raw("POST", "/callservice/v6/cc-ivr/api/ivr/published/_search", { body: { pageSize: 51 } });
    expect(big.status).toBe(400);
    expect(big.body.message).toContain("/body/pageSize: maximum");
    const state = h.sim.exportState();
    h.sim.loadState({ ...state, ivrFlows: [{ code: "1", name: "only" }] });
    expect(await h.sobot.call("searchPublishedIvrFlows", {})).toEqual({ list: [{ code: "1", name: "only" }], currPage: 1, pageSize: 10, total: 1 });
    h.sim.loadState(state);
  });
});
