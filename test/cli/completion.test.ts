/**
 * `sobot-cc completion bash|zsh|fish`: each script is valid for its shell and offers every command
 * of the operation table and each command's flags. bash runs on every machine; zsh and fish
 * (test/support/tools.ts: `bash .ci/install-tools.sh shells`) parse and run their scripts where
 * installed, and their scripts are checked by content everywhere.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { loadSpec } from "../../cli/spec/load.js";
import { cliOperation } from "../../cli/spec/operation.js";
import { itWithTool } from "../support/tools.js";
import { runMain } from "./support/run-main.js";

const dir = mkdtempSync(join(tmpdir(), "sobot-cc-completion-"));
const scripts: Record<string, string> = {};
const files: Record<string, string> = {};

beforeAll(async () => {
  for (const shell of ["bash", "zsh", "fish"]) {
    const r = await runMain(["completion", shell]);
    expect(r.code, r.stderr).toBe(0);
    scripts[shell] = r.stdout;
    files[shell] = join(dir, `sobot-cc.${shell}`);
    writeFileSync(files[shell]!, r.stdout);
  }
});

const ops = Object.values(operations);
const SUBCOMMANDS = ["call", "import", "profile", "mock", "completion", "help"];

describe("completion scripts", () => {
  it.each(["bash", "zsh", "fish"])("%s: lists every command of the operation table, the subcommands, and every operation's flags", async (shell) => {
    const doc = await loadSpec();
    const script = scripts[shell]!;
    for (const op of ops) {
      expect(script, op.operationId).toContain(op.command);
      expect(script, op.operationId).toContain(op.operationId);
      for (const f of cliOperation(doc, op).flags) expect(script, `${op.operationId} --${f.name}`).toContain(f.name);
    }
    for (const sub of SUBCOMMANDS) expect(script).toContain(sub);
    for (const kind of ["calling-list", "contact-plans", "forbidden-numbers"]) expect(script).toContain(kind);
  });

  it("bash: valid (bash -n), and completes commands, flags, import kinds and flag values", () => {
    execFileSync("bash", ["-n", files.bash!]);
    const complete = (...words: string[]) => execFileSync("bash", ["-c", `source ${files.bash}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _sobot_cc; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: "utf8" }).trim().split("\n");
    expect(complete("sobot-cc", "get-agent-set")).toEqual(["get-agent-setting"]);
    expect(complete("sobot-cc", "get-agent-setting", "--agen")).toEqual(["--agent", "--agentType"]);
    expect(complete("sobot-cc", "call", "getAgentSet")).toEqual(["getAgentSetting"]);
    expect(complete("sobot-cc", "call", "getAgentSetting", "--agentT")).toEqual(["--agentType"]);
    expect(complete("sobot-cc", "import", "calling")).toEqual(["calling-list"]);
    expect(complete("sobot-cc", "import", "calling-list", "--chunk")).toEqual(["--chunk-size"]);
    expect(complete("sobot-cc", "profile", "de")).toEqual(["delete"]);
    expect(complete("sobot-cc", "search-call-agents", "--output", "")).toEqual(["table", "json"]);
    expect(complete("sobot-cc", "completion", "")).toEqual(["bash", "zsh", "fish"]);
    // every operation is offered as the first word
    const all = complete("sobot-cc", "");
    for (const op of ops) expect(all).toContain(op.command);
  });

  itWithTool("zsh", "zsh: valid (zsh -n) and its function offers commands and flags", () => {
    execFileSync("zsh", ["-n", files.zsh!]);
    // the completion system's builtins stand in as printers: the script's own logic is what runs
    const run = (words: string[], current: number) => execFileSync("zsh", ["-c", `compdef(){ :; }; _describe(){ print -l -- \${(P)2}; }; compadd(){ shift; print -l -- "$@"; }; _files(){ print FILES; }
source ${files.zsh}; words=(${words.map((w) => `'${w}'`).join(" ")}); CURRENT=${current}; _sobot_cc`], { encoding: "utf8" }).trim().split("\n");
    const first = run(["sobot-cc", ""], 2);
    for (const op of ops) expect(first).toContain(`${op.command}:${op.summary.replace(/\s+/g, " ").trim()}`);
    expect(run(["sobot-cc", "get-agent-setting", "--"], 3)).toEqual(expect.arrayContaining(["--agent", "--agentType", "--json"]));
    expect(run(["sobot-cc", "import", "calling-list", "--file", ""], 5)).toEqual(["FILES"]);
  });

  itWithTool("fish", "fish: valid (fish -n) and completes commands and flags", () => {
    execFileSync("fish", ["-n", files.fish!]);
    const complete = (line: string) => execFileSync("fish", ["-c", `source ${files.fish}; complete -C '${line}'`], { encoding: "utf8" }).trim().split("\n").map((l) => l.split("\t")[0]);
    expect(complete("sobot-cc get-agent-set")).toEqual(["get-agent-setting"]);
    expect(complete("sobot-cc get-agent-setting --agen")).toEqual(["--agent", "--agentType"]);
    expect(complete("sobot-cc import cal")).toEqual(["calling-list"]);
    expect(complete("sobot-cc call getAgentSetting --agentT")).toEqual(["--agentType"]);
  });

  it("zsh and fish scripts have the shape their shells load (checked without the shells too)", () => {
    expect(scripts.zsh!.startsWith("#compdef sobot-cc\n")).toBe(true);
    expect(scripts.zsh).toContain("compdef _sobot_cc sobot-cc");
    expect(scripts.fish).toContain("complete -c sobot-cc -f");
    for (const op of ops) expect(scripts.fish).toContain(`-a '${op.command}' -d `);
  });

  it("refuses an unknown shell with the list, exit 2", async () => {
    const r = await runMain(["completion", "tcsh"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("use one of bash, zsh, fish");
  });
});
