import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { BOOLEAN_FLAGS, COMMON_FLAGS, IMPORT_FLAGS } from "../../cli/args/globals.js";
import { parseArgv } from "../../cli/args/argv.js";
import { flagValue } from "../../cli/args/values.js";
import { loadSpec } from "../../cli/spec/load.js";
import { normalize } from "../../cli/spec/names.js";
import { cliOperation } from "../../cli/spec/operation.js";

describe("flags come from the spec", () => {
  it("every request field and parameter of every operation is a flag, and none is shadowed by the CLI's own flags", async () => {
    const doc = await loadSpec();
    const common = new Set([...COMMON_FLAGS, ...BOOLEAN_FLAGS].map(normalize));
    const importing = new Set([...common, ...IMPORT_FLAGS.map(normalize)]);
    for (const op of Object.values(operations)) {
      const c = cliOperation(doc, op);
      const names = c.flags.map((f) => normalize(f.name));
      expect(names.filter((n) => (op.batch ? importing : common).has(n)), op.operationId).toEqual([]);
      expect(new Set(names).size, op.operationId).toBe(names.length);
      for (const p of op.parameters) expect(names, op.operationId).toContain(normalize(p.name));
    }
  });

  it("values take the schema's type only when they look like it (the validator judges the rest)", async () => {
    const doc = await loadSpec();
    const plans = cliOperation(doc, operations.createContactPlans);
    const schema = (name: string) => plans.flags.find((f) => f.name === name)!.schema;
    expect(flagValue(doc, "scheduleStartTime", schema("scheduleStartTime"), ["1661911780000"])).toBe(1661911780000);
    expect(flagValue(doc, "scheduleStartTime", schema("scheduleStartTime"), ["soon"])).toBe("soon");
    expect(flagValue(doc, "agentType", schema("agentType"), ["0"])).toBe("0");
    expect(flagValue(doc, "customerPhoneNumberList", schema("customerPhoneNumberList"), ["181", "182"])).toEqual(["181", "182"]);
    expect(flagValue(doc, "customerPhoneNumberList", schema("customerPhoneNumberList"), ['["181"]'])).toEqual(["181"]);
  });

  it("parses --name value, --name=value, repeated flags and spec spellings alike", () => {
    const a = parseArgv(["search-call-agents", "--agent-id=7", "--agentName", "x", "--json", "--tag", "a", "--tag", "b", "--", "--not-a-flag"], (n) => n === "json");
    expect(a.positionals).toEqual(["search-call-agents", "--not-a-flag"]);
    expect(a.flags.get("agentid")).toEqual(["7"]);
    expect(a.flags.get(normalize("agentName"))).toEqual(["x"]);
    expect(a.flags.get("json")).toEqual([""]);
    expect(a.flags.get("tag")).toEqual(["a", "b"]);
  });
});
