/**
 * The facade is built from the operation table, and typed from generated/: names at run time
 * match the type-level names, and arguments/results carry the spec's types. (`tsc --noEmit`
 * checks the expectTypeOf lines; vitest runs the rest.)
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { operations } from "../../generated/operations.js";
import type { components, operations as Ops } from "../../generated/types.js";
import { createSobotClient, type SobotClient, type Paged } from "../../src/index.js";

type S = components["schemas"];
const sobot = createSobotClient({ baseUrl: "https://sg.sobot.io", token: "t" });

describe("facade", () => {
  it("has one method per operation, named as the types say", () => {
    const runtime = Object.entries(sobot)
      .filter(([, v]) => v && typeof v === "object" && !Array.isArray(v) && !("GET" in (v as object)) && v !== sobot.operations)
      .flatMap(([tag, group]) => Object.keys(group as object).map((m) => `${tag}.${m}`))
      .sort();
    const typed: `${keyof SobotClient & string}.${string}`[] = [
      "agents.get", "agents.update", "agents.unbind", "agents.list",
      "authentication.createToken",
      "skillGroups.list", "skillGroups.create", "skillGroups.delete", "skillGroups.listMembers", "skillGroups.updateMembers",
      "extensions.list", "extensions.create",
      "numbers.importForbidden", "numbers.listRelay",
      "outboundTasks.create", "outboundTasks.importCallingList", "outboundTasks.getImportResults", "outboundTasks.list",
      "contactPlans.create",
      "ivrFlows.listPublished",
    ];
    expect(runtime).toEqual([...typed].sort());
    expect(runtime).toHaveLength(Object.keys(operations).length);
    expectTypeOf<keyof SobotClient["skillGroups"]>().toEqualTypeOf<"list" | "create" | "delete" | "listMembers" | "updateMembers">();
    expectTypeOf<keyof SobotClient["agents"]>().toEqualTypeOf<"get" | "update" | "unbind" | "list">();
    expectTypeOf<keyof SobotClient["numbers"]>().toEqualTypeOf<"importForbidden" | "listRelay">();
  });

  it("methods take and return the spec's types", () => {
    expectTypeOf(sobot.agents.get).parameter(0).toEqualTypeOf<Ops["getAgentSetting"]["parameters"]["query"]>();
    expectTypeOf(sobot.agents.get).returns.resolves.toEqualTypeOf<S["AgentSetting"]>();
    expectTypeOf(sobot.skillGroups.list).returns.toEqualTypeOf<Paged<S["SkillGroupSummary"]>>();
    expectTypeOf(sobot.skillGroups.create).parameter(0).toEqualTypeOf<S["CreateSkillGroupRequest"]>();
    // @ts-expect-error agentType is required
    void (() => sobot.agents.get({ agent: "1111" }));
    // @ts-expect-error unknown operationId
    void (() => sobot.call("getAgent"));
  });

  it("call() is typed per operationId", () => {
    expectTypeOf(sobot.call<"getAgentSetting">).returns.resolves.toEqualTypeOf<S["AgentSetting"]>();
    expectTypeOf(sobot.call<"createCompanyToken">).returns.resolves.toEqualTypeOf<S["CompanyTokenResponse"]>();
    // @ts-expect-error getAgentSetting needs its query
    void (() => sobot.call("getAgentSetting"));
    void (() => sobot.call("searchSkillGroups"));
  });
});
