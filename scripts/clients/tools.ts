// Pinned versions and locations of the non-npm tools (client generation and smoke runs, oasdiff,
// Schemathesis). .ci/install-tools.sh installs them; every lookup here fails with the command that
// fixes it. test/support/tools.ts builds the tests' tool registry on these.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

interface ToolVersions {
  oasdiff: { module: string; version: string };
  openapiGenerator: { groupId: string; artifactId: string; version: string };
  pythonClient: string[];
  schemathesis: string;
}

/** The pins, in the one file that .ci/install-tools.sh reads too (so the two cannot drift apart). */
export const TOOL_VERSIONS = JSON.parse(readFileSync(new URL("../../.ci/tool-versions.json", import.meta.url), "utf8")) as ToolVersions;

export const OPENAPI_GENERATOR = TOOL_VERSIONS.openapiGenerator;

/** Runtime packages of the generated Python client (openapi-generator `python`), pinned. */
export const PYTHON_CLIENT_DEPS: readonly string[] = TOOL_VERSIONS.pythonClient;

export const CACHE_DIR = process.env.SOBOT_TOOLS_DIR ?? join(homedir(), ".cache", "sobot-cc");

/** The one command that installs a tool: a step of .ci/install-tools.sh. */
export function installCommand(...steps: string[]): string {
  return ["bash .ci/install-tools.sh", ...steps].join(" ");
}

/** The marker .ci/install-tools.sh writes into a venv: the requirements it was made with. */
export function venvUpToDate(venv: string, requirements: readonly string[]): boolean {
  const marker = join(venv, ".sobot-deps");
  return existsSync(join(venv, "bin", "python")) && existsSync(marker) && readFileSync(marker, "utf8") === requirements.join(" ");
}

/** The Python venv with the generated client's runtime packages. */
export function clientVenv(): string {
  return join(CACHE_DIR, "venv");
}

/** Schemathesis' executable in its own venv (SOBOT_SCHEMATHESIS points at another one). */
export function schemathesisBin(): string {
  return process.env.SOBOT_SCHEMATHESIS ?? join(CACHE_DIR, "schemathesis", "bin", "schemathesis");
}

export function generatorJar(): string {
  return join(CACHE_DIR, "tools", `${OPENAPI_GENERATOR.artifactId}-${OPENAPI_GENERATOR.version}.jar`);
}

function has(cmd: string, args: string[] = ["--version"]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return !r.error && r.status === 0;
}

export function requireJava(): void {
  if (!has("java", ["-version"])) throw new Error(`Java (17) is needed for openapi-generator and the Java smoke program: \`${installCommand("openapi-generator")}\` (Debian's openjdk-17-jdk-headless).`);
}

export function requireMaven(): void {
  if (!has("mvn", ["-v"])) throw new Error(`Maven is needed to fetch openapi-generator and build the Java smoke program: \`${installCommand("maven")}\` (Debian's maven).`);
}

export function requireGo(): void {
  if (!has("go", ["version"])) throw new Error(`Go is needed to build the Go smoke program (this project's machines come with it): \`${installCommand("go")}\` (Debian's golang-go).`);
}

/** The generator jar; fetched from Maven Central with `mvn dependency:copy` when missing. */
export function ensureGeneratorJar(): string {
  const jar = generatorJar();
  if (existsSync(jar)) return jar;
  requireMaven();
  const artifact = `${OPENAPI_GENERATOR.groupId}:${OPENAPI_GENERATOR.artifactId}:${OPENAPI_GENERATOR.version}`;
  console.log(`clients: fetching ${artifact} from Maven Central into ${join(CACHE_DIR, "tools")}`);
  execFileSync("mvn", ["-q", "-B", "dependency:copy", `-Dartifact=${artifact}`, `-DoutputDirectory=${join(CACHE_DIR, "tools")}`], { stdio: "inherit" });
  if (!existsSync(jar)) throw new Error(`mvn dependency:copy did not produce ${jar}`);
  return jar;
}

/** The Python with the generated client's runtime packages: a venv made by .ci/install-tools.sh. */
export function pythonForClients(): string {
  if (process.env.SOBOT_PYTHON) return process.env.SOBOT_PYTHON;
  const venv = clientVenv();
  if (!venvUpToDate(venv, PYTHON_CLIENT_DEPS)) {
    throw new Error(
      `No Python environment with ${PYTHON_CLIENT_DEPS.join(" ")} for the generated Python client at ${venv}. ` +
        `Create it with \`${installCommand("python-venv")}\`, or set SOBOT_PYTHON to a Python that has them.`,
    );
  }
  return join(venv, "bin", "python");
}
