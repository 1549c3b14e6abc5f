/** `profile list` and `profile delete`: names and what is set, never a secret; the file stays owner-only. */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";
import { runMain } from "./support/run-main.js";

const SECRET = "very-secret-value-42";
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXZhbHVl";

describe("profile list and delete", () => {
  it("list shows each profile's address, app id and which secrets are set, never their values; delete removes one and keeps 0600", async () => {
    const config = join(mkdtempSync(join(tmpdir(), "sobot-cc-profiles-")), "profiles.json");
    const env = { SOBOT_CC_CONFIG: config };
    const empty = await runMain(["profile", "list"], env);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe("[]\n");
    for (const [name, flag, value] of [["ops", "--app-secret", SECRET], ["ci", "--token", TOKEN], ["中文名", "--app-secret", SECRET]] as const) {
      const set = await runCli(["profile", "set", "--profile", name, "--base-url", "http://127.0.0.1:9", "--app-id", `app-${name}`, flag, "-"], { env, input: `${value}\n` });
      expect(set.code, set.stderr).toBe(0);
    }

    const json = await runMain(["profile", "list", "--json"], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      { name: "ops", baseUrl: "http://127.0.0.1:9", appId: "app-ops", appSecret: "set", token: null },
      { name: "ci", baseUrl: "http://127.0.0.1:9", appId: "app-ci", appSecret: null, token: "set" },
      { name: "中文名", baseUrl: "http://127.0.0.1:9", appId: "app-中文名", appSecret: "set", token: null },
    ]);
    const table = await runMain(["profile", "list", "--output", "table"], env);
    expect(table.stdout).toMatch(/^name\s+baseUrl\s+appId\s+appSecret\s+token/);
    expect(table.stdout).toContain(`3 profiles in ${config}`);
    for (const r of [json, table]) {
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(r.stdout + r.stderr).not.toContain(TOKEN);
    }

    const del = await runCli(["profile", "delete", "ci"], { env });
    expect(del.code, del.stderr).toBe(0);
    expect(del.stdout).toContain(`deleted profile ci from ${config}`);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(config, "utf8")).profiles)).toEqual(["ops", "中文名"]);
    // the others are untouched, secrets included
    expect(JSON.parse(readFileSync(config, "utf8")).profiles.ops.appSecret).toBe(SECRET);
  });

  it("delete: a missing name gets the nearest one and changes nothing; no name is a usage error", async () => {
    const config = join(mkdtempSync(join(tmpdir(), "sobot-cc-profiles-")), "profiles.json");
    const env = { SOBOT_CC_CONFIG: config };
    await runCli(["profile", "set", "--profile", "staging", "--base-url", "http://127.0.0.1:9"], { env });
    const before = readFileSync(config, "utf8");
    const typo = await runMain(["profile", "delete", "stagin"], env);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(`no profile "stagin" in ${config} (did you mean staging?)`);
    const none = await runMain(["profile", "delete"], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("sobot-cc profile delete NAME");
    expect(readFileSync(config, "utf8")).toBe(before);
  });
});
