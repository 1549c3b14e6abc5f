/**
 * Starts `prism mock` of openapi.yaml on loopback and resolves once it listens. Lives in cli/
 * because `sobot-cc mock` ships with the package; `npm start`, `npm run mock` (which is
 * `sobot-cc mock`) and the tests' global setup use it too. Prism is the real mock, not a stand-in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findSpecPath } from "../spec/load.js";
import { freePort, portInUse } from "./free-port.js";

export interface PrismHandle {
  url: string;
  port: number;
  /** Everything Prism printed, for diagnosing a failed start. */
  output: () => string;
  /** Settles when Prism exits, for whatever reason (stop() included). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
}

/** A mock that cannot run, in one line that says what to do; `sobot-cc mock` prints it as is. */
export class MockError extends Error {
  override name = "MockError";
  constructor(message: string, /** everything Prism printed, when it had started */ readonly output?: string) {
    super(message);
  }
}

/**
 * The one command that installs Prism. Prism is an optional peer of this package, not a
 * dependency: it brings 185 packages (about 90 MB) that SDK users never need. Its version is
 * the one this package is tested with (package.json), so the message never goes stale.
 */
export function prismInstallCommand(): string {
  let version = "";
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(findSpecPath()), "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    version = pkg.peerDependencies?.["@stoplight/prism-cli"] ?? pkg.devDependencies?.["@stoplight/prism-cli"] ?? "";
  } catch {
    // no package.json next to the spec: the command without a version still works
  }
  return `npm install @stoplight/prism-cli${/^\d+\.\d+\.\d+$/.test(version) ? `@${version}` : ""}`;
}

/**
 * The line of Prism's output that says why it stopped: a thrown error's first line (Prism 5.14
 * dies on `TypeError: Invalid character in header content ["sl-violations"]`), else its last
 * error log line, else its last line.
 */
export function lastErrorLine(output: string): string {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const thrown = lines.filter((l) => /^(?:[A-Z]\w*)?Error\b.*?:/.test(l) || /^Error\b/.test(l));
  if (thrown.length) return thrown.at(-1)!;
  const logged = lines.filter((l) => /✖|\berror\b/i.test(l));
  return logged.at(-1) ?? lines.at(-1) ?? "(no output)";
}

/** Prism's entry script, or undefined when @stoplight/prism-cli is not installed. */
export function prismBin(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json");
    return join(dirname(pkg), "dist", "index.js");
  } catch {
    return undefined;
  }
}

export async function startPrism(options: { spec?: string; errors?: boolean; timeoutMs?: number; port?: number } = {}): Promise<PrismHandle> {
  const bin = prismBin();
  if (!bin) throw new MockError(`the mock needs Prism, which is not installed; run: ${prismInstallCommand()}`);
  // Prism answers a taken port with its whole usage text: say it in one line before starting it
  if (options.port) {
    const inUse = await portInUse(options.port).catch((e: NodeJS.ErrnoException) => {
      throw new MockError(`cannot listen on port ${options.port} (${e.code ?? e.message}); try --port 0`);
    });
    if (inUse) throw new MockError(`port ${options.port} is in use; try --port 0`);
  }
  const spec = options.spec ?? findSpecPath();
  const timeoutMs = options.timeoutMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort());
    const args = [bin, "mock", "-h", "127.0.0.1", "-p", String(port), spec];
    if (options.errors) args.push("--errors");
    const child = spawn(process.execPath, args, {
      cwd: dirname(spec),
      env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    try {
      await waitForListening(child, () => out, timeoutMs);
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        output: () => out,
        exited,
        stop: () => stop(child),
      };
    } catch (err) {
      await stop(child);
      // another process may have taken the port between our probe and Prism's bind
      if (/EADDRINUSE/.test(out)) {
        if (!options.port && attempt < 3) continue;
        throw new MockError(`port ${port} is in use; try --port 0`, out);
      }
      throw new MockError(`Prism did not start (${(err as Error).message}): ${lastErrorLine(out)}`, out);
    }
  }
}

function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening after ${timeoutMs} ms`)), timeoutMs);
    const check = () => {
      if (/Prism is listening/.test(output())) {
        clearTimeout(timer);
        child.stdout!.off("data", check);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
