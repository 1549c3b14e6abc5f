/** A secured operation without credentials from any source: exit 2, the commands that fix it, and nothing sent. */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { operations } from "../../generated/operations.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { runCli } from "./support/run-cli.js";
import { runMain } from "./support/run-main.js";

let sim: TestSimulator;
beforeAll(async () => { sim = await startTestSimulator({ appId: "app-1", appSecret: "s3cret-value-123" }); });
afterAll(() => sim.close());

/** The spec's request example as flags: enough for every operation to get past its own checks. */
function exampleArgs(id: keyof typeof operations): string[] {
  const ex = examples[id] as { body?: Record<string, unknown>; query?: Record<string, unknown> } | undefined;
  const body = ex?.body ? Object.values(ex.body)[0] : undefined;
  return [
    ...Object.entries(ex?.query ?? {}).flatMap(([k, v]) => [`--${k}`, String(v)]),
    ...(body !== undefined ? ["--data", JSON.stringify(body)] : []),
  ];
}

const fixes = (stderr: string) => {
  expect(stderr).toContain("sobot-cc profile set");
  expect(stderr).toContain("SOBOT_TOKEN");
  expect(stderr).toMatch(/SOBOT_APP_ID and SOBOT_APP_SECRET/);
};

describe("credentials are checked before anything is sent", () => {
  const secured = Object.values(operations).filter((op) => op.security);
  const open = Object.values(operations).filter((op) => !op.security);

  it("every secured operation of the table: exit 2, one line naming the command and the fixes, no request", async () => {
    expect(secured.length).toBeGreaterThan(10);
    for (const op of secured) {
      const r = await runMain([op.command, ...exampleArgs(op.operationId as keyof typeof operations)], { SOBOT_BASE_URL: sim.url });
      expect(r.code, `${op.operationId}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trimEnd().split("\n"), op.operationId).toHaveLength(1);
      expect(r.stderr).toContain(`${op.command} needs credentials`);
      fixes(r.stderr);
    }
    expect(sim.sim.requests()).toHaveLength(0);
  });

  it("looks in the environment and the profile: a profile without secrets is named, and a half-set environment is refused", async () => {
    const config = `${process.env.TMPDIR ?? "/tmp"}/sobot-cc-nocreds-${process.pid}.json`;
    writeFileSync(config, JSON.stringify({ profiles: { ops: { baseUrl: sim.url } } }), { mode: 0o600 });
    const r = await runMain(["search-call-agents", "--profile", "ops"], { SOBOT_CC_CONFIG: config });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`profile "ops" of ${config} has none`);
    expect(r.stderr).toContain("sobot-cc profile set --profile ops");
    const half = await runMain(["search-call-agents"], { SOBOT_BASE_URL: sim.url, SOBOT_APP_ID: "app-1" });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain("SOBOT_APP_SECRET");
    expect(sim.sim.requests()).toHaveLength(0);
  });

  it("an import is refused the same way, before its file is read for sending", async () => {
    const file = `${process.env.TMPDIR ?? "/tmp"}/sobot-cc-nocreds-${process.pid}.csv`;
    writeFileSync(file, "telephone\n100000001\n");
    const r = await runCli(["import", "forbidden-numbers", "--file", file, "--row-defaults", '{"numberType":1,"callType":2,"enabled":1}'], { env: { SOBOT_BASE_URL: sim.url } });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("import forbidden-numbers needs credentials");
    fixes(r.stderr);
    expect(sim.sim.requests()).toHaveLength(0);
  });

  it("operations the spec marks unsecured (the token operation) are sent without credentials", async () => {
    expect(open.map((o) => o.operationId)).toEqual(["createCompanyToken"]);
    for (const op of open) {
      const r = await runMain([op.command, ...exampleArgs(op.operationId as keyof typeof operations)], { SOBOT_BASE_URL: sim.url });
      expect(r.stderr).not.toContain("needs credentials");
      expect(sim.calls(op.operationId).length, op.operationId).toBe(1);
    }
  });
});
