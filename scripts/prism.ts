import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const prismBin = `${root}node_modules/@stoplight/prism-cli/dist/index.js`;

export interface PrismHandle {
  url: string;
  port: number;
  /** Everything Prism printed, for diagnosing a failed start. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `prism mock` on a free loopback port and resolves once it listens.
 * Prism is the real mock the README's `npm run mock` serves, not a stand-in.
 */
export async function startPrism(options: { spec?: string; errors?: boolean; timeoutMs?: number } = {}): Promise<PrismHandle> {
  const spec = options.spec ?? `${root}openapi.yaml`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const args = [prismBin, "mock", "-h", "127.0.0.1", "-p", String(port), spec];
    if (options.errors) args.push("--errors");
    const child = spawn(process.execPath, args, {
      cwd: root,
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
      if (attempt < 3 && /EADDRINUSE/.test(out)) continue;
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
