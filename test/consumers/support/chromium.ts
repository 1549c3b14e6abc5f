// Chromium (Debian's, or the build an npm package ships) driven by playwright-core: no browser
// download, closed-network flags, a fresh profile per launch, and a request guard that lets nothing
// leave loopback.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { NPM_CHROMIUM, toolPath } from "../../support/tools.js";

/**
 * The Chromium binary the tool registry found (test/support/tools.ts): SOBOT_CHROMIUM, Debian's,
 * or the npm-shipped build, unpacked here on first use (seconds, once per machine boot).
 */
async function chromiumExecutable(): Promise<string> {
  const found = toolPath("chromium");
  if (found !== NPM_CHROMIUM) return found;
  const { default: packed } = await import("@sparticuz/chromium");
  return packed.executablePath();
}

export interface GuardedBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page tried to load that was not on loopback (each was aborted). */
  blocked: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export function isLoopback(url: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

export async function launchGuarded(): Promise<GuardedBrowser> {
  const executablePath = await chromiumExecutable();
  const profile = mkdtempSync(join(tmpdir(), "sobot-chromium-"));
  // Playwright takes the profile folder as userDataDir (it refuses --user-data-dir in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
  return {
    context,
    page,
    blocked,
    consoleErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
