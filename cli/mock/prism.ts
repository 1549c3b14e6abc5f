/**
 * Starts `prism mock` of openapi.yaml on loopback and resolves once it listens. Lives in cli/
 * because `sobot-cc mock` ships with the package; `npm start`, `npm run mock` (which is
 * `sobot-cc mock`) and the tests' global setup use it too. Prism is the real mock, not a stand-in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findSpecPath } from "../spec/load.js";
import { freePort } from "./free-port.js";

export interface PrismHandle {
  url: string;
  port: number;
  /** Everything Prism printed, for diagnosing a failed start. */
  output: () => string;
  stop: () => Promise<void>;
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
  if (!bin) throw new Error("the mock needs @stoplight/prism-cli: npm install --save-dev @stoplight/prism-cli");
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
    try {
      await waitForListening(child, () => out, timeoutMs);
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        output: () => out,
        stop: () => stop(child),
      };
    } catch (err) {
      await stop(child);
      // another process may have taken the port between our probe and Prism's bind
      if (!options.port && attempt < 3 && /EADDRINUSE/.test(out)) continue;
      throw new Error(`Prism did not start: ${(err as Error).message}\n${out}`);
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
