/** Mistakes get an answer that says what to do: the nearest flag or command, the allowed values with their meanings. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { enumMeanings } from "../../generated/enum-meanings.js";
import { nearest } from "../../cli/args/suggest.js";
import { runCli } from "./support/run-cli.js";
import { runMain } from "./support/run-main.js";

const env = () => ({ SOBOT_BASE_URL: inject("prismUrl"), SOBOT_TOKEN: "test-token" });
const oneLine = (s: string) => expect(s.trimEnd().split("\n")).toHaveLength(1);

describe("did you mean", () => {
  it("an unknown flag names the nearest one and the command as typed (real process)", async () => {
    const r = await runCli(["get-agent-setting", "--agnet", "1111", "--agentType", "0"], { env: env() });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("unknown flag --agnet for get-agent-setting (did you mean --agent?)");
    expect(r.stderr).not.toContain("getAgentSetting");
  });

  it("the command is named as it was typed: `call <operationId>`, an import kind", async () => {
    const call = await runMain(["call", "getAgentSetting", "--agent", "1", "--agentTyp", "0"], env());
    expect(call.stderr).toContain("unknown flag --agentTyp for call getAgentSetting (did you mean --agentType?)");
    const file = join(mkdtempSync(join(tmpdir(), "sobot-cc-dym-")), "rows.csv");
    writeFileSync(file, "telephone\n100000001\n");
    const imp = await runMain(["import", "calling-list", "--file", file, "--chunk-sise", "5"], env());
    expect(imp.code).toBe(2);
    expect(imp.stderr).toContain("for import calling-list (did you mean --chunk-size?)");
    const common = await runMain(["search-call-agents", "--jsno"], env());
    expect(common.stderr).toContain("(did you mean --json?)");
  });

  it("an unknown command, operation or import kind gets the nearest names by edit distance", async () => {
    for (const [args, text] of [
      [["serch-call-agents"], 'no command "serch-call-agents" (did you mean search-call-agents?)'],
      [["searchCallAgent"], "(did you mean search-call-agents"],
      [["imprt"], "(did you mean import?)"],
      [["call", "serchCallAgents"], 'no operation "serchCallAgents" (did you mean searchCallAgents?)'],
      [["import", "calling-lst"], "(did you mean calling-list?)"],
      [["profile", "lst"], "(did you mean list?)"],
      [["completion", "bsh"], "(did you mean bash or zsh?)"],
    ] as const) {
      const r = await runMain([...args], env());
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(text);
      oneLine(r.stderr);
    }
    const flagAlone = await runMain(["--verison"], env());
    expect(flagAlone.code).toBe(2);
    expect(flagAlone.stdout).toBe("");
    expect(flagAlone.stderr).toContain("unknown flag --verison (did you mean --version?)");
    const far = await runMain(["xyzzy-plugh"], env());
    expect(far.stderr).not.toContain("did you mean");
  });

  it("nearest: a swapped pair of letters, case and separators do not matter; far names are not offered", () => {
    expect(nearest("agnet", ["agent", "agentType", "all"])).toEqual(["agent"]);
    expect(nearest("AGENT_TYPE", ["agentType", "agent"])).toEqual(["agentType"]);
    expect(nearest("agent-id", ["agentID", "agentUUID"])[0]).toBe("agentID");
    expect(nearest("zz", ["agent", "json"])).toEqual([]);
    expect(nearest("output", ["profile", "port"])).toEqual([]);
  });
});

describe("enum errors list the allowed values with their meanings", () => {
  it("--agentType 5: one line, every allowed value of the spec with its x-enum-descriptions meaning; nothing sent", async () => {
    const r = await runMain(["create-contact-plans", "--name", "n", "--scheduleStartTime", "1661911780000", "--scheduleEndTime", "1662998180000",
      "--executorId", "5001", "--agentID", "5002", "--customerPhoneNumberList", "18189672221", "--agentType", "5"], env());
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    // values as typed on the command line (the string "0" is typed 0)
    const allowed = enumMeanings.createContactPlans!["/body/agentType"]!.map(([v, m]) => `${typeof v === "string" ? v : JSON.stringify(v)} = ${m}`).join(", ");
    expect(r.stderr).toContain(`body.agentType: enum (must be one of ${allowed})`);
    expect(r.stderr).toContain("nothing was sent");
  });

  it("in a query parameter too (get-agent-setting --agentType 7)", async () => {
    const r = await runMain(["get-agent-setting", "--agent", "1111", "--agentType", "7"], env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/query\.agentType: enum \(must be one of 0 = [^,]+, 1 = [^)]+\)/);
  });
});
