/** The built package: ESM + CJS with types through `exports`, validators in a lazily loaded file. */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });

beforeAll(() => {
  run(["build.mjs"]);
}, 180_000);

/** A built file and, for ESM, every chunk it imports statically: what loading it loads. */
function staticGraph(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return "";
  seen.add(file);
  const text = readFileSync(`${root}${file}`, "utf8");
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const deps = [...text.matchAll(/(?:^|[;\s])import\s*(?:[^"'();]*?from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => dir + m[1].slice(2));
  return text + deps.map((d) => staticGraph(d, seen)).join("\n");
}

/** Creates a client and makes one call whose body breaks the schema: only the validators can refuse it. */
const probe = (load: string) => `
${load}
const sobot = createSobotClient({ baseUrl: "http://127.0.0.1:9", token: "t", retry: false });
sobot.skillGroups.create({}).then(
  () => console.log("sent"),
  (e) => console.log(e.name, e instanceof SobotError, e.issues.map((i) => i.path + " " + i.rule).join(",")),
);`;

/** The package packed and installed into a new scratch project, as a user would get it. */
function installPacked(prefix: string): { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const npm = (args: string[]) =>
    execFileSync("npm", args, { cwd: dir, encoding: "utf8", env: { ...process.env, SCARF_ANALYTICS: "false" }, timeout: 120_000 });
  execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  npm(["init", "-y"]);
  npm(["install", "--no-audit", "--no-fund", "--silent", "./sobot-cc-0.1.0.tgz"]);
  return { dir };
}

describe("package sobot-cc", () => {
  it("import from ESM: createSobotClient, errors, lazily loaded validators", () => {
    const out = run(["--input-type=module", "-"], probe('import { createSobotClient, SobotError } from "sobot-cc";'));
    expect(out.trim()).toMatch(/^SobotValidationError true \/body\/queueName required/);
  });

  it("require from CJS: the same", () => {
    const out = run(["--input-type=commonjs", "-"], probe('const { createSobotClient, SobotError } = require("sobot-cc");'));
    expect(out.trim()).toMatch(/^SobotValidationError true \/body\/queueName required/);
  });

  it("the core carries no validator code; the validation file does (following static imports of ESM chunks)", () => {
    for (const [core, lazy] of [["dist/esm/index.js", "dist/esm/validation.js"], ["dist/cjs/index.cjs", "dist/cjs/validation.cjs"]] as const) {
      expect(staticGraph(core)).not.toContain("must have required property");
      expect(staticGraph(lazy)).toContain("must have required property");
    }
  });

  it("the ESM core loads the page walk, the fetching token sources, backoff sleep and validation glue only when first used", () => {
    const core = staticGraph("dist/esm/index.js");
    const everything = [core, ...readdirSync(`${root}dist/esm/chunks`).filter((f) => f.endsWith(".js")).map((f) => readFileSync(`${root}dist/esm/chunks/${f}`, "utf8"))].join("\n");
    for (const text of ["iteration stopped", "could not obtain company token", "token provider returned no token", "is invalid, nothing was sent", "This operation was aborted"]) {
      expect(core).not.toContain(text);
      expect(everything).toContain(text);
    }
  });

  it("import('sobot-cc') loads two files, the entry and one core chunk, with openapi-fetch inside it, and nothing from node_modules", () => {
    // the files Node's ES module loader actually loads, recorded by the cold-import bench's load hook
    // (scripts/build/one-core-chunk.mjs says why few files matter)
    const dir = mkdtempSync(join(tmpdir(), "sobot-loads-"));
    try {
      const log = join(dir, "loaded.txt");
      execFileSync(process.execPath, ["--import", `${root}bench/lib/record-loads.mjs`, "-e", "import('sobot-cc')"],
        { cwd: root, env: { ...process.env, BENCH_LOADED_LOG: log }, timeout: 60_000 });
      const loaded = readFileSync(log, "utf8").trim().split("\n").filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u).slice(root.length));
      expect(loaded).toHaveLength(2);
      expect(loaded[0]).toBe("dist/esm/index.js");
      expect(loaded[1]).toMatch(/^dist\/esm\/chunks\/chunk-\w+\.js$/);
      // openapi-fetch's own code is in the chunk (one of its error messages), not imported
      const chunk = readFileSync(`${root}${loaded[1]}`, "utf8");
      expect(chunk).not.toMatch(/from\s*["']openapi-fetch["']/);
      expect(chunk).toContain("onError: must return new Response() or instance of Error");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the packed tarball carries the licence of every package bundled into dist/ (openapi-fetch's MIT notice)", () => {
    const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8" })) as { files: { path: string }[] }[];
    const files = packed[0].files.map((f) => f.path);
    const ofetch = JSON.parse(readFileSync(`${root}node_modules/openapi-fetch/package.json`, "utf8")) as { version: string };
    const licence = readFileSync(`${root}node_modules/openapi-fetch/LICENSE`, "utf8").trim();
    for (const dir of ["dist/esm", "dist/cjs"]) {
      expect(files).toContain(`${dir}/THIRD-PARTY-LICENSES.txt`);
      const text = readFileSync(`${root}${dir}/THIRD-PARTY-LICENSES.txt`, "utf8");
      expect(text).toContain(`openapi-fetch@${ofetch.version} (MIT)`);
      expect(text).toContain(licence);
    }
  });

  // build.mjs minifies identifiers: without the classes' own names a stack trace or util.inspect
  // would say `d [SobotHttpError]`, and `SobotHttpError.name` would be "C" from CommonJS
  it.each([
    ["ESM", "module", 'import * as sdk from "sobot-cc"; import { inspect } from "node:util";'],
    ["CJS", "commonjs", 'const sdk = require("sobot-cc"); const { inspect } = require("node:util");'],
  ])("every exported error class keeps its name in the built package (%s)", (_format, inputType, load) => {
    const out = run([`--input-type=${inputType}`, "-"], `${load}
const rows = Object.entries(sdk)
  .filter(([, v]) => typeof v === "function" && v.prototype instanceof Error)
  .map(([exported, C]) => {
    const e = new C("boom");
    const firstLine = (s) => s.split("\\n")[0];
    return { exported, className: C.name, name: e.name, ctorName: e.constructor.name, inspected: firstLine(inspect(e)), stack: firstLine(e.stack), string: String(e) };
  });
console.log(JSON.stringify(rows));`);
    const rows = JSON.parse(out) as Record<string, string>[];
    expect(rows.map((r) => r.exported).sort()).toEqual([
      "SobotAbortError", "SobotApiError", "SobotAuthError", "SobotConfigError", "SobotError",
      "SobotHttpError", "SobotNetworkError", "SobotTimeoutError", "SobotValidationError",
    ]);
    for (const { exported, ...seen } of rows) {
      const line = `${exported}: boom`;
      expect(seen, exported).toEqual({ className: exported, name: exported, ctorName: exported, inspected: line, stack: line, string: line });
    }
  });

  it("the CSV reader's syntax error keeps its name in the built sobot-cc/bulk", () => {
    const out = run(["--input-type=module", "-"], `import { readCsv } from "sobot-cc/bulk";
import { Readable } from "node:stream";
import { inspect } from "node:util";
try {
  for await (const _ of readCsv(Readable.from(['phone,name\\n"123,open quote\\n']))) {}
  console.log("no error");
} catch (e) {
  console.log(JSON.stringify([e.constructor.name, e.name, inspect(e).split("\\n")[0]]));
}`);
    const [ctorName, name, inspected] = JSON.parse(out) as string[];
    expect({ ctorName, name }).toEqual({ ctorName: "CsvSyntaxError", name: "CsvSyntaxError" });
    expect(inspected).toMatch(/^CsvSyntaxError: CSV syntax error at line 2: quote not closed/);
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
    const attw = "node_modules/@arethetypeswrong/cli/dist/index.js";
    // the client is ESM + CJS; the bulk helpers and the simulator are ESM-only by design
    expect(run([attw, "--pack", ".", "--profile", "node16", "--exclude-entrypoints", "./bulk", "./undici", "./sim", "--format", "ascii"])).toMatch(/No problems found/);
    const esmOnly = run([attw, "--pack", ".", "--profile", "esm-only", "--entrypoints", "./bulk", "./undici", "./sim", "--format", "ascii"]);
    expect(esmOnly).toMatch(/"sobot-cc\/bulk"\s+node16 \(from ESM\): 🟢/);
    expect(esmOnly).toMatch(/"sobot-cc\/undici"\s+node16 \(from ESM\): 🟢/);
    expect(esmOnly).toMatch(/"sobot-cc\/sim"\s+node16 \(from ESM\): 🟢/);
  }, 120_000);

  it("installed from its tarball: the sobot-cc command, sobot-cc/bulk, sobot-cc/sim, and one SobotError class across entries", () => {
    const { dir } = installPacked("sobot-cc-installed-");
    try {
      const help = execFileSync(join(dir, "node_modules/.bin/sobot-cc"), ["--help"], { cwd: dir, encoding: "utf8" });
      expect(help).toContain("searchPublishedIvrFlows");
      const out = execFileSync(process.execPath, ["--input-type=module", "-"], {
        cwd: dir,
        encoding: "utf8",
        input: `import { SobotError } from "sobot-cc"; import * as bulk from "sobot-cc/bulk";
          const { SobotError: E2 } = await import("sobot-cc");
          console.log(typeof bulk.importCallingList, SobotError === E2);`,
      });
      expect(out.trim()).toBe("function true");
      // the simulator runs from the installed package alone (no dev dependency, no Prism)
      const sim = execFileSync(process.execPath, ["--input-type=module", "-"], {
        cwd: dir,
        encoding: "utf8",
        input: `import { startSimulator } from "sobot-cc/sim"; import { createSobotClient } from "sobot-cc";
          const sim = await startSimulator();
          const sobot = createSobotClient({ baseUrl: sim.url, credentials: sim.credentials });
          await sobot.call("createSkillGroup", { body: { queueID: "P1", queueName: "packaged" } });
          const page = await sobot.call("searchSkillGroups", { body: { currPage: 3, pageSize: 10 } });
          console.log(page.list.at(-1).queueID, page.total);
          await sim.close();`,
      });
      expect(sim.trim()).toBe("P1 26");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("installed from its tarball: `sobot-cc mock` names the one command that installs Prism (an optional peer), and serves once Prism is there", async () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as Record<string, Record<string, string>>;
    const prism = pkg.peerDependencies!["@stoplight/prism-cli"];
    // the command names the version the tests run with
    expect(prism).toBe(pkg.devDependencies!["@stoplight/prism-cli"]);
    expect(pkg.peerDependenciesMeta!["@stoplight/prism-cli"]).toEqual({ optional: true });
    const { dir } = installPacked("sobot-cc-mock-installed-");
    try {
      const bin = join(dir, "node_modules/.bin/sobot-cc");
      const env = { ...process.env, SOBOT_CC_FROM_SOURCE: undefined, NO_COLOR: "1" };
      const missing = spawnSync(bin, ["mock", "--port", "0"], { cwd: dir, encoding: "utf8", env, timeout: 60_000 });
      expect(missing.status).toBe(1);
      expect(missing.stdout).toBe("");
      expect(missing.stderr).toBe(`sobot-cc: the mock needs Prism, which is not installed; run: npm install @stoplight/prism-cli@${prism}\n`);

      // what that command brings, linked from this repository's own install instead of downloaded again
      mkdirSync(join(dir, "node_modules/@stoplight"), { recursive: true });
      symlinkSync(join(root, "node_modules/@stoplight/prism-cli"), join(dir, "node_modules/@stoplight/prism-cli"));
      const child = spawn(bin, ["mock", "--port", "0"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (d) => {
          out += d;
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        void exited.then((code) => reject(new Error(`mock exited ${code}: ${out}${err}`)));
      });
      const res = await fetch(`${url}/callservice/v6/cc-config/api/agents?agent=1111&agentType=0`, { headers: { Authorization: "t" } });
      expect(res.status).toBe(200);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
