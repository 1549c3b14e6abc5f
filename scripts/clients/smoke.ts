// Builds and runs the committed smoke programs (examples/<lang>/) against a base URL.
// Each prints one JSON object {operationId: {jsonPath: value}}; this returns it parsed.
// CLI: `npm run clients:smoke -- --base-url http://127.0.0.1:4010 [--only python,go,java,postman]`
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runCollection } from "./newman.js";
import { postmanCollectionPath } from "./generate.js";
import { pythonForClients, requireGo, requireJava, requireMaven } from "./tools.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export type SmokeOutput = Record<string, Record<string, unknown>>;

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`.slice(0, 8000));
  return r;
}

function lastJsonLine(stdout: string): SmokeOutput {
  const line = stdout.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  if (!line) throw new Error(`smoke program printed no JSON:\n${stdout}`);
  return JSON.parse(line) as SmokeOutput;
}

export function runPythonSmoke(baseUrl: string, outRoot = join(root, "clients-out")): SmokeOutput {
  const python = pythonForClients();
  const r = run(python, [join(root, "examples/python/smoke.py"), baseUrl], { env: { PYTHONPATH: join(outRoot, "python"), PYTHONDONTWRITEBYTECODE: "1" } });
  return lastJsonLine(r.stdout);
}

export function runGoSmoke(baseUrl: string): SmokeOutput {
  requireGo();
  // GOPROXY=off: the generated client and the smoke program use the standard library only.
  const r = run("go", ["run", ".", baseUrl], { cwd: join(root, "examples/go"), env: { GOPROXY: "off", GOFLAGS: "-mod=mod" } });
  return lastJsonLine(r.stdout);
}

export function buildJavaSmoke(): string {
  requireJava();
  requireMaven();
  const pom = join(root, "examples/java/pom.xml");
  run("mvn", ["-q", "-B", "-Dstyle.color=never", "-f", pom, "compile", "dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt"]);
  return `${join(root, "examples/java/target/classes")}:${readFileSync(join(root, "examples/java/target/classpath.txt"), "utf8").trim()}`;
}

export function runJavaSmoke(baseUrl: string, classpath = buildJavaSmoke()): SmokeOutput {
  const r = run("java", ["-cp", classpath, "cc.sobot.examples.Smoke", baseUrl]);
  return lastJsonLine(r.stdout);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { "base-url": { type: "string" }, only: { type: "string" } } });
  const baseUrl = values["base-url"] ?? process.env.SOBOT_BASE_URL;
  if (!baseUrl) {
    console.error("usage: npm run clients:smoke -- --base-url http://127.0.0.1:4010 [--only python,go,java,postman]   (start the mock with `npm run mock`)");
    process.exit(2);
  }
  const only = new Set((values.only ?? "python,go,java,postman").split(","));
  const main = async () => {
    if (only.has("python")) console.log("python:", JSON.stringify(runPythonSmoke(baseUrl)));
    if (only.has("go")) console.log("go:", JSON.stringify(runGoSmoke(baseUrl)));
    if (only.has("java")) console.log("java:", JSON.stringify(runJavaSmoke(baseUrl)));
    if (only.has("postman")) {
      const results = await runCollection(postmanCollectionPath(join(root, "clients-out")), baseUrl, "smoke-token", false);
      const bad = results.filter((r) => !r.code || r.code < 200 || r.code > 299);
      if (bad.length) throw new Error(`newman: ${bad.length} request(s) not answered 2xx`);
    }
  };
  main().catch((err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}
