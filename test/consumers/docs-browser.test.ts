// `npm run docs` output opened in a real headless Chromium (Debian's, via playwright-core).
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildDocs } from "../../scripts/docs/build.js";
import { listOperations, loadSpec } from "../../scripts/docs/spec.js";
import { describeWithTool } from "../support/tools.js";
import { launchGuarded, type GuardedBrowser } from "./support/chromium.js";
import { serveStatic, type StaticServer } from "./support/static-server.js";

const root = new URL("../../", import.meta.url).pathname;
const ARTIFACTS = `${root}dist/test-artifacts`;
const ops = listOperations(loadSpec(`${root}openapi.yaml`));

// Needs Chromium (Debian's): tiered by test/support/tools.ts.
describeWithTool("chromium", "reference docs in Chromium", () => {
  let server: StaticServer;
  let browser: GuardedBrowser;

  beforeAll(async () => {
    buildDocs({ output: ".tmp/test-docs/index.html", tmpDir: ".tmp/test-docs/work", quiet: true });
    server = await serveStatic(`${root}.tmp/test-docs`);
    browser = await launchGuarded();
    await browser.page.goto(server.url, { waitUntil: "networkidle" });
  }, 120_000);

  /** Clicks the sidebar's search box (once its index has loaded) and returns the search dialog. */
  async function openSearch() {
    const { page } = browser;
    const trigger = page.locator("[data-testid=search-trigger]");
    await expect.poll(() => trigger.innerText(), { timeout: 20_000 }).not.toContain("Loading");
    await trigger.click();
    const dialog = page.locator("[data-testid=search-dialog]");
    await dialog.waitFor();
    return dialog;
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads with no request leaving loopback and no console error", () => {
    expect(browser.blocked).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });

  it("lists every operation's summary in the navigation", async () => {
    const { page } = browser;
    const tags = [...new Set(ops.flatMap((op) => op.tags))];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const seen = new Set<string>();
    for (const tag of tags) {
      // Redoc's sidebar lists a tag's operations once its group is opened (one group at a time).
      const group = page.locator(".menu-item-type-group").filter({ hasText: new RegExp(`^\\s*${escape(tag)}\\s*$`) });
      expect(await group.count(), tag).toBe(1);
      await group.click();
      const first = ops.find((op) => op.tags.includes(tag))!;
      await page.locator(".menu-item-type-operation").filter({ hasText: first.summary }).first().waitFor();
      for (const text of await page.locator(".menu-item-type-operation").allInnerTexts()) seen.add(text.replace(/\s+/g, " "));
    }
    const nav = [...seen].join("\n");
    const missing = ops.filter((op) => !nav.includes(op.summary.replace(/\s+/g, " "))).map((op) => op.summary);
    expect(missing).toEqual([]);
  });

  it('finds the skill-group operations when searching "skill group"', async () => {
    const { page } = browser;
    const dialog = await openSearch();
    await page.keyboard.type("skill group");
    const expected = ops.filter((op) => op.tags.includes("Skill groups"));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => dialog.innerText(), { timeout: 10_000 }).toContain(expected[0]!.path);
    const text = await dialog.innerText();
    for (const op of expected) expect(text, op.operationId).toContain(op.path);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs-search.png` });
    await page.keyboard.press("Escape");
  });

  it("shows the generated TypeScript and curl samples, and writes a screenshot artifact", async () => {
    const { page } = browser;
    const op = ops.find((o) => o.operationId === "searchSkillGroups")!;
    const dialog = await openSearch();
    await page.keyboard.type(op.summary);
    await dialog.locator("a").filter({ hasText: op.path }).first().click();
    const samples = page.locator(".panel-request-samples").first();
    await expect.poll(() => samples.innerText(), { timeout: 10_000 }).toContain(`sobot.call("${op.operationId}"`);
    expect(await samples.innerText()).toContain(`import { createSobotClient } from "sobot-cc";`);
    await samples.locator("button[aria-haspopup=menu]").filter({ hasText: "TypeScript SDK" }).click();
    await page.getByRole("menuitem", { name: "curl", exact: true }).click();
    await expect.poll(() => samples.innerText(), { timeout: 10_000 }).toContain(`curl -X POST 'https://sg.sobot.io${op.path}'`);
    await samples.locator("button[aria-haspopup=menu]").filter({ hasText: "curl" }).click();
    await page.getByRole("menuitem", { name: "TypeScript SDK", exact: true }).click();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs-reference.png` });
    expect(browser.blocked).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
