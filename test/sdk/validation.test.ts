/** Request validation: generated schema validators + cross-field rules; nothing sent on violation. */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SobotValidationError, type ValidationIssue } from "../../src/index.js";
import { parseStamp } from "../../src/validation/cross-field.js";
import { baseRequest } from "../support/base-requests.js";
import { envelope, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { EXT_PASSWORD, STATIC_TOKEN, client, expectNoLeaks, rejection } from "./harness.js";

let server: FaultServer;
afterEach(async () => server?.close());
afterAll(() => expectNoLeaks());

async function sobotWith(overrides = {}) {
  server = await startFaultServer((ex) => ex.json(200, envelope({ list: [], currPage: 1, pageSize: 50, totalCount: 0, totalPage: 0 })));
  return client(server, { credentials: undefined, token: STATIC_TOKEN, ...overrides });
}
const rules = (issues: ValidationIssue[]) => issues.map((i) => `${i.path} ${i.rule}`);
const task = baseRequest("createOutboundTask").body as Record<string, unknown>;
const plans = baseRequest("createContactPlans").body as Record<string, unknown>;
const DAY = 86_400_000;

describe("schema validators (generated from openapi.yaml)", () => {
  it("lists every problem by path and rule, and sends nothing", async () => {
    const sobot = await sobotWith();
    const { name: _n, agentID: _a, ...rest } = task;
    const body = { ...rest, agentType: 7, scheduleStartTime: "soon" };
    const err = await rejection<SobotValidationError>(sobot.outboundTasks.create(body as never));
    expect(err).toBeInstanceOf(SobotValidationError);
    const got = rules(err.issues);
    expect(got).toContain("/body/name required");
    expect(got).toContain("/body/agentID required");
    expect(got.some((r) => r.startsWith("/body/agentType "))).toBe(true);
    expect(got.some((r) => r.startsWith("/body/scheduleStartTime "))).toBe(true);
    expect(err.message).toContain("/body/name: required");
    expect(err).toMatchObject({ operationId: "createOutboundTask", attempts: 0, mayHaveBeenApplied: false });
    expect(server.received).toHaveLength(0);
  });

  it("checks query parameters and headers too", async () => {
    const sobot = await sobotWith();
    const err = await rejection<SobotValidationError>(sobot.call("getAgentSetting", { query: { agentType: 0 } as never }));
    expect(rules(err.issues)).toContain("/query/agent required");
    const err2 = await rejection<SobotValidationError>(sobot.outboundTasks.create(task as never, { idempotencyKey: "not-a-uuid" }));
    expect(err2.issues.some((i) => i.path === "/headers/Idempotency-Key")).toBe(true);
    expect(server.received).toHaveLength(0);
  });

  it("a valid request passes and is sent", async () => {
    const sobot = await sobotWith();
    await sobot.outboundTasks.create(task as never);
    expect(server.received).toHaveLength(1);
  });

  it("can be switched off per client and per call", async () => {
    const off = await sobotWith({ validate: false });
    await off.outboundTasks.create({ nonsense: true } as never);
    expect(server.received).toHaveLength(1);
    await server.close();
    const on = await sobotWith();
    await on.outboundTasks.create({ nonsense: true } as never, { validate: false });
    expect(server.received).toHaveLength(1);
  });

  it("never echoes a password value into the issues", async () => {
    const sobot = await sobotWith();
    const body = { ...(baseRequest("createExtension").body as object), password: EXT_PASSWORD, ext: 42 };
    const err = await rejection<SobotValidationError>(sobot.extensions.create(body as never));
    expect(err.issues.length).toBeGreaterThan(0);
    expect(server.received).toHaveLength(0);
  });
});

describe("enum issues name the allowed values and their meanings (x-enum-descriptions)", () => {
  it("a wrong agentType lists every allowed value with its meaning, in the issue and the message", async () => {
    const { enumMeanings } = await import("../../generated/enum-meanings.js");
    const sobot = await sobotWith();
    const err = await rejection<SobotValidationError>(sobot.contactPlans.create({ ...plans, agentType: "5" } as never));
    const issue = err.issues.find((i) => i.path === "/body/agentType")!;
    expect(issue.rule).toBe("enum");
    // read from the spec's table, not restated here: every value of the spec's enum, with its meaning
    const spec = enumMeanings.createContactPlans!["/body/agentType"]!;
    expect(spec.length).toBeGreaterThan(1);
    expect(issue.allowed).toEqual(spec.map(([value, meaning]) => ({ value, meaning })));
    expect(issue.message).toBe(`must be one of ${spec.map(([v, m]) => `${JSON.stringify(v)} = ${m}`).join(", ")}`);
    expect(err.message).toContain(`/body/agentType: enum (must be one of ${JSON.stringify(spec[0]![0])} = ${spec[0]![1]}`);
    expect(server.received).toHaveLength(0);
  });

  it("finds the meanings of an enum inside an array item and of a query parameter", async () => {
    const sobot = await sobotWith();
    const good = baseRequest("importForbiddenNumbers").body as Record<string, unknown>[];
    const err = await rejection<SobotValidationError>(sobot.call("importForbiddenNumbers", { body: [good[0], { ...good[0], callType: 9 }] } as never));
    const issue = err.issues.find((i) => i.path === "/body/1/callType")!;
    expect(issue.rule).toBe("enum");
    expect(issue.allowed!.length).toBeGreaterThan(1);
    expect(issue.allowed!.every((a) => typeof a.meaning === "string" && a.meaning.length > 0)).toBe(true);
    const q = await rejection<SobotValidationError>(sobot.call("getAgentSetting", { query: { agent: "1111", agentType: 3 } } as never));
    expect(q.issues.find((i) => i.path === "/query/agentType")!.message).toMatch(/^must be one of 0 = .+, 1 = .+$/);
    expect(server.received).toHaveLength(0);
  });
});

describe("cross-field rules", () => {
  it("createOutboundTask: scheduleEndTime must be after scheduleStartTime", async () => {
    const sobot = await sobotWith();
    const start = task.scheduleStartTime as number;
    for (const end of [start, start - 1]) {
      const err = await rejection<SobotValidationError>(sobot.outboundTasks.create({ ...task, scheduleEndTime: end } as never));
      expect(rules(err.issues)).toEqual(["/body/scheduleEndTime scheduleEndAfterStart"]);
    }
    expect(server.received).toHaveLength(0);
  });

  it("createContactPlans: scheduleEndTime must be after scheduleStartTime", async () => {
    const sobot = await sobotWith();
    const err = await rejection<SobotValidationError>(sobot.contactPlans.create({ ...plans, scheduleEndTime: (plans.scheduleStartTime as number) - DAY } as never));
    expect(rules(err.issues)).toEqual(["/body/scheduleEndTime scheduleEndAfterStart"]);
    expect(server.received).toHaveLength(0);
  });

  it("searchOutboundTasks: creationTimeEnd >= creationTimeStart and at most 12 months apart", async () => {
    const sobot = await sobotWith();
    const start = Date.UTC(2024, 2, 1);
    const cases: [number, string[]][] = [
      [start - 1, ["/body/creationTimeEnd creationTimeEndNotBeforeStart"]],
      [Date.UTC(2025, 2, 1) + 1000, ["/body/creationTimeEnd creationTimeSpanMax12Months"]],
    ];
    for (const [end, expected] of cases) {
      const err = await rejection<SobotValidationError>(sobot.outboundTasks.list({ creationTimeStart: start, creationTimeEnd: end }).toArray());
      expect(rules(err.issues)).toEqual(expected);
    }
    expect(server.received).toHaveLength(0);
    await sobot.outboundTasks.list({ creationTimeStart: start, creationTimeEnd: start }).toArray();
    await sobot.outboundTasks.list({ creationTimeStart: start, creationTimeEnd: Date.UTC(2025, 2, 1) }).toArray();
    expect(server.received).toHaveLength(2);
  });

  it("reads epoch seconds, epoch milliseconds and date-time strings alike", () => {
    expect(parseStamp(1_700_000_000)!.ms).toBe(1_700_000_000_000);
    expect(parseStamp("1700000000000")!.ms).toBe(1_700_000_000_000);
    expect(parseStamp("2024-03-01 10:00:00")!.ms).toBe(Date.UTC(2024, 2, 1, 10));
    expect(parseStamp("2024-03-01")!.ms).toBe(Date.UTC(2024, 2, 1));
    expect(parseStamp("soon")).toBeUndefined();
  });
});

describe("an optional request body", () => {
  it("may be left out: searchPublishedIvrFlows validates and sends without one", async () => {
    const { createSobotClient } = await import("../../src/index.js");
    const seen: (string | null)[] = [];
    const sobot = createSobotClient({
      baseUrl: "http://127.0.0.1:9",
      token: "t",
      retry: false,
      fetch: async (req: Request) => {
        seen.push(await req.text());
        return new Response(JSON.stringify({ apiVersion: "6", status: "Success", code: 200, message: "", reason: "", kind: "x", data: { list: [], currPage: 1, pageSize: 10, total: 0 } }), { headers: { "content-type": "application/json" } });
      },
    });
    await expect(sobot.call("searchPublishedIvrFlows")).resolves.toMatchObject({ total: 0 });
    expect(seen).toHaveLength(1);
  });
});
