/** sobot-cc against the project's simulator: paging through its data, its refusals, its tokens. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { runCli } from "./support/run-cli.js";

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ appId: "app-1", appSecret: "s3cret-value-123" });
});
afterAll(() => sim.close());
const env = () => ({ SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token });
/** the published IVR flows of the simulator's data set (33) */
const flows = () => sim.sim.exportState().ivrFlows.map((f) => f.name);
/** how every JWT the simulator issues begins: a token printed anywhere would show it */
const JWT_HEAD = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

describe("sobot-cc against the simulator", () => {
  it("--all follows every page of a paged operation", async () => {
    const r = await runCli(["search-published-ivr-flows", "--all"], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const items = JSON.parse(r.stdout) as { name: string }[];
    expect(flows()).toHaveLength(33);
    expect(items.map((i) => i.name)).toEqual(flows());
    // the spec's maxPageSize (50) is asked for: one page holds all 33
    expect(sim.calls("searchPublishedIvrFlows").map((c) => (c.body as { pageSize: number }).pageSize)).toContain(50);
  });

  it("without --all prints one page, and says where it is on a terminal table", async () => {
    const r = await runCli(["search-published-ivr-flows", "--pageSize", "5", "--output", "table"], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("page 1 of 7, 33 items in all (--all fetches every page)");
  });

  it("exits 1 with one line when the API refuses the call", async () => {
    // HTTP 200 with the failure only in the envelope, as the research notes warn the vendor may answer
    sim.sim.addFault({ operation: "searchExtensions", status: 500, inEnvelopeOnly: true, times: 1 });
    const r = await runCli(["search-extensions"], { env: env() });
    sim.sim.clearFaults();
    expect(sim.calls("searchExtensions").at(-1)!.status).toBe(200);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("retCode 500");
    expect(r.stderr).toContain("fault injected by the simulator");
  });

  it("takes app credentials from the environment and never prints the secret, even with --debug", async () => {
    const r = await runCli(["search-call-agents", "--debug"], {
      env: { SOBOT_BASE_URL: sim.url, SOBOT_APP_ID: "app-1", SOBOT_APP_SECRET: "s3cret-value-123" },
    });
    expect(r.code, r.stderr).toBe(0);
    // the simulator issued a token for these credentials and accepted it
    expect(sim.calls("createCompanyToken").filter((c) => c.applied).length).toBeGreaterThan(0);
    expect(sim.calls("searchCallAgents").at(-1)!.status).toBe(200);
    expect(r.stderr).toContain("credentials from environment");
    expect(r.stdout + r.stderr).not.toContain("s3cret-value-123");
    expect(r.stderr).not.toContain(JWT_HEAD);
  });

  it("exits 1 when the token is refused, and 2 when no address is configured", async () => {
    const refused = await runCli(["search-call-agents"], { env: { SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: "wrong" } });
    expect(refused.code).toBe(1);
    expect(sim.calls("searchCallAgents").at(-1)!.status).toBe(401);
    expect(refused.stderr).toMatch(/unauthorized/);
    const none = await runCli(["search-call-agents"], { env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("SOBOT_BASE_URL");
  });
});
