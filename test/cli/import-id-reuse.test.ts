/**
 * The CLI side of issue 13's import-id and spreadsheet findings: `--import-id` re-used for another
 * file is refused before anything is sent (exit 2, the ledger kept next to the profiles), and the
 * rows to fix land in `<file>.problems.csv` with formula cells neutralized.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { runCli } from "./support/run-cli.js";

let sim: TestSimulator;
beforeAll(async () => { sim = await startTestSimulator(); });
afterAll(() => sim.close());

describe("sobot-cc import --import-id", () => {
  it("the same id for another file: exit 2 before anything is sent; the problems file neutralizes formula cells", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sobot-cc-reuse-"));
    const env = { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token, SOBOT_CC_CONFIG: join(dir, "cfg", "profiles.json") };
    const a = join(dir, "a.csv");
    const b = join(dir, "b.csv");
    writeFileSync(a, "telephone,=HYPERLINK(1)\n13800000001,\n13800000002,x\n");
    writeFileSync(b, "telephone\n13900000001\n");
    const args = (file: string) => ["import", "calling-list", "--file", file, "--agentID", "e906cc52bfac44b4ae30497fd39c4c4d", "--agentType", "1", "--code", "dgug92owec", "--callingListCode", "REUSE",
      "--removeDuplicatesRule", "RemoveDuplicatesInCallingList", "--assignRule", "NoAssign", "--import-id", "batch-42", "--no-poll", "--no-progress"];
    const first = await runCli(args(a), { env });
    expect(first.code, first.stderr).toBe(3); // one row invalid: an unknown column
    expect(JSON.parse(first.stdout)).toMatchObject({ problems: `${a}.problems.csv`, totals: { accepted: 1, invalid: 1 } });
    const problems = readFileSync(`${a}.problems.csv`, "utf8");
    expect(problems).toContain("'=HYPERLINK(1)");
    expect(problems).not.toMatch(/(^|,)=HYPERLINK/m);
    expect([...sim.applied("importCallingList").keys()]).toEqual(["13800000001"]);
    const sent = sim.sim.requests().length;
    const second = await runCli(args(b), { env });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/import id batch-42 was already used on .* for other content \(importCallingList, .*a\.csv\.checkpoint\.jsonl\)/);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(sim.sim.requests().length).toBe(sent);
    expect(readFileSync(join(dir, "cfg", "import-ids.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
