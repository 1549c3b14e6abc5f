// The one registry of the tools some tests need that npm cannot bring (a browser, Go/Java/Python
// programs), and the test tiers built on it:
//   - tool present                              -> the tests run;
//   - tool absent, SOBOT_REQUIRE_TOOLS=1 (CI)   -> the tests fail, naming the install command;
//   - tool absent otherwise                     -> the tests are skipped, and
//     test/support/missing-tools-reporter.ts names each of them with that command after vitest's
//     summary, so a fresh machine's `npm test` passes without hiding what it did not check.
// A test file says what it needs with describeWithTool("oasdiff", "...", () => {...}) or
// itWithTool(...); it never probes for a tool or skips by itself.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { beforeAll, describe, it, type TestFunction } from "vitest";
import { clientVenv, generatorJar, installCommand, PYTHON_CLIENT_DEPS, schemathesisBin, venvUpToDate } from "../../scripts/clients/tools.js";
import { findOasdiff } from "../../scripts/contract/oasdiff.js";

export interface Tool {
  /** What the tool is for, in the skip note. */
  what: string;
  /** The step of .ci/install-tools.sh that installs it (the tool's own name). */
  step: string;
  /** The tool's path when it is usable; undefined when not. */
  detect(): string | undefined;
}

/** Debian's Chromium, which .ci/install-tools.sh installs (CI tests the docs with it). */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The npm devDependency that ships a Chromium build inside its tarball (brotli-packed, unpacked
 * into the temp folder on first launch), so the docs are tested in a real browser on a machine
 * that has only what npm installs. Built for linux-x64 only. 147.0.0 is its newest version that
 * supports Node 20 (later ones need Node 22).
 */
export const NPM_CHROMIUM = "@sparticuz/chromium";

function npmChromium(): string | undefined {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  try {
    // Its exports hide package.json; the entry is build/cjs/index.cjs and the packed browser is
    // bin/chromium.br beside build/ (where the package itself looks for it).
    const entry = createRequire(import.meta.url).resolve(NPM_CHROMIUM);
    return existsSync(join(dirname(entry), "..", "..", "bin", "chromium.br")) ? NPM_CHROMIUM : undefined;
  } catch {
    return undefined;
  }
}

function executable(path: string): string | undefined {
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** `cmd` when it runs and exits 0 (`--version`-style probes: a few hundred ms at most, once per process). */
function runs(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { stdio: "ignore", timeout: 30_000 });
  return !r.error && r.status === 0 ? cmd : undefined;
}

export const TOOLS = {
  chromium: {
    what: `headless Chromium for the reference docs: SOBOT_CHROMIUM, else Debian's package, else the npm package ${NPM_CHROMIUM}`,
    step: "chromium",
    // SOBOT_CHROMIUM, when set, is the only candidate (a wrong path is a missing tool, not a fallback).
    // The npm build's "path" is its package name: chromium.ts unpacks it when it launches.
    detect: () => (process.env.SOBOT_CHROMIUM ? executable(process.env.SOBOT_CHROMIUM) : (executable(DEBIAN_CHROMIUM) ?? npmChromium())),
  },
  oasdiff: {
    what: "the breaking-change diff of the contract gate; OASDIFF points at another binary",
    step: "oasdiff",
    detect: () => findOasdiff(),
  },
  "openapi-generator": {
    what: "the jar and Java, which generate the Python, Go and Java clients",
    step: "openapi-generator",
    detect: () => (existsSync(generatorJar()) && runs("java", ["-version"]) ? generatorJar() : undefined),
  },
  maven: {
    what: "Maven and Java, which build the Java smoke program",
    step: "maven",
    detect: () => (runs("java", ["-version"]) ? runs("mvn", ["-v"]) : undefined),
  },
  go: {
    what: "the toolchain that builds the Go smoke program",
    step: "go",
    detect: () => runs("go", ["version"]),
  },
  "python-venv": {
    what: `a venv with the generated Python client's packages ${PYTHON_CLIENT_DEPS.join(" ")}; SOBOT_PYTHON points at another Python`,
    step: "python-venv",
    detect: () => (process.env.SOBOT_PYTHON ? executable(process.env.SOBOT_PYTHON) : venvUpToDate(clientVenv(), PYTHON_CLIENT_DEPS) ? `${clientVenv()}/bin/python` : undefined),
  },
  schemathesis: {
    what: "property-based API tests from the contract; SOBOT_SCHEMATHESIS points at another executable",
    step: "schemathesis",
    detect: () => executable(schemathesisBin()),
  },
  zsh: {
    what: "zsh, which parses and runs the CLI's zsh completion script",
    step: "shells",
    detect: () => runs("zsh", ["-c", "true"]),
  },
  fish: {
    what: "fish, which parses and runs the CLI's fish completion script",
    step: "shells",
    detect: () => runs("fish", ["-c", "true"]),
  },
} satisfies Record<string, Tool>;

export type ToolName = keyof typeof TOOLS;

/** What a test records in its meta for the reporter: each tool it needed that was absent. */
export interface MissingTool {
  tool: ToolName;
  what: string;
  install: string;
}

declare module "vitest" {
  interface TaskMeta {
    missingTools?: MissingTool[];
    /** The one command that installs all of them. */
    toolsInstall?: string;
  }
}

// Per process: each vitest worker asks once per tool, however many files or tests need it.
const found = new Map<string, string | undefined>();

/** The tool's path, or undefined when it is not installed (cached). */
export function findTool(name: ToolName): string | undefined {
  if (!found.has(name)) found.set(name, TOOLS[name].detect());
  return found.get(name);
}

/** The tool's path; throws with the install command when it is not installed. */
export function toolPath(name: ToolName): string {
  const path = findTool(name);
  if (!path) throw new Error(missingMessage([missingTool(name)]));
  return path;
}

function missingTool(name: ToolName): MissingTool {
  return { tool: name, what: TOOLS[name].what, install: installCommand(TOOLS[name].step) };
}

export function missingTools(tools: ToolName | readonly ToolName[]): MissingTool[] {
  const names: readonly ToolName[] = typeof tools === "string" ? [tools] : tools;
  return names.filter((name) => !findTool(name)).map(missingTool);
}

/** The single command that installs every missing tool of a test (install-tools takes several steps). */
export function installAll(missing: readonly MissingTool[]): string {
  return installCommand(...new Set(missing.map((m) => TOOLS[m.tool].step)));
}

function missingMessage(missing: readonly MissingTool[]): string {
  const list = missing.map((m) => `${m.tool} (${m.what})`).join(", ");
  return `Not installed: ${list}. Install with: ${installAll(missing)}`;
}

/** CI sets this (.ci/run): a missing tool is a failure there, never a skip. */
export function toolsRequired(): boolean {
  return process.env.SOBOT_REQUIRE_TOOLS === "1";
}

/**
 * A describe block whose tests need `tools`. Present: an ordinary describe. Absent: skipped (and
 * named at the end of the run), or failed with the install command when SOBOT_REQUIRE_TOOLS=1.
 */
export function describeWithTool(tools: ToolName | readonly ToolName[], title: string, fn: () => void): void {
  const missing = missingTools(tools);
  if (missing.length === 0) {
    describe(title, fn);
  } else if (toolsRequired()) {
    describe(title, () => {
      // First hook of the block: it fails before the block's own setup touches the missing tool.
      beforeAll(() => {
        throw new Error(`SOBOT_REQUIRE_TOOLS=1: ${missingMessage(missing)}`);
      });
      fn();
    });
  } else {
    describe(title, { skip: true, meta: { missingTools: missing, toolsInstall: installAll(missing) } }, fn);
  }
}

/** One test that needs `tools`; same tiers as describeWithTool. */
export function itWithTool(tools: ToolName | readonly ToolName[], title: string, fn: TestFunction, timeout?: number): void {
  const missing = missingTools(tools);
  if (missing.length === 0) {
    it(title, fn, timeout);
  } else if (toolsRequired()) {
    it(title, () => {
      throw new Error(`SOBOT_REQUIRE_TOOLS=1: ${missingMessage(missing)}`);
    });
  } else {
    it(title, { skip: true, meta: { missingTools: missing, toolsInstall: installAll(missing) } }, fn);
  }
}
