// Schemathesis (PyPI, pinned in .ci/tool-versions.json) against the project's simulator of Sobot
// (src/sim) instead of Prism: every check (`--checks all`, none excluded — the simulator checks
// tokens and sends `Allow`), positive and negative data, and the stateful phase that follows the
// contract's `links` over real state (a created task is there to import into, a created skill
// group to list). Zero failures: a response that breaks the contract, a valid request refused
// as invalid or an invalid one accepted is a simulator bug — except the two places where the
// contract says more than its schemas, excused by name in schemathesis/sim_limits.py (rules
// between two fields; forbidden-number rows refused one by one). A consumer-tier test: it needs
// a tool npm cannot bring.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../src/sim/index.js";
import { isObject, loadSpec, type Json } from "../support/spec.js";
import { describeWithTool, toolPath } from "../support/tools.js";
import { simToken } from "../sim/support/token.js";
import { operations } from "../../generated/runtime-operations.js";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const fieldRules = [...new Set(Object.values(operations).flatMap((op) => op.fieldRules.map((r) => r.rule)))];

/** Test cases per operation and phase; raise it for a deeper run. */
const EXAMPLES = Number(process.env.SOBOT_SCHEMATHESIS_EXAMPLES ?? 15);

/** `nullable: true` adds null to an enum, as every other reader of the contract takes it (see schemathesis.test.ts). */
function withNullInNullableEnums(node: Json): Json {
  if (Array.isArray(node)) return node.map(withNullInNullableEnums);
  if (!isObject(node)) return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withNullInNullableEnums(v)]));
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

interface Report {
  operations: { total: number; tested: number; errored: number };
  phases: Record<string, { status: string; skip_reason: string | null }>;
  test_cases: { generated: number };
  failures: { code: string; title: string; count: number; operations: string[] }[];
  errors: { title: string; count: number }[];
}

describeWithTool("schemathesis", "Schemathesis against the simulator", () => {
  const work = mkdtempSync(join(tmpdir(), "sobot-schemathesis-sim-"));
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ settleMs: 0, journalLimit: 10 });
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    "finds no failure with every check and phase, the stateful phase walking the links over real state",
    async () => {
      const spec = join(work, "openapi.json");
      writeFileSync(spec, JSON.stringify(withNullInNullableEnums(loadSpec())));
      const reportPath = join(work, "report.json");
      const args = [
        "run", spec,
        "--url", sim.url,
        "--checks", "all",
        "--phases", "examples,coverage,fuzzing,stateful",
        // the token operation's sign cannot be generated: a real token for every secured call
        "--header", `Authorization: ${await simToken(sim.url)}`,
        "--max-examples", String(EXAMPLES),
        "--seed", "1",
        "--workers", "1",
        "--continue-on-failure",
        "--generation-database", "none",
        "--no-color",
        "--report", "json",
        "--report-json-path", reportPath,
      ];
      const env = { ...process.env, SCHEMATHESIS_HOOKS: "sim_limits", PYTHONPATH: join(here, "schemathesis"), SOBOT_FIELD_RULES: fieldRules.join(",") };
      // exit code 1 means failures: the report says which, so read it either way
      const out = await run(toolPath("schemathesis"), args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 }).catch(
        (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "", code: e.code }),
      );
      const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
      const summary = (out.stdout ?? "").split("SUMMARY").pop();

      expect(report.failures, summary).toEqual([]);
      expect(report.errors, summary).toEqual([]);
      expect(report.operations.tested).toBe(report.operations.total);
      expect(report.operations.total).toBe(20);
      for (const phase of ["examples", "coverage", "fuzzing", "stateful"]) {
        expect(report.phases[phase]?.status, `${phase}: ${report.phases[phase]?.skip_reason}`).toBe("success");
      }
      expect(report.test_cases.generated).toBeGreaterThan(20 * EXAMPLES);
    },
    900_000,
  );
});
