/** `sobot-cc mock` says what happened: a busy port in one line, Prism dying with its own error, Ctrl-C 130. */
import { createServer, type Server } from "node:net";
import type { ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { lastErrorLine } from "../../cli/mock/prism.js";
import { collect, runCli, spawnCli } from "./support/run-cli.js";

/** Resolves with the mock's URL once it says it listens. */
function listening(child: ChildProcess): Promise<string> {
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`mock exited ${code} before listening: ${out}`)));
  });
}

describe("sobot-cc mock", () => {
  it("a busy port: one line, 'try --port 0', exit 1 (Prism is not even started)", async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await runCli(["mock", "--port", String(port)]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`sobot-cc: port ${port} is in use; try --port 0\n`);
    } finally {
      busy.close();
    }
  });

  it("Prism dying after start (5.14 throws on a non-Latin-1 unknown property name in sl-violations): its error on stderr, exit 1", async () => {
    const child = spawnCli(["mock", "--port", "0"]);
    const done = collect(child);
    const url = await listening(child);
    const op = operations.searchSkillGroups;
    // the request that kills Prism 5.14: its 422 carries the property's name in a header, which Node refuses
    await fetch(`${url}${op.path}`, { method: "POST", headers: { Authorization: "t", "content-type": "application/json" }, body: JSON.stringify({ 名前: 1 }) }).catch(() => undefined);
    const r = await done;
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^sobot-cc: the Prism mock stopped \(exit code \d+\): TypeError: Invalid character in header content \["sl-violations"\]/);
  });

  it("Ctrl-C stops Prism and exits 130; SIGTERM exits 0", async () => {
    for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 0]] as const) {
      const child = spawnCli(["mock", "--port", "0"]);
      const done = collect(child);
      const url = await listening(child);
      child.kill(signal);
      const r = await done;
      expect(r.code, `${signal}: ${r.signal} ${r.stderr} OUT ${r.stdout}`).toBe(code);
      // Prism went with it
      await expect(fetch(`${url}/`), signal).rejects.toThrow();
    }
  });

  it("lastErrorLine: a thrown error's first line, else Prism's last error log line, else its last line", () => {
    expect(lastErrorLine("[1] info x\nTypeError: boom [\"a\"]\n    at f (x.js:1)\n")).toBe('TypeError: boom ["a"]');
    expect(lastErrorLine("[1] ✖  error  Cannot parse openapi.yaml\n[2] info done\n")).toBe("[1] ✖  error  Cannot parse openapi.yaml");
    expect(lastErrorLine("only this\n")).toBe("only this");
  });
});
