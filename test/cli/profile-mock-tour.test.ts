import { chmodSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../src/sim/index.js";
import { cliEnv, collect, root, runCli, spawnCli } from "./support/run-cli.js";

// the project's simulator of Sobot: it checks the token's signature and the journal says what it received
let sim: Simulator;
beforeAll(async () => { sim = await startSimulator({ appId: "app-7", appSecret: "very-secret-value-42", settleMs: 0 }); });
afterAll(() => sim.close());

describe("profiles", () => {
  it("are saved owner-only (0600), take secrets from stdin, never print them, and connect", async () => {
    const config = join(mkdtempSync(join(tmpdir(), "sobot-cc-profile-")), "sub", "profiles.json");
    const env = { SOBOT_CC_CONFIG: config };
    const set = await runCli(["profile", "set", "--profile", "ops", "--base-url", sim.url, "--app-id", "app-7", "--app-secret", "-"], { env, input: "very-secret-value-42\n" });
    expect(set.code, set.stderr).toBe(0);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(statSync(join(config, "..")).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(config, "utf8")).profiles.ops.appSecret).toBe("very-secret-value-42");
    const show = await runCli(["profile", "show", "--profile", "ops"], { env });
    for (const r of [set, show]) expect(r.stdout + r.stderr).not.toContain("very-secret-value-42");
    expect(show.stdout).toContain("appSecret  set (20 characters, not shown)");

    const call = await runCli(["search-call-agents", "--profile", "ops"], { env });
    expect(call.code, call.stderr).toBe(0);
    expect(sim.requests({ operationId: "createCompanyToken" }).at(-1)).toMatchObject({ status: 200, body: { appId: "app-7" } });

    // a secret on the command line is refused; a file others can read is refused
    const literal = await runCli(["profile", "set", "--app-secret", "oops"], { env });
    expect(literal.code).toBe(2);
    expect(literal.stderr).not.toContain("oops\n");
    chmodSync(config, 0o644);
    const open = await runCli(["search-call-agents", "--profile", "ops"], { env });
    expect(open.code).toBe(2);
    expect(open.stderr).toContain("chmod 600");
  });
});

describe("sobot-cc mock", () => {
  it("serves the contract with Prism on loopback until stopped", async () => {
    const child = spawnCli(["mock", "--port", "0"]);
    const done = collect(child);
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (d) => {
        out += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on("exit", () => reject(new Error(`mock exited: ${out}`)));
    });
    const res = await fetch(`${url}/callservice/v6/cc-config/api/agents?agent=1111&agentType=0`, { headers: { Authorization: "t" } });
    expect(res.status).toBe(200);
    child.kill("SIGTERM");
    expect((await done).code).toBe(0);
  });
});

describe("npm start (the tour)", () => {
  // without credentials the tour runs against the simulator: test/sim/tour.test.ts
  it("with credentials: only read-only calls, against SOBOT_BASE_URL", async () => {
    const child = spawn(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: root, env: cliEnv({ SOBOT_BASE_URL: sim.url, SOBOT_APP_ID: "app-7", SOBOT_APP_SECRET: "very-secret-value-42" }), stdio: ["pipe", "pipe", "pipe"],
    });
    const before = sim.exportState();
    const seen = sim.requests().length;
    const r = await collect(child);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const sent = sim.requests().slice(seen);
    expect(sent.length).toBeGreaterThan(0);
    const { operations } = await import("../../generated/operations.js");
    expect(sent.every((q) => operations[q.operationId as keyof typeof operations].safe)).toBe(true);
    // and nothing was written: the state is as it was
    expect(sim.exportState()).toEqual(before);
    expect(r.stdout).not.toContain("failed:");
    expect(r.stdout).toContain("Contact plans   (no read-only operation: skipped)");
  });
});
