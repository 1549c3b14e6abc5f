/** The built package: ESM + CJS with types through `exports`, validators in a lazily loaded file. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });

beforeAll(() => {
  run(["build.mjs"]);
}, 180_000);

/** Creates a client and makes one call whose body breaks the schema: only the validators can refuse it. */
const probe = (load: string) => `
${load}
const sobot = createSobotClient({ baseUrl: "http://127.0.0.1:9", token: "t", retry: false });
sobot.skillGroups.create({}).then(
  () => console.log("sent"),
  (e) => console.log(e.name, e instanceof SobotError, e.issues.map((i) => i.path + " " + i.rule).join(",")),
);`;

describe("package sobot-cc", () => {
  it("import from ESM: createSobotClient, errors, lazily loaded validators", () => {
    const out = run(["--input-type=module", "-"], probe('import { createSobotClient, SobotError } from "sobot-cc";'));
    expect(out.trim()).toMatch(/^SobotValidationError true \/body\/queueName required/);
  });

  it("require from CJS: the same", () => {
    const out = run(["--input-type=commonjs", "-"], probe('const { createSobotClient, SobotError } = require("sobot-cc");'));
    expect(out.trim()).toMatch(/^SobotValidationError true \/body\/queueName required/);
  });

  it("the core file carries no validator code; the validation file does", () => {
    for (const [core, lazy] of [["dist/esm/index.js", "dist/esm/validation.js"], ["dist/cjs/index.cjs", "dist/cjs/validation.cjs"]] as const) {
      expect(readFileSync(`${root}${core}`, "utf8")).not.toContain("must have required property");
      expect(readFileSync(`${root}${lazy}`, "utf8")).toContain("must have required property");
    }
  });

  it("has no runtime dependency on ajv", () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { dependencies: Record<string, string>; sideEffects: boolean };
    expect(pkg.dependencies).toHaveProperty("openapi-fetch");
    expect(pkg.dependencies).not.toHaveProperty("ajv");
    expect(pkg.sideEffects).toBe(false);
    expect(readFileSync(`${root}dist/esm/validation.js`, "utf8")).not.toMatch(/from\s*["']ajv/);
  });

  it("publint and @arethetypeswrong/cli are clean", () => {
    expect(run(["node_modules/publint/src/cli.js"])).toMatch(/All good/);
    expect(run(["node_modules/@arethetypeswrong/cli/dist/index.js", "--pack", ".", "--profile", "node16", "--format", "ascii"])).toMatch(/No problems found/);
  }, 120_000);
});
