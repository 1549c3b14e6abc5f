// The project's lint rules are reusable: another repository installs the packed package and
// `extends` the Spectral ruleset and the Redocly config from node_modules/sobot-cc/lint/.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;
const rootPkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { devDependencies: Record<string, string> };

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, SCARF_ANALYTICS: "false", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const SMALL_DOC = `openapi: 3.0.3
info: {title: Scratch consumer, version: "1.0.0", description: A small doc linted with sobot-cc's rules., license: {name: MIT, url: "https://opensource.org/licenses/MIT"}}
servers: [{url: "https://example.test"}]
paths:
  /things:
    get:
      operationId: ListThings
      summary: List things
      description: Lists things.
      responses:
        "200": {description: ok}
`;

describe("lint rules reused from the installed package (npm pack -> scratch folder)", () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "sobot-lint-consumer-"));
    const pack = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], root);
    expect(pack.code, pack.out).toBe(0);
    const tarball = (JSON.parse(pack.out.slice(pack.out.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
    const packed = tarball.files.map((f) => f.path);
    for (const file of ["lint/spectral/ruleset.yaml", "lint/redocly/redocly.yaml"]) {
      expect(packed, `${file} is not in the package: add "lint" to "files" in package.json`).toContain(file);
    }
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch-consumer", private: true }));
    const install = run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", join(scratch, tarball.filename), `@stoplight/spectral-cli@${rootPkg.devDependencies["@stoplight/spectral-cli"]}`, `@redocly/cli@${rootPkg.devDependencies["@redocly/cli"]}`],
      scratch,
    );
    expect(install.code, install.out).toBe(0);
    writeFileSync(join(scratch, ".spectral.yaml"), 'extends: ["./node_modules/sobot-cc/lint/spectral/ruleset.yaml"]\n');
    writeFileSync(join(scratch, "redocly.yaml"), "extends:\n  - ./node_modules/sobot-cc/lint/redocly/redocly.yaml\n");
    writeFileSync(join(scratch, "small.yaml"), SMALL_DOC);
    copyFileSync(`${root}openapi.yaml`, join(scratch, "openapi.yaml"));
  }, 300_000);

  afterAll(() => {
    if (scratch && existsSync(scratch)) rmSync(scratch, { recursive: true, force: true });
  });

  // The scratch folder must find exactly what this repository finds on openapi.yaml (whatever the
  // spec's state), and the sobot-* rules must fire on the small doc.
  function spectralFindings(cwd: string, bin: string, file: string): string[] {
    const r = run(bin, ["lint", file, "-f", "json", "--quiet"], cwd);
    const json = r.out.slice(r.out.indexOf("["), r.out.lastIndexOf("]") + 1);
    expect(json, r.out).not.toBe("");
    return (JSON.parse(json) as Array<{ code: string; path: string[] }>).map((p) => `${p.code} ${p.path.join(".")}`).sort();
  }
  function redoclyFindings(cwd: string, bin: string, file: string): string[] {
    const r = run(bin, ["lint", file, "--format", "json"], cwd);
    const json = r.out.slice(r.out.indexOf("{"), r.out.lastIndexOf("}") + 1);
    return (JSON.parse(json) as { problems: Array<{ ruleId: string; location: Array<{ pointer: string }> }> }).problems
      .map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ""}`)
      .sort();
  }

  it("Spectral: the extended ruleset finds what this repository finds, and flags a small doc with sobot-* rules", () => {
    const spectral = join(scratch, "node_modules/.bin/spectral");
    expect(spectralFindings(scratch, spectral, "openapi.yaml")).toEqual(spectralFindings(root, `${root}node_modules/.bin/spectral`, "openapi.yaml"));
    const small = spectralFindings(scratch, spectral, "small.yaml");
    expect(small.some((f) => f.startsWith("sobot-operation-id "))).toBe(true);
  });

  it("Redocly: the extended config finds what this repository finds, and flags the small doc", () => {
    const redocly = join(scratch, "node_modules/.bin/redocly");
    expect(redoclyFindings(scratch, redocly, "openapi.yaml")).toEqual(redoclyFindings(root, `${root}node_modules/.bin/redocly`, "openapi.yaml"));
    const small = redoclyFindings(scratch, redocly, "small.yaml");
    expect(small.length).toBeGreaterThan(0);
  });
});
