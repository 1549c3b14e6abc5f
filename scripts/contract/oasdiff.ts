// Finding and running oasdiff (built by `go install` in .ci/install-tools.sh). No npm package
// ships it: the npm name `oasdiff` is a security placeholder, and the one npm diff tool that does
// (@pb33f/openapi-changes, another tool) downloads its binary in a postinstall script.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { installCommand, TOOL_VERSIONS } from "../clients/tools.js";
import { OASDIFF_FLAGS, severityLevelsFile } from "./policy.js";

export const OASDIFF_MODULE = TOOL_VERSIONS.oasdiff.module;
export const OASDIFF_VERSION = TOOL_VERSIONS.oasdiff.version;

// Go's configured module proxy is used as it is: naming a proxy here would override a user's.
export const INSTALL_HINT =
  `oasdiff ${OASDIFF_VERSION} is needed for the breaking-change diff. Install it with\n` +
  `  ${installCommand("oasdiff")}\n` +
  `which runs \`go install ${OASDIFF_MODULE}@${OASDIFF_VERSION}\` (through Go's configured module proxy). ` +
  `It lands in $(go env GOPATH)/bin; set OASDIFF=/path/to/oasdiff if it is elsewhere.`;

export interface OasdiffSource {
  file: string;
  line?: number;
  column?: number;
}

export interface OasdiffChange {
  id: string;
  text: string;
  level: number;
  operation?: string;
  operationId?: string;
  path?: string;
  section?: string;
  baseSource?: OasdiffSource;
  revisionSource?: OasdiffSource;
  fingerprint?: string;
}

function goBinDir(): string | undefined {
  try {
    const gobin = execFileSync("go", ["env", "GOBIN"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (gobin) return gobin;
    const gopath = execFileSync("go", ["env", "GOPATH"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return gopath ? join(gopath.split(delimiter)[0]!, "bin") : undefined;
  } catch {
    return undefined;
  }
}

/** $OASDIFF, then `oasdiff` on PATH, then Go's install folder. Undefined when none exists. */
export function findOasdiff(): string | undefined {
  if (process.env.OASDIFF) return existsSync(process.env.OASDIFF) ? process.env.OASDIFF : undefined;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, "oasdiff"))) return join(dir, "oasdiff");
  }
  const goBin = goBinDir();
  if (goBin && existsSync(join(goBin, "oasdiff"))) return join(goBin, "oasdiff");
  const fallback = join(process.env.HOME ?? "/root", "go", "bin", "oasdiff");
  return existsSync(fallback) ? fallback : undefined;
}

export function requireOasdiff(): string {
  const bin = findOasdiff();
  if (!bin) throw new Error(INSTALL_HINT);
  return bin;
}

/**
 * Every change oasdiff's changelog reports between two spec files (all levels, our severity
 * overrides applied). The caller decides what fails.
 */
export function diffSpecs(baseFile: string, revisionFile: string, bin = requireOasdiff()): OasdiffChange[] {
  const dir = mkdtempSync(join(tmpdir(), "sobot-oasdiff-"));
  try {
    const levels = join(dir, "severity-levels.txt");
    writeFileSync(levels, severityLevelsFile());
    const args = ["changelog", baseFile, revisionFile, "--format", "json", "--severity-levels", levels, ...OASDIFF_FLAGS];
    const run = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`oasdiff failed (exit ${run.status}): ${run.stderr || run.stdout}`);
    const parsed = JSON.parse(run.stdout || "[]") as OasdiffChange[] | null;
    return parsed ?? [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
