/** Runs the CLI's main() in this process (many commands per test, no process start-up each): the same code bin.mjs runs. */
import type { CliResult } from "./run-cli.js";
import { cliEnv } from "./run-cli.js";

process.env.SOBOT_CC_NO_AUTORUN = "1";
const { main } = await import("../../../cli/main.js");

export async function runMain(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => { stdout += t; },
    err: (t) => { stderr += t; },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: cliEnv(env),
  });
  return { code, signal: null, stdout, stderr };
}
