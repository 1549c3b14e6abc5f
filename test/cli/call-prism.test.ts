import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { runCli } from "./support/run-cli.js";

const data = (id: keyof typeof examples) => (Object.values(examples[id].response)[0] as { data: unknown }).data;

describe("sobot-cc against the Prism mock", () => {
  const env = () => ({ SOBOT_BASE_URL: inject("prismUrl"), SOBOT_TOKEN: "test-token" });

  it("calls an operation from query flags and prints JSON when piped", async () => {
    const r = await runCli(["get-agent-setting", "--agent", "1111", "--agentType", "0"], { env: env() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(data("getAgentSetting"));
  });

  it("reaches any operation by id with `call`, the body from --data, @file or stdin", async () => {
    const body = JSON.stringify(Object.values(examples.createContactPlans.body)[0]);
    const dir = mkdtempSync(join(tmpdir(), "sobot-cc-data-"));
    writeFileSync(join(dir, "plans.json"), body);
    for (const [args, input] of [
      [["call", "createContactPlans", "--data", body], undefined],
      [["call", "createContactPlans", "--data", `@${join(dir, "plans.json")}`], undefined],
      [["create-contact-plans", "--data", "-"], body],
    ] as const) {
      const r = await runCli([...args], { env: env(), input });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(data("createContactPlans"));
    }
  });

  it("prints a table with --output table (the form a terminal gets)", async () => {
    const r = await runCli(["search-call-agents", "--output", "table"], { env: env() });
    expect(r.code).toBe(0);
    const [header, rule, ...rows] = r.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^agentUUID\s+agentID\s+agentName/);
    expect(rule).toMatch(/^─+/);
    expect(rows).toHaveLength((data("searchCallAgents") as unknown[]).length);
  });

  it("refuses an invalid request before sending: exit 2, one line naming the field and the rule", async () => {
    const r = await runCli(
      ["create-contact-plans", "--name", "n", "--scheduleStartTime", "1661911780000", "--scheduleEndTime", "1662998180000",
        "--executorId", "5001", "--agentID", "5002", "--customerPhoneNumberList", "12"],
      { env: env() },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("body.customerPhoneNumberList[0]: pattern");
    expect(r.stderr).toContain("^[0-9]{3,16}$");
  });

  it("checks rules between fields too (scheduleEndTime after scheduleStartTime)", async () => {
    const r = await runCli(
      ["create-contact-plans", "--name", "n", "--scheduleStartTime", "1662998180000", "--scheduleEndTime", "1661911780000",
        "--executorId", "5001", "--agentID", "5002", "--customerPhoneNumberList", "18189672221"],
      { env: env() },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/body\.scheduleEndTime: scheduleEndAfterStart/);
  });

  it("exits 2 for usage errors: an unknown flag, a flag without a value, no such command", async () => {
    for (const [args, text] of [
      [["search-call-agents", "--bogus", "1"], "unknown flag --bogus"],
      [["get-agent-setting", "--agent"], "--agent needs a value"],
      [["no-such-thing"], 'no command "no-such-thing"'],
    ] as const) {
      const r = await runCli([...args], { env: env() });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
