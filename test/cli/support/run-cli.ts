/** Runs `sobot-cc` as a user would: `node cli/bin.mjs ...` in its own process. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "cli/bin.mjs");
// the parsed-spec cache stays inside the repository's scratch folder
const cache = join(root, ".tmp/test-cache");
mkdirSync(cache, { recursive: true });

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
}

/** The environment without the caller's SOBOT_* settings or profile: every test says what it uses. */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("SOBOT_")) env[k] = v;
  Object.assign(env, {
    SOBOT_CC_FROM_SOURCE: "1",
    SOBOT_CC_CONFIG: join(mkdtempSync(join(tmpdir(), "sobot-cc-cfg-")), "profiles.json"),
    XDG_CACHE_HOME: cache,
    NO_COLOR: "1",
    ...extra,
  });
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env;
}

export function spawnCli(args: string[], o: CliOptions = {}): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd: o.cwd ?? root, env: cliEnv(o.env), stdio: ["pipe", "pipe", "pipe"] });
}

export function runCli(args: string[], o: CliOptions = {}): Promise<CliResult> {
  const child = spawnCli(args, o);
  return collect(child, o.input);
}

export function collect(child: ChildProcess, input?: string): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdin!.end(input ?? "");
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
}
