import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validators } from "../../generated/validators.js";
import { createContactPlans, importCallingList, importForbiddenNumbers, SourceRow } from "../../src/bulk/index.js";
import { SobotValidationError } from "../../src/errors.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, forbidden, templates } from "./support.js";

let sim: TestSimulator;
beforeEach(async () => { sim = await startTestSimulator(); });
afterEach(() => sim.close());

const sent = (s: TestSimulator) => s.calls("importForbiddenNumbers").flatMap((c) => c.body as { callNumber: string }[]);

describe("each row is checked with the spec's generated validator before sending", () => {
  it("invalid rows are reported with row number and rule, and never sent", async () => {
    const rows = [
      ...forbidden(["111"]),
      { callNumber: "222", numberType: 2, callType: 3, enabled: 1 },
      { callNumber: "333", numberType: 1, enabled: 1 },
      { callNumber: "444", numberType: 1, callType: 3, enabled: 1, note: "x" },
      ...forbidden(["555"]),
    ];
    // rows from outside (a file, another system) are not typed: the check is what stands between them and the server
    const report = await importForbiddenNumbers(client(sim), { rows: rows as never[] });
    expect(report.invalid.map((r) => [r.row, r.issues.map((i) => `${i.field}:${i.rule}`)])).toEqual([
      [2, ["numberType:enum"]],
      [3, ["callType:required"]],
      [4, ["note:additionalProperties"]],
    ]);
    expect(report.invalid[0]!.issues[0]!.message).toBe("must be equal to one of the allowed values: 1");
    expect(sent(sim).map((r) => r.callNumber)).toEqual(["111", "555"]);
  });

  it("the rule and message are the generated validator's own", async () => {
    const row = { telephone: "100", description: "x".repeat(201) };
    const report = await importCallingList(client(sim), { template: templates.callingList, rows: [row], poll: false });
    const validate = validators.importCallingList.body!;
    expect(validate({ ...templates.callingList, dataDetails: [row] })).toBe(false);
    const ajv = validate.errors!.find((e) => e.instancePath === "/dataDetails/0/description")!;
    expect(report.invalid[0]!.issues).toEqual([{ field: "description", rule: ajv.keyword, message: ajv.message }]);
  });

  it("text cells (CSV) are converted where the schema asks for a number, and only then", async () => {
    const text = (value: Record<string, string>, line: number) => new SourceRow(value, line, true);
    const report = await importForbiddenNumbers(client(sim), {
      rows: [text({ callNumber: "111", numberType: "1", callType: "3", enabled: "0" }, 2), text({ callNumber: "222", numberType: "one", callType: "3", enabled: "0" }, 3)],
    });
    expect(sent(sim)).toEqual([{ callNumber: "111", numberType: 1, callType: 3, enabled: 0 }]);
    expect(report.invalid).toEqual([{ row: 2, line: 3, issues: [
      { field: "numberType", rule: "type", message: "must be integer" },
      { field: "numberType", rule: "enum", message: "must be equal to one of the allowed values: 1" },
    ] }]);
  });

  it("a wrong template stops the import before any call, and leaves no checkpoint behind", async () => {
    const checkpoint = join(mkdtempSync(join(tmpdir(), "sobot-cc-tpl-")), "ckpt.jsonl");
    const bad = { ...templates.contactPlans, scheduleEndTime: templates.contactPlans.scheduleStartTime - 60_000, name: "n".repeat(21) };
    const err = await createContactPlans(client(sim), { template: bad, rows: ["18189672221"], checkpoint }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SobotValidationError);
    expect((err as SobotValidationError).issues.map((i) => `${i.path} ${i.rule}`)).toEqual(["/body/name maxLength", "/body/scheduleEndTime scheduleEndAfterStart"]);
    expect(sim.sim.requests()).toHaveLength(0);
    expect(existsSync(checkpoint)).toBe(false);
  });
});

describe("rows after the first are checked with the item validator: the same verdicts as the whole-body check", () => {
  const cases: [string, string, unknown, unknown[]][] = [
    ["importCallingList", "/dataDetails", templates.callingList, [
      { telephone: "18100000001" }, { telephone: "" }, { name: "no phone" }, { telephone: "18100000002", description: "x".repeat(201) },
      { telephone: 18100000003 }, { telephone: "18100000004", unknown: 1 }, "not an object", null, { telephone: "18100000005", name: "中文😀" },
    ]],
    ["importForbiddenNumbers", "", undefined, [
      ...forbidden(["111", "222"]), { callNumber: "333", numberType: 2, callType: 3, enabled: 1 }, { callNumber: "444" }, 7,
      { callNumber: "555", numberType: "1", callType: "3", enabled: "1" },
    ]],
    ["createContactPlans", "/customerPhoneNumberList", templates.contactPlans, ["18189672221", "12", "12345678901234567", 181, "", "18189672222"]],
  ];
  it.each(cases)("%s", async (operationId, itemsPointer, template, rows) => {
    const { createRowChecker } = await import("../../src/bulk/row-check.js");
    const shared = createRowChecker({ operationId, itemsPointer, template, itemLabel: "row" });
    for (const text of [false, true]) {
      for (const row of rows) {
        const value = text && row && typeof row === "object" ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])) : row;
        // a fresh checker sees its first row: the whole body is validated
        const whole = createRowChecker({ operationId, itemsPointer, template, itemLabel: "row" })(value, text);
        expect(shared(value, text), JSON.stringify(value)).toEqual(whole);
      }
    }
  });
});
