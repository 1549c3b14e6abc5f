import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliEnv, collect, root } from "../cli/support/run-cli.js";

describe("npm start (the tour) without credentials", () => {
  it("runs against its own simulator: a group found, one total while paging, a key applied once, the server's real counts; exit 0", async () => {
    const child = spawn(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { cwd: root, env: cliEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const r = await collect(child);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/touring the simulator of Sobot at http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/Skill groups: created T\d+ \(createSkillGroup\), found it on page 3 of 3/);
    expect(r.stdout).toContain("total on every page: 26");
    expect(r.stdout).toContain("10 + 10 + 10 + 3 = 33 flows, total 33 on every page");
    expect(r.stdout).toContain("sobot.paginate() walks the same 33");
    expect(r.stdout).toContain("the same task both times (same id)");
    expect(r.stdout).toContain("the simulator replayed 1 answer and applied nothing twice");
    expect(r.stdout).toContain("the same key with another body is refused: HTTP 409");
    expect(r.stdout).toContain("importCallingList: 245 rows — 241 accepted, 0 refused by the server, 2 invalid, 2 duplicate");
    // the server's own counts: 240 new numbers, the forbidden one failed
    expect(r.stdout).toMatch(/server \(getCallingListImportResults\): 240 imported, 1 failed, 0 duplicates; error report: http:\/\/127\.0\.0\.1:\d+\/__sim\/reports\/TOUR\d+\.csv/);
    expect(r.stderr).toMatch(/100% \| 245\/245 rows/);
  });
});
