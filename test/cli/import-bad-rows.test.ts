import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ImportReport } from "../../src/bulk/types.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { runCli } from "./support/run-cli.js";

let sim: TestSimulator;
let dir: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  dir = mkdtempSync(join(tmpdir(), "sobot-cc-import-"));
});
afterAll(() => sim.close());

const env = () => ({ SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token });
const readReport = (path: string) => JSON.parse(readFileSync(path, "utf8")) as ImportReport;
const lineIssues = (r: ImportReport) => r.invalid.map((i) => [i.line, i.issues.map((x) => `${x.field}:${x.rule}`).join(",")]);

describe("import: bad CSV rows are reported with their line, the good rows still imported", () => {
  it("calling list: missing phone, over-long note (description ≤ 200), unknown agent column", async () => {
    const file = join(dir, "calling-list.csv");
    writeFileSync(file, [
      "telephone,name,description,allocationAgent,agentName",
      "100000001,Ann,first,12001,",
      ",Bob,no phone,,",
      `100000003,Cid,${"x".repeat(201)},,`,
      "100000004,Dee,ok,,Dee the agent",
      '100000005,Eve,"a note',
      'on two lines",12002,',
      "100000006,Fay,ok,,",
      "",
    ].join("\n"));
    const r = await runCli([
      "import", "calling-list", "--file", file, "--agentID", "e906cc52bfac44b4ae30497fd39c4c4d", "--agentType", "1",
      // the simulator's task of the seed, created by that agent (only its creator may import into it)
      "--campaignId", "cde0f90801d98M4fcb8a43eFff11b201cbff", "--callingListCode", "BATCH1", "--removeDuplicatesRule", "RemoveDuplicatesInCallingList",
      "--assignRule", "NoAssign", "--poll-interval", "20", "--progress", "--output", "table",
    ], { env: env() });
    expect(r.code, r.stderr).toBe(3);
    const report = readReport(`${file}.report.json`);
    expect(report.totals).toEqual({ rows: 6, accepted: 3, rejected: 0, duplicate: 0, invalid: 3, unknown: 0, pending: 0 });
    expect(lineIssues(report)).toEqual([[3, "telephone:required"], [4, "description:maxLength"], [5, "agentName:additionalProperties"]]);
    expect([...sim.applied("importCallingList").keys()].sort()).toEqual(["100000001", "100000005", "100000006"]);
    expect(sim.sim.exportState().callingLists.find((l) => l.callingListCode === "BATCH1")!.rows.map((x) => x.telephone).sort()).toEqual(["100000001", "100000005", "100000006"]);
    // the summary names each bad row by its line; the server's own counts were read back
    expect(r.stdout).toContain("line 3 (row 2): telephone: required");
    expect(r.stdout).toContain("line 4 (row 3): description: maxLength (must NOT have more than 200 characters)");
    expect(r.stdout).toContain("line 5 (row 4): agentName: additionalProperties");
    expect(report.server).toMatchObject({ settled: true, successCount: 3, errorCount: 0 });
    // the progress bar (forced on: stderr is not a terminal here)
    expect(r.stderr).toMatch(/100% \| 6\/6 rows/);
  });

  it("contact plans: missing, 2-digit and 17-digit phone numbers break the spec's 3–16 digits", async () => {
    const file = join(dir, "plans.csv");
    writeFileSync(file, ["phone,customer", "18189672221,Ann", ",Bob", "12,Cid", "12345678901234567,Dee", "1234567890123456,Eve", ""].join("\n"));
    const r = await runCli([
      "import", "contact-plans", "--file", file, "--name", "Plan A", "--scheduleStartTime", "1661911780000",
      "--scheduleEndTime", "1662998180000", "--executorId", "5001", "--agentID", "5002", "--json",
    ], { env: env() });
    expect(r.code, r.stderr).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "completed", totals: { rows: 5, accepted: 2, invalid: 3 } });
    const report = readReport(`${file}.report.json`);
    // the spec bounds the length and the digits (minLength/maxLength next to the pattern): every rule broken is named
    expect(lineIssues(report)).toEqual([[3, "phone:minLength,phone:pattern"], [4, "phone:minLength,phone:pattern"], [5, "phone:maxLength,phone:pattern"]]);
    expect(report.invalid[0]!.issues.find((i) => i.rule === "pattern")!.message).toContain("^[0-9]{3,16}$");
    expect([...sim.applied("createContactPlans").keys()].sort()).toEqual(["1234567890123456", "18189672221"]);
    expect(report.warnings).toContain('rows are read from column "phone"; columns "customer" are not used');
  });

  it("forbidden numbers: the server's NO[n] details come back as the input rows they name", async () => {
    // already on the list: the simulator refuses it like the vendor would
    const state = sim.sim.exportState();
    sim.sim.loadState({ ...state, forbiddenNumbers: [...state.forbiddenNumbers, { callNumber: "15210818953", numberType: 1, callType: 3, enabled: 1 }] });
    const file = join(dir, "forbidden.csv");
    writeFileSync(file, ["callNumber,description", "15210818952,a", "15210818953,b", "15210818952,c", "15210818954,d", ""].join("\n"));
    const r = await runCli(["import", "forbidden-numbers", "--file", file, "--row-defaults", '{"numberType":1,"callType":3,"enabled":1}', "--json"], { env: env() });
    expect(r.code, r.stderr).toBe(3);
    const report = readReport(`${file}.report.json`);
    expect(report.totals).toEqual({ rows: 4, accepted: 2, rejected: 1, duplicate: 1, invalid: 0, unknown: 0, pending: 0 });
    expect(report.rejected).toEqual([expect.objectContaining({
      row: 2, line: 3, field: "callNumber", raw: "NO[2],[callNumber],Content[15210818953],[Reference:already in the forbidden list for this callType]",
    })]);
    expect(report.duplicate).toEqual([{ row: 3, line: 4, duplicateOf: 1 }]);
    expect(sim.calls("importForbiddenNumbers").flatMap((c) => (c.body as { callNumber: string }[]).map((x) => x.callNumber)))
      .toEqual(["15210818952", "15210818953", "15210818954"]);
  });

  it("against Prism: the seed's own failure strings map back to rows 2 and 3", async () => {
    const file = join(dir, "seed.csv");
    writeFileSync(file, ["callNumber,numberType,callType,enabled,description", "15210818952,1,2,0,test1", "13212341232,1,2,0,test2", "13212341233,1,2,0,test3", ""].join("\n"));
    const r = await runCli(["import", "forbidden-numbers", "--file", file, "--json"], { env: { SOBOT_BASE_URL: inject("prismUrl"), SOBOT_TOKEN: "test-token" } });
    expect(r.code, r.stderr).toBe(3);
    const report = readReport(`${file}.report.json`);
    expect(report.rejected.map((x) => [x.row, x.line, x.raw])).toEqual([
      [2, 3, "NO[2],[numberType],Content[2],[Reference:1-number]"],
      [3, 4, "NO[3],[numberType],Content[2],[Reference:1-number]"],
    ]);
  });

  it("stops before sending when the template or the file is wrong (exit 2)", async () => {
    const file = join(dir, "plans-ok.csv");
    writeFileSync(file, "phone\n18189672221\n");
    const noName = await runCli(["import", "contact-plans", "--file", file, "--scheduleStartTime", "1", "--scheduleEndTime", "2", "--executorId", "5", "--agentID", "5"], { env: env() });
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain("body.name: required");
    const broken = join(dir, "broken.csv");
    writeFileSync(broken, 'phone\n"18189672221\n');
    const bad = await runCli(["import", "contact-plans", "--file", broken, "--name", "x", "--scheduleStartTime", "1", "--scheduleEndTime", "2", "--executorId", "5", "--agentID", "5"], { env: env() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.csv: .*quote/i);
    expect(sim.calls("createContactPlans").every((c) => !(c.body as { name?: string }).name?.startsWith("x"))).toBe(true);
  });
});
