/**
 * Ctrl-C (SIGINT) exits 130, the shell convention. An import first finishes the calls in flight
 * and writes its report; its checkpoint is then complete, so --resume sends exactly the rest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportReport } from "../../src/bulk/types.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { cliEnv, collect, root, runCli, spawnCli } from "./support/run-cli.js";

let sim: TestSimulator | undefined;
afterEach(async () => { await sim?.close(); sim = undefined; });

describe("Ctrl-C exits 130", () => {
  it("during an import: the calls in flight finish, the report is written, exit 130; --resume imports the rest, each row once", async () => {
    sim = await startTestSimulator({ faults: [{ operation: "importCallingList", latencyMs: 150 }] });
    const dir = mkdtempSync(join(tmpdir(), "sobot-cc-sigint-"));
    const file = join(dir, "numbers.csv");
    writeFileSync(file, `telephone,name\n${Array.from({ length: 1000 }, (_, i) => `1${String(i).padStart(9, "0")},Customer ${i}`).join("\n")}\n`);
    const args = ["import", "calling-list", "--file", file, "--agentID", "e906cc52bfac44b4ae30497fd39c4c4d", "--agentType", "1",
      "--campaignId", "cde0f90801d98M4fcb8a43eFff11b201cbff", "--callingListCode", "SIGINT1",
      "--removeDuplicatesRule", "RemoveDuplicatesInCallingList", "--assignRule", "NoAssign", "--chunk-size", "50", "--concurrency", "2",
      "--poll-interval", "20", "--json"];
    const env = { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token };

    const child = spawnCli(args, { env });
    const done = collect(child);
    await Promise.race([sim.waitFor("importCallingList", 3), done.then((r) => { throw new Error(`import ended before Ctrl-C: ${r.code} ${r.stderr}`); })]);
    child.kill("SIGINT");
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.signal).toBeNull();
    expect(r.stderr).toContain("stopping after the calls in flight");
    const report = JSON.parse(readFileSync(`${file}.report.json`, "utf8")) as ImportReport;
    expect(report.status).toBe("stopped");
    const sent = sim.calls("importCallingList").length;
    // every call that reached the server was answered and recorded: nothing is left unknown
    expect(report.totals.unknown).toBe(0);
    expect(report.totals.accepted).toBe(sent * 50);
    expect(report.totals.accepted + report.totals.pending).toBe(1000);

    sim.sim.clearFaults();
    const resumed = await runCli([...args, "--resume"], { env });
    expect(resumed.code, resumed.stderr).toBe(0);
    const final = JSON.parse(readFileSync(`${file}.report.json`, "utf8")) as ImportReport;
    expect(final.totals).toMatchObject({ rows: 1000, accepted: 1000, unknown: 0, pending: 0 });
    expect(sim.applied("importCallingList").size).toBe(1000);
    expect([...sim.applied("importCallingList").values()].every((n) => n === 1)).toBe(true);
    expect(sim.calls("importCallingList").length).toBe(20);
  });

  it("during a call waiting for the server", async () => {
    // the simulator holds the answer far longer than the test runs
    sim = await startTestSimulator({ faults: [{ operation: "searchCallAgents", latencyMs: 120_000 }] });
    const child = spawnCli(["search-call-agents"], { env: { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token } });
    const done = collect(child);
    await sim.waitFor("searchCallAgents", 1);
    child.kill("SIGINT");
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.signal).toBeNull();
    // it stopped while the call waited: the simulator had not answered it
    expect(sim.calls("searchCallAgents")[0]!.status).toBeUndefined();
  });

  it("at the prompt for a secret on a terminal (raw mode: Ctrl-C arrives as a keystroke), nothing saved", () => {
    // a pseudo-terminal from Python's standard library (Python is on every machine of this kind)
    const config = join(mkdtempSync(join(tmpdir(), "sobot-cc-sigint-")), "profiles.json");
    const driver = `
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)
out = b""
deadline = time.time() + 60
while b"App secret" not in out and time.time() < deadline:
    if select.select([fd], [], [], 0.5)[0]:
        out += os.read(fd, 1024)
os.write(fd, b"abc\\x03")
_, status = os.waitpid(pid, 0)
print(os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status))
`;
    const r = spawnSync("python3", ["-c", driver, process.execPath, join(root, "cli/bin.mjs"), "profile", "set", "--app-secret", "-"], {
      env: cliEnv({ SOBOT_CC_CONFIG: config }), encoding: "utf8", timeout: 90_000,
    });
    expect(r.stdout.trim(), r.stderr).toBe("130");
    expect(existsSync(config)).toBe(false);
  });
});
