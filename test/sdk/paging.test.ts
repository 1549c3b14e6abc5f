/** Paging driven by x-sobot-paging: both shapes, bounded concurrency, order, limits, early stop. */
import { describe, expect, it } from "vitest";
import { baseRequest } from "../support/base-requests.js";
import { envelope, type Exchange, type FaultServer, type Handler } from "../support/fault-server.js";
import { STATIC_TOKEN, client, lines, useFaultServer } from "./harness.js";

const QUEUES = "/callservice/v6/cc-config/api/queues/_search";
const TASKS = "/callservice/v6/cc-outbound/api/campaigns/getList";
const IVR = "/callservice/v6/cc-ivr/api/ivr/published/_search";
const CALL_AGENTS = "/callservice/v6/cc-config/api/agents/call/_search";

const serve = useFaultServer();

/** Serves `total` numbered items in pages as the request asks; `delay(page)` ms before answering. */
function pages(total: number, shape: "total" | "totalCount", delay: (page: number) => number = () => 0): Handler {
  return async (ex: Exchange) => {
    const { currPage = 1, pageSize = 10 } = (ex.received.json ?? {}) as { currPage?: number; pageSize?: number };
    const list = Array.from({ length: Math.max(0, Math.min(pageSize, total - (currPage - 1) * pageSize)) }, (_, i) => ({ queueID: String((currPage - 1) * pageSize + i + 1) }));
    const data = shape === "total"
      ? { list, currPage, pageSize, total }
      : { list, currPage, pageSize, totalCount: total, totalPage: Math.ceil(total / pageSize) };
    const ms = delay(currPage);
    if (ms) await new Promise((r) => setTimeout(r, ms));
    ex.json(200, envelope(data));
  };
}
const ids = (items: unknown[]) => items.map((i) => Number((i as { queueID: string }).queueID));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const pagesAsked = (s: FaultServer, path: string) => s.requests(path).map((r) => (r.json as { currPage: number }).currPage);

describe("shape total", () => {
  it("iterates every item of every page, in order, with the spec's default page size", async () => {
    const s = await serve(pages(45, "total"));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const got: unknown[] = [];
    for await (const q of sobot.skillGroups.list()) got.push(q);
    expect(ids(got)).toEqual(range(45));
    expect(pagesAsked(s, QUEUES).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(s.requests(QUEUES).every((r) => (r.json as { pageSize: number }).pageSize === 10)).toBe(true);
  });

  it("fetches the remaining pages with bounded concurrency and still yields them in order", async () => {
    // later pages answer sooner: order must come from the client, not the network
    const s = await serve(pages(100, "total", (p) => (p === 1 ? 0 : (12 - p) * 5)));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const got = await sobot.skillGroups.list(undefined, { concurrency: 3 }).toArray();
    expect(ids(got)).toEqual(range(100));
    expect(s.requests(QUEUES)).toHaveLength(10);
    expect(s.inFlight().max).toBeLessThanOrEqual(3);
    expect(s.inFlight().max).toBeGreaterThan(1);
  });

  it("uses maxPageSize when the spec gives one", async () => {
    const s = await serve(pages(120, "total"));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    expect(await sobot.ivrFlows.listPublished().toArray()).toHaveLength(120);
    expect(s.requests(IVR).map((r) => (r.json as { pageSize: number }).pageSize)).toEqual([50, 50, 50]);
  });

  it("toArray({ limit }) requests only the pages holding those items", async () => {
    const s = await serve(pages(1000, "total"));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const got = await sobot.skillGroups.list().toArray({ limit: 15 });
    expect(ids(got)).toEqual(range(15));
    expect(pagesAsked(s, QUEUES)).toEqual([1, 2]);
  });

  it("stopping early sends no further requests", async () => {
    const s = await serve(pages(1000, "total"));
    let started = 0;
    const countingFetch = (req: Request) => (started++, fetch(req));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN, fetch: countingFetch });
    let seen = 0;
    for await (const _ of sobot.skillGroups.list()) if (++seen === 5) break;
    expect(started).toBe(1);
    expect(s.received).toHaveLength(1);
    // stop inside page 2: pages 3..4 were already in flight (window of 3), none is started later
    seen = 0;
    for await (const _ of sobot.skillGroups.list(undefined, { concurrency: 3 })) if (++seen === 12) break;
    const atStop = started;
    expect(atStop).toBe(1 + 1 + 3);
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(started).toBe(atStop);
    expect(s.received.length).toBeLessThanOrEqual(atStop);
  });

  it("passes the caller's body fields and page size; a server cap below the requested size is followed", async () => {
    // asks 30, server gives 20 but echoes 30
    const s = await serve((ex) => {
      const { currPage } = ex.received.json as { currPage: number };
      const list = Array.from({ length: currPage < 3 ? 20 : 10 }, (_, i) => ({ queueID: String((currPage - 1) * 20 + i + 1) }));
      ex.json(200, envelope({ list, currPage, pageSize: 30, total: 50 }));
    });
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const got = await sobot.skillGroups.list({ pageSize: 30 }).toArray();
    expect(ids(got)).toEqual(range(50));
    expect(pagesAsked(s, QUEUES)).toEqual([1, 2, 3]);
  });
});

describe("shape totalCount", () => {
  it("iterates pages using totalPage", async () => {
    const { creationTimeStart, creationTimeEnd } = baseRequest("searchOutboundTasks").body as { creationTimeStart: number; creationTimeEnd: number };
    const s = await serve(pages(120, "totalCount"));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const got = await sobot.outboundTasks.list({ creationTimeStart, creationTimeEnd }).toArray();
    expect(ids(got)).toEqual(range(120));
    expect(pagesAsked(s, TASKS).sort()).toEqual([1, 2, 3]);
    // each page is its own logical call: its own Idempotency-Key
    expect(new Set(s.requests(TASKS).map((r) => r.headers["idempotency-key"])).size).toBe(3);
  });
});

describe("shape none", () => {
  it("one request; the array is yielded whole", async () => {
    const s = await serve((ex) => ex.json(200, envelope([{ agentUUID: "a" }, { agentUUID: "b" }])));
    const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
    const got = await sobot.agents.list().toArray();
    expect(got).toEqual([{ agentUUID: "a" }, { agentUUID: "b" }]);
    expect(s.requests(CALL_AGENTS)).toHaveLength(1);
    expect(s.received[0]!.json).not.toHaveProperty("currPage");
  });
});

it("sobot.paginate(operationId) is the same iteration through the generic entry point", async () => {
  const s = await serve(pages(25, "total"));
  const sobot = client(s, { credentials: undefined, token: STATIC_TOKEN });
  expect(ids(await sobot.paginate("searchSkillGroups").toArray())).toEqual(range(25));
  expect(lines.length).toBeGreaterThan(0);
});
