// Pinned versions and locations of the non-npm tools the client generation and smoke runs use.
// .ci/install-tools.sh installs them; every lookup here fails with the command that fixes it.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const OPENAPI_GENERATOR = { groupId: "org.openapitools", artifactId: "openapi-generator-cli", version: "7.25.0" } as const;

/** Runtime packages of the generated Python client (openapi-generator `python`), pinned. */
export const PYTHON_CLIENT_DEPS = ["pydantic==2.13.4", "urllib3==2.7.0", "python-dateutil==2.9.0.post0", "typing-extensions==4.16.0"] as const;

export const CACHE_DIR = process.env.SOBOT_TOOLS_DIR ?? join(homedir(), ".cache", "sobot-cc");

export const INSTALL = "bash .ci/install-tools.sh";

export function generatorJar(): string {
  return join(CACHE_DIR, "tools", `${OPENAPI_GENERATOR.artifactId}-${OPENAPI_GENERATOR.version}.jar`);
}

function has(cmd: string, args: string[] = ["--version"]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return !r.error && r.status === 0;
}

export function requireJava(): void {
  if (!has("java", ["-version"])) throw new Error(`Java (17) is needed for openapi-generator and the Java smoke program: \`apt-get install -y openjdk-17-jdk-headless\` or \`${INSTALL}\`.`);
}

export function requireMaven(): void {
  if (!has("mvn", ["-v"])) throw new Error(`Maven is needed to fetch openapi-generator and build the Java smoke program: \`apt-get install -y maven\` or \`${INSTALL}\`.`);
}

export function requireGo(): void {
  if (!has("go", ["version"])) throw new Error(`Go is needed to build the Go smoke program (https://go.dev/dl; on this project's machines it is preinstalled).`);
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
  const python = process.env.SOBOT_PYTHON ?? join(CACHE_DIR, "venv", "bin", "python");
  if (!existsSync(python)) {
    throw new Error(
      `No Python environment for the generated Python client at ${python}. Create it with \`${INSTALL}\` ` +
        `(python3 -m venv ${join(CACHE_DIR, "venv")} && pip install ${PYTHON_CLIENT_DEPS.join(" ")}), or set SOBOT_PYTHON.`,
    );
  }
  return python;
}
