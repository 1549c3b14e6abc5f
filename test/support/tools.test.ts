// The test tiers (test/support/tools.ts + missing-tools-reporter.ts), pinned by running a child
// vitest on a fixture file whose tools are hidden or faked through their override variables.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { installAll, missingTools, TOOLS } from "./tools.js";

const root = new URL("../../", import.meta.url).pathname;
const FIXTURE = "test/support/fixtures/tiers/needs-tools.fixture.ts";
const ABSENT = { SOBOT_CHROMIUM: "/nonexistent/chromium", OASDIFF: "/nonexistent/oasdiff" };

function runFixture(env: Record<string, string>) {
  const base = { ...process.env };
  delete base.SOBOT_REQUIRE_TOOLS; // the child's tier is set by each case, never inherited from CI
  const r = spawnSync(`${root}node_modules/.bin/vitest`, ["run", "--config", "test/support/fixtures/tiers/vitest.config.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...base, NO_COLOR: "1", FORCE_COLOR: "0", CI: "", ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("test tiers", () => {
  it("tool absent: the tests are skipped, the run passes, and after the summary each is named with its install command", () => {
    const { code, out } = runFixture(ABSENT);
    expect(code, out).toBe(0);
    expect(out).toMatch(/Tests {2}1 passed \| 2 skipped \(3\)/);
    const note = out.slice(out.indexOf("Test Files"));
    expect(note).toContain("Skipped 2 tests: a tool they need is not installed");
    expect(note).toMatch(
      new RegExp(
        `Install with: bash \\.ci/install-tools\\.sh chromium\\n.*needs chromium: .*\\n\\s+- ${FIXTURE} > a block that needs Chromium > sees the Chromium it was given`,
      ),
    );
    expect(note).toMatch(new RegExp(`Install with: bash \\.ci/install-tools\\.sh oasdiff chromium\\n(.*needs .*\\n)+\\s+- ${FIXTURE} > a test that needs oasdiff and Chromium`));
    expect(note).not.toContain("a test that needs no tool");
  });

  it("tool absent and SOBOT_REQUIRE_TOOLS=1: the run fails, naming the missing tool and its install command", () => {
    const { code, out } = runFixture({ ...ABSENT, SOBOT_REQUIRE_TOOLS: "1" });
    expect(code, out).toBe(1);
    expect(out).toMatch(/FAIL .*needs-tools\.fixture\.ts > a block that needs Chromium\nError: SOBOT_REQUIRE_TOOLS=1: Not installed: chromium .*Install with: bash \.ci\/install-tools\.sh chromium/);
    expect(out).toMatch(/FAIL .*> a test that needs oasdiff and Chromium\nError: SOBOT_REQUIRE_TOOLS=1: Not installed: oasdiff .*Install with: bash \.ci\/install-tools\.sh oasdiff chromium/);
    expect(out).not.toContain("a tool they need is not installed");
  });

  it("tools present: every test runs, with the tool's path, and nothing is reported as skipped", () => {
    const { code, out } = runFixture({ SOBOT_CHROMIUM: process.execPath, OASDIFF: process.execPath, SOBOT_REQUIRE_TOOLS: "1" });
    expect(code, out).toBe(0);
    expect(out).toMatch(/Tests {2}3 passed \(3\)/);
    expect(out).not.toContain("Skipped");
  });

  it("every tool's install command is a step that .ci/install-tools.sh accepts", () => {
    // An unknown step fails at once, before installing anything, and lists the steps it knows.
    const bad = spawnSync("bash", [`${root}.ci/install-tools.sh`, "no-such-tool"], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    const known = /unknown step "no-such-tool" \(one of: ([^)]*)\)/.exec(bad.stderr)?.[1]?.split(" ");
    expect(known, bad.stderr).toBeDefined();
    const unknown = Object.entries(TOOLS).filter(([, t]) => !known!.includes(t.step)).map(([name, t]) => `${name}: ${t.step}`);
    expect(unknown).toEqual([]);
  });

  it("one command installs everything a test needs", () => {
    const missing = (["oasdiff", "python-venv", "zsh", "fish"] as const).map((tool) => ({ tool, what: TOOLS[tool].what, install: "" }));
    // zsh and fish share one step: it is named once.
    expect(installAll(missing)).toBe("bash .ci/install-tools.sh oasdiff python-venv shells");
    expect(missingTools([])).toEqual([]);
  });
});
