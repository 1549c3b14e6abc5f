/**
 * The rows to fix go to a spreadsheet: every cell a spreadsheet would run as a formula is
 * neutralized there, while the JSON report keeps the values as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { importCallingList, neutralizeCell, problemsCsv, type ImportReport } from "../../src/bulk/index.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, templates } from "./support.js";

let sim: TestSimulator;
beforeEach(async () => { sim = await startTestSimulator(); });
afterEach(() => sim.close());

describe("problems CSV", () => {
  it.each([["=1+2", "'=1+2"], ["+8613800000000", "'+8613800000000"], ["-5", "'-5"], ["@SUM(A1)", "'@SUM(A1)"], ["\tx", "'\tx"], ["\rx", "'\rx"], ["18100000000", "18100000000"], ["a=b", "a=b"], ["", ""]])(
    "%j → %j", (value, cell) => expect(neutralizeCell(value)).toBe(cell),
  );

  it("a hostile column name and server message reach the CSV as text, the JSON report unchanged", async () => {
    const hostile = '=HYPERLINK("http://127.0.0.1/x","click")';
    const report = await importCallingList(client(sim), {
      template: templates.callingList, poll: false,
      rows: [{ telephone: "13800000001" }, { telephone: "13800000002", [hostile]: "1" }, { telephone: "13800000001" }] as never[],
    });
    expect(report.invalid[0]!.issues[0]!.field).toBe(hostile); // faithful
    const withServer: ImportReport = { ...report, rejected: [{ row: 9, line: 10, chunk: 0, detail: "@cmd|' /C calc'!A0", raw: "NO[1]" }] };
    const rows = parse(problemsCsv(withServer), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.row, r.outcome])).toEqual([["2", "invalid"], ["3", "duplicate"], ["9", "refused"]]);
    expect(rows[0]!.field).toBe(`'${hostile}`);
    expect(rows[2]!.detail).toBe("'@cmd|' /C calc'!A0 (NO[1])");
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });
});
