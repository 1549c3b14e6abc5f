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
    await buildDocs({ output: ".tmp/test-docs/index.html", tmpDir: ".tmp/test-docs/work", quiet: true });
    server = await serveStatic(`${root}.tmp/test-docs`);
    browser = await launchGuarded();
    await browser.page.goto(server.url, { waitUntil: "networkidle" });
  }, 120_000);

  /**
   * Clicks the sidebar's search box (once its index has loaded) on a freshly loaded page and
   * returns the search dialog. Fresh, because the navigation test leaves groups opened and the page
   * scrolling; clicked again if no dialog shows within 5 s, because under load (CI, 1 run in 3 on
   * 2 busy cores) a click that Playwright reports as done opened nothing for 30 s, while the same
   * click on a page left alone opened the dialog within 30 ms in every one of 6 runs.
   */
  async function openSearch() {
    const { page } = browser;
    await page.goto(server.url, { waitUntil: "networkidle" });
    const trigger = page.locator("[data-testid=search-trigger]");
    await expect.poll(() => trigger.innerText(), { timeout: 20_000 }).not.toContain("Loading");
    const dialog = page.locator("[data-testid=search-dialog]");
    for (let attempt = 1; ; attempt++) {
      await trigger.click();
      try {
        await dialog.waitFor({ timeout: 5_000 });
        return dialog;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
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

  /** Opens an operation's page by its route (Redoc's `#/<tag>/<operationid>`) and waits for its samples. */
  async function openOperation(op: (typeof ops)[number]) {
    const { page } = browser;
    const id = `${op.tags[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${op.operationId.toLowerCase()}`;
    await page.goto(`${server.url}#/${id}`, { waitUntil: "networkidle" });
    // Redoc keeps the tag's other operations on the page: this one's section has the route as id
    const samples = page.locator(`[id="${id}"] .panel-request-samples`).first();
    await samples.waitFor();
    return samples;
  }

  /** Picks a sample language in the samples panel's menu. */
  async function pickSample(samples: import("playwright-core").Locator, from: string, to: string) {
    await samples.locator("button[aria-haspopup=menu]").filter({ hasText: new RegExp(`^\\s*${from}\\s*$`) }).click();
    await browser.page.getByRole("menuitem", { name: to, exact: true }).click();
  }

  it("shows the facade, CLI and curl samples, and writes a screenshot artifact", async () => {
    const { page } = browser;
    const op = ops.find((o) => o.operationId === "searchSkillGroups")!;
    const dialog = await openSearch();
    await page.keyboard.type(op.summary);
    await dialog.locator("a").filter({ hasText: op.path }).first().click();
    const samples = page.locator(".panel-request-samples").first();
    await expect.poll(() => samples.innerText(), { timeout: 10_000 }).toContain("sobot.skillGroups.list(");
    expect(await samples.innerText()).toContain(`import { createSobotClient } from "sobot-cc";`);
    await pickSample(samples, "TypeScript SDK", "CLI");
    await expect.poll(() => samples.innerText(), { timeout: 10_000 }).toContain("npx sobot-cc search-skill-groups --currPage 1 --pageSize 50");
    await pickSample(samples, "CLI", "curl");
    await expect.poll(() => samples.innerText(), { timeout: 10_000 }).toContain(`curl -X POST 'https://sg.sobot.io${op.path}'`);
    await pickSample(samples, "curl", "TypeScript SDK");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs-reference.png` });
    expect(browser.blocked).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });

  it("shows each enum value with its meaning from x-enum-descriptions", async () => {
    const { page } = browser;
    await openOperation(ops.find((o) => o.operationId === "getAgentSetting")!);
    const rows = page.locator("tr").filter({ hasText: "Agent work number" });
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await rows.first().locator("td").allInnerTexts()).map((t) => t.trim())).toEqual(["0", "Agent work number"]);
    const second = page.locator("tr").filter({ hasText: "Agent UUID/id" }).first();
    expect((await second.locator("td").allInnerTexts()).map((t) => t.trim())).toEqual(["1", "Agent UUID/id"]);
  });

  // at the test's 1400 px window Redoc's sample panel is ~460 px wide; a line past it looked cut off
  it("shows every line of every sample of every operation inside the sample panel", async () => {
    const { page } = browser;
    const overflowing: string[] = [];
    const LABELS = ["TypeScript SDK", "CLI", "curl"];
    const FIRST_WORDS: Record<string, string> = { "TypeScript SDK": "createSobotClient", CLI: "npx sobot-cc", curl: "curl -X" };
    for (const op of ops) {
      const samples = await openOperation(op);
      const selectedNow = async () =>
        (await samples.locator("button[aria-haspopup=menu]").allInnerTexts()).map((t) => t.trim()).find((t) => LABELS.includes(t));
      for (const label of LABELS) {
        await expect.poll(selectedNow, { timeout: 10_000, message: op.operationId }).toBeDefined();
        const selected = (await selectedNow())!;
        if (selected !== label) await pickSample(samples, selected, label);
        const pre = samples.locator("pre").first();
        await expect.poll(() => pre.innerText(), { timeout: 10_000 }).toContain(FIRST_WORDS[label]!);
        const { scrollWidth, clientWidth } = await pre.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
        if (scrollWidth > clientWidth) overflowing.push(`${op.operationId} ${label}: ${scrollWidth} px of content in ${clientWidth} px`);
      }
    }
    expect(overflowing).toEqual([]);
  }, 240_000);

  it("renders the spec's repository links as links to the repository, and every in-page link opens a page", async () => {
    const { page } = browser;
    await page.goto(server.url, { waitUntil: "networkidle" });
    const hrefs = [...new Set(await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))];
    expect(hrefs).toContain("https://github.com/sobot-cc/sobot-cc/blob/HEAD/docs/vendor-extensions.md");
    expect(hrefs).toContain("https://github.com/sobot-cc/sobot-cc/blob/HEAD/docs/seed-inconsistencies.md");
    const inPage = hrefs.filter((h) => !/^https:\/\//.test(h));
    // anything else would be a file next to the published page, which is not there
    expect(inPage.filter((h) => !h.startsWith("/") && !h.startsWith("#"))).toEqual([]);
    const broken: string[] = [];
    for (const href of inPage) {
      // the overview again only when the link is not on the page the last click opened
      if ((await page.locator(`a[href="${href}"]`).count()) === 0) await page.goto(server.url, { waitUntil: "networkidle" });
      await page.locator(`a[href="${href}"]`).first().click();
      await page.waitForTimeout(300);
      if (await page.getByText("No page at this address").count()) broken.push(href);
    }
    expect(broken).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 120_000);
});
