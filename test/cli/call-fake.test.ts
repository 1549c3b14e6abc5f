import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSobot, type FakeSobot } from "../support/fake-sobot-server.js";
import { runCli } from "./support/run-cli.js";

let fake: FakeSobot;
beforeAll(async () => {
  fake = await startFakeSobot({ app: { appId: "app-1", appSecret: "s3cret-value-123" }, ivrFlows: 23 });
});
afterAll(() => fake.close());

describe("sobot-cc against a stateful fake server", () => {
  it("--all follows every page of a paged operation", async () => {
    const r = await runCli(["search-published-ivr-flows", "--all"], { env: { SOBOT_BASE_URL: fake.url, SOBOT_TOKEN: "test-token" } });
    expect(r.code, r.stderr).toBe(0);
    const items = JSON.parse(r.stdout) as { name: string }[];
    expect(items.map((i) => i.name)).toEqual(Array.from({ length: 23 }, (_, i) => `flow-${i + 1}`));
    // the spec's maxPageSize (50) is asked for: one page holds all 23
    expect(fake.calls("searchPublishedIvrFlows").map((c) => (c.body as { pageSize: number }).pageSize)).toContain(50);
  });

  it("without --all prints one page, and says where it is on a terminal table", async () => {
    const r = await runCli(["search-published-ivr-flows", "--pageSize", "5", "--output", "table"], { env: { SOBOT_BASE_URL: fake.url, SOBOT_TOKEN: "test-token" } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("page 1 of 5, 23 items in all (--all fetches every page)");
  });

  it("exits 1 with one line when the API refuses the call", async () => {
    fake.set({ reply: (req) => (req.operationId === "searchExtensions" ? { status: 200, body: { status: "Failure", code: 500, retCode: "100001", retMsg: "extension service unavailable" } } : undefined) });
    const r = await runCli(["search-extensions"], { env: { SOBOT_BASE_URL: fake.url, SOBOT_TOKEN: "test-token" } });
    fake.set({ reply: undefined });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("retCode 100001");
    expect(r.stderr).toContain("extension service unavailable");
  });

  it("takes app credentials from the environment and never prints the secret, even with --debug", async () => {
    const r = await runCli(["search-call-agents", "--debug"], {
      env: { SOBOT_BASE_URL: fake.url, SOBOT_APP_ID: "app-1", SOBOT_APP_SECRET: "s3cret-value-123" },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(fake.calls("createCompanyToken").length).toBeGreaterThan(0);
    expect(r.stderr).toContain("credentials from environment");
    expect(r.stdout + r.stderr).not.toContain("s3cret-value-123");
    expect(r.stderr).not.toMatch(/fake-token-\d/);
  });

  it("exits 1 when the token is refused, and 2 when no address is configured", async () => {
    const refused = await runCli(["search-call-agents"], { env: { SOBOT_BASE_URL: fake.url, SOBOT_TOKEN: "wrong" } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/unauthorized/);
    const none = await runCli(["search-call-agents"], { env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("SOBOT_BASE_URL");
  });
});
