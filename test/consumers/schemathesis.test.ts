// Schemathesis (PyPI, pinned in .ci/tool-versions.json) probes what the contract allows: every
// check (`--checks all`), positive and negative data, and the stateful phase that follows the
// contract's OpenAPI `links` (token → every call; task → import → import result; skill group →
// its members …), against the Prism mock of the contract. It must find nothing, except Prism's
// own limitations, each listed by name with its reason (PRISM_LIMITS below, and the hooks in
// schemathesis/prism_limits.py). A consumer-tier test: it needs a tool npm cannot bring.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, expect, inject, it } from "vitest";
import { isObject, loadSpec, type Json } from "../support/spec.js";
import { describeWithTool, toolPath } from "../support/tools.js";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

/**
 * Whole checks that only test Prism, not the contract. The narrower limitations (a crash on some
 * property names, its own body for non-JSON requests, a `null` body read as none) are handled
 * in schemathesis/prism_limits.py, so that these checks still run everywhere else.
 */
const PRISM_LIMITS = {
  // Prism checks that `Authorization` is present, not that it holds a valid token: any value passes.
  ignored_auth: "Prism accepts any Authorization value",
  // Prism answers an undeclared method with 405 but without the `Allow` header RFC 9110 asks for.
  unsupported_method: "Prism's 405 carries no Allow header",
} as const;

/** Test cases per operation and phase; raise it for a deeper run (the closing figures used 50). */
const EXAMPLES = Number(process.env.SOBOT_SCHEMATHESIS_EXAMPLES ?? 15);

/**
 * The contract as Prism, openapi-typescript, openapi-generator and the SDK's validators read it:
 * `nullable: true` adds null to a schema's `enum`. Schemathesis reads OAS 3.0.3 to the letter (null
 * only if the enum lists it); the contract cannot list it, because Prism 5.14 then appends a
 * second null and stops validating the whole body (openapi.yaml, AgentTypeCodeOrNull). So the
 * run states that reading explicitly instead of Schemathesis reporting null as invalid.
 */
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

describeWithTool("schemathesis", "Schemathesis against the Prism mock of the contract", () => {
  const work = mkdtempSync(join(tmpdir(), "sobot-schemathesis-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    "finds no failure with every check and phase, the stateful phase walking the links (Prism's limits excluded by name)",
    async () => {
      const spec = join(work, "openapi.json");
      writeFileSync(spec, JSON.stringify(withNullInNullableEnums(loadSpec())));
      const reportPath = join(work, "report.json");
      const args = [
        "run", spec,
        "--url", inject("prismUrl"),
        "--checks", "all",
        "--exclude-checks", Object.keys(PRISM_LIMITS).join(","),
        "--phases", "examples,coverage,fuzzing,stateful",
        // Prism checks the scheme is there; the links hand the token from createCompanyToken on
        "--header", "Authorization: test-token",
        "--max-examples", String(EXAMPLES),
        "--seed", "1",
        "--workers", "1",
        "--continue-on-failure",
        "--generation-database", "none",
        "--no-color",
        "--report", "json",
        "--report-json-path", reportPath,
      ];
      const env = { ...process.env, SCHEMATHESIS_HOOKS: "prism_limits", PYTHONPATH: join(here, "schemathesis") };
      // exit code 1 means failures: the report says which, so read it either way
      // cwd: Schemathesis keeps a cache (.schemathesis/) in its working directory, not in the repository
      const out = await run(toolPath("schemathesis"), args, { cwd: work, env, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 }).catch(
        (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "", code: e.code }),
      );
      const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
      const summary = (out.stdout ?? "").split("SUMMARY").pop();

      expect(report.failures, summary).toEqual([]);
      expect(report.errors, summary).toEqual([]);
      expect(report.operations.tested).toBe(report.operations.total);
      expect(report.operations.total).toBe(20);
      // every phase ran, the stateful one included: the links are there to be walked
      for (const phase of ["examples", "coverage", "fuzzing", "stateful"]) {
        expect(report.phases[phase]?.status, `${phase}: ${report.phases[phase]?.skip_reason}`).toBe("success");
      }
      expect(report.test_cases.generated).toBeGreaterThan(20 * EXAMPLES);
    },
    900_000,
  );
});
