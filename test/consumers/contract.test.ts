// The pull-request contract gate: oasdiff on fixture pairs, acknowledgements, and the CLI.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { loadAcknowledgements, type Acknowledgement } from "../../scripts/contract/ack.js";
import { compareSpecs } from "../../scripts/contract/compare.js";
import { listOperations } from "../../scripts/docs/spec.js";
import { describeWithTool, itWithTool } from "../support/tools.js";

const root = new URL("../../", import.meta.url).pathname;
const fixtures = `${root}test/consumers/fixtures/contract/`;
const base = `${fixtures}base.yaml`;
const tsx = `${root}node_modules/.bin/tsx`;
const checkScript = `${root}scripts/contract/check.ts`;

const BREAKING: Record<string, string> = {
  "breaking-remove-operation.yaml": "api-path-removed-without-deprecation",
  "breaking-add-required-request-field.yaml": "new-required-request-property",
  "breaking-narrow-enum.yaml": "request-property-enum-value-removed",
  "breaking-change-field-type.yaml": "response-property-type-changed",
  "breaking-remove-response-field.yaml": "response-optional-property-removed",
};
const COMPATIBLE: Record<string, string> = {
  "compatible-add-optional-request-field.yaml": "new-optional-request-property",
  "compatible-add-operation.yaml": "endpoint-added",
  "compatible-add-response-field.yaml": "response-optional-property-added",
};

// Tests that run oasdiff are tiered (test/support/tools.ts); the rest of the gate needs only npm.
describeWithTool("oasdiff", "breaking-change classification (fixture pairs)", () => {
  for (const [file, id] of Object.entries(BREAKING)) {
    it(`${file} is breaking (${id})`, () => {
      const { breaking } = compareSpecs(base, fixtures + file);
      expect(breaking.unacknowledged.map((c) => c.id)).toContain(id);
    });
  }
  for (const [file, id] of Object.entries(COMPATIBLE)) {
    it(`${file} is not breaking (reported as ${id})`, () => {
      const { breaking, info } = compareSpecs(base, fixtures + file);
      expect(breaking.unacknowledged).toEqual([]);
      expect(info.map((c) => c.id)).toContain(id);
    });
  }

  it("finds no change between openapi.yaml and itself, and a removed operation of openapi.yaml is breaking", () => {
    const spec = `${root}openapi.yaml`;
    expect(compareSpecs(spec, spec).breaking.unacknowledged).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "sobot-contract-real-"));
    try {
      const doc = parse(readFileSync(spec, "utf8"));
      const op = listOperations(doc).find((o) => o.operationId === "deleteSkillGroup")!;
      delete doc.paths[op.path][op.method];
      writeFileSync(join(dir, "openapi.yaml"), stringify(doc));
      const { breaking } = compareSpecs(spec, join(dir, "openapi.yaml"));
      expect(breaking.unacknowledged.map((c) => `${c.operation} ${c.path}`)).toEqual([`${op.method.toUpperCase()} ${op.path}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("acknowledgements", () => {
  const narrowEnum: Acknowledgement = {
    id: "request-property-enum-value-removed",
    operation: "POST /api/queues/_search",
    reason: "the server never accepted 2; the spec was wrong",
  };

  itWithTool("oasdiff", "an acknowledged change no longer counts; one that matches nothing is stale", () => {
    const stale: Acknowledgement = { ...narrowEnum, operation: "GET /api/agents" };
    const { breaking } = compareSpecs(base, `${fixtures}breaking-narrow-enum.yaml`, [narrowEnum, stale]);
    expect(breaking.unacknowledged).toEqual([]);
    expect(breaking.acknowledged.map((a) => a.change.id)).toEqual([narrowEnum.id]);
    expect(breaking.stale).toEqual([stale]);
  });

  itWithTool("oasdiff", "`text` narrows an acknowledgement to one change", () => {
    const { breaking } = compareSpecs(base, `${fixtures}breaking-narrow-enum.yaml`, [{ ...narrowEnum, text: "`someOtherField`" }]);
    expect(breaking.unacknowledged).toHaveLength(1);
  });

  it("rejects an acknowledgement without a reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "sobot-ack-"));
    try {
      writeFileSync(join(dir, "a.yaml"), stringify({ acknowledged: [{ id: "x", operation: "GET /a" }] }));
      expect(() => loadAcknowledgements(join(dir, "a.yaml"))).toThrow(/reason/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the committed acknowledgement file is valid", () => {
    expect(() => loadAcknowledgements(`${root}scripts/contract/acknowledged-breaking-changes.yaml`)).not.toThrow();
  });
});

describe("npm run contract:check (CLI in a scratch git repository)", () => {
  let repo: string;

  function run(args: string[], env: Record<string, string> = {}) {
    const r = spawnSync(tsx, [checkScript, ...args], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "", NO_COLOR: "1", ...env },
    });
    return { code: r.status, out: r.stdout + r.stderr };
  }
  function git(...args: string[]) {
    const r = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
  }

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), "sobot-contract-repo-"));
    git("init", "-q", "-b", "main");
    copyFileSync(base, join(repo, "openapi.yaml"));
    writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "scratch", private: true, scripts: { lint: "node -e \"console.log('lint ok')\"" } }));
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "base");
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  itWithTool("oasdiff", "passes when the working tree only adds an operation, and runs npm run lint", () => {
    copyFileSync(`${fixtures}compatible-add-operation.yaml`, join(repo, "openapi.yaml"));
    const { code, out } = run(["--base", "main"]);
    expect(out).toContain("lint ok");
    expect(out).toContain("Lint (npm run lint): passed");
    expect(out).toContain("Contract check passed.");
    expect(code).toBe(0);
  });

  itWithTool("oasdiff", "fails on a breaking change with a readable report and a ready-to-paste acknowledgement", () => {
    copyFileSync(`${fixtures}breaking-remove-operation.yaml`, join(repo, "openapi.yaml"));
    const { code, out } = run(["--base", "main", "--skip-lint"]);
    expect(code).toBe(1);
    expect(out).toContain("✗ error  api-path-removed-without-deprecation  main:openapi.yaml:");
    expect(out).toContain("GET /api/agents (getAgentSetting)");
    expect(out).toContain("  - id: api-path-removed-without-deprecation\n    operation: \"GET /api/agents\"");
    expect(out).toContain("Contract check FAILED.");
  });

  itWithTool("oasdiff", "emits GitHub annotations with --format github", () => {
    copyFileSync(`${fixtures}breaking-narrow-enum.yaml`, join(repo, "openapi.yaml"));
    const { code, out } = run(["--base", "main", "--skip-lint", "--format", "github"]);
    expect(code).toBe(1);
    expect(out).toMatch(/^::error file=openapi\.yaml,line=\d+,title=Breaking change%3A request-property-enum-value-removed::POST \/api\/queues\/_search \(searchSkillGroups\): removed the enum value/m);
  });

  itWithTool("oasdiff", "passes once the change is acknowledged, and reports it as acknowledged", () => {
    copyFileSync(`${fixtures}breaking-narrow-enum.yaml`, join(repo, "openapi.yaml"));
    writeFileSync(
      join(repo, "acks.yaml"),
      stringify({ acknowledged: [{ id: "request-property-enum-value-removed", operation: "POST /api/queues/_search", reason: "2 was never accepted by the server" }] }),
    );
    const { code, out } = run(["--base", "main", "--skip-lint", "--ack", "acks.yaml", "--format", "github"]);
    expect(out).toContain("✓ acknowledged  request-property-enum-value-removed");
    expect(out).toMatch(/^::notice file=openapi\.yaml,line=\d+,title=Acknowledged breaking change%3A request-property-enum-value-removed::/m);
    expect(code).toBe(0);
  });

  itWithTool("oasdiff", "fails when npm run lint fails, even without breaking changes", () => {
    copyFileSync(base, join(repo, "openapi.yaml"));
    writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "scratch", private: true, scripts: { lint: "exit 3" } }));
    const { code, out } = run(["--base", "main", "--format", "github"]);
    expect(out).toContain("Lint (npm run lint): FAILED");
    expect(out).toMatch(/^::error title=Lint failed::/m);
    expect(code).toBe(1);
  });

  it("says how to install oasdiff when it is missing", () => {
    const { code, out } = run(["--base", "main", "--skip-lint"], { OASDIFF: "/nonexistent/oasdiff" });
    expect(code).toBe(2);
    expect(out).toContain("bash .ci/install-tools.sh oasdiff");
    expect(out).toContain("go install github.com/oasdiff/oasdiff@v1.36.0");
  });

  itWithTool("oasdiff", "passes when the base ref has no spec yet", () => {
    const { code, out } = run(["--base", "main", "--skip-lint", "--spec", "new.yaml"]);
    expect(out).toContain("does not exist at main");
    expect(code).toBe(0);
  });
});
