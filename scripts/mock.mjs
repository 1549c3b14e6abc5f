// Serves openapi.yaml with Prism on loopback only. Port: SOBOT_MOCK_PORT (default 4010).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const port = process.env.SOBOT_MOCK_PORT ?? "4010";
if (!/^\d+$/.test(port) || Number(port) > 65535) {
  console.error(`SOBOT_MOCK_PORT must be a port number (0-65535), got "${port}"`);
  process.exit(2);
}
const child = spawn(
  process.execPath,
  [`${root}node_modules/@stoplight/prism-cli/dist/index.js`, "mock", "-h", "127.0.0.1", "-p", port, `${root}openapi.yaml`, ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, SCARF_ANALYTICS: "false" } },
);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
