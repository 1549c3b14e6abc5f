// One Schemathesis run (every check and phase, the stateful one walking the contract's links) and
// the verdict both consumer tests expect of it; the Prism and simulator tests differ only in the
// server, the token header, the hooks and the checks they exclude by name.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect } from "vitest";
import { isObject, loadSpec, type Json } from "../../support/spec.js";
import { toolPath } from "../../support/tools.js";

const exec = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

/** Test cases per operation and phase; raise it for a deeper run (the closing figures used 50). */
export const EXAMPLES = Number(process.env.SOBOT_SCHEMATHESIS_EXAMPLES ?? 15);

export const PHASES = ["examples", "coverage", "fuzzing", "stateful"] as const;

interface Report {
  operations: { total: number; tested: number; errored: number };
  phases: Record<string, { status: string; skip_reason: string | null }>;
  test_cases: { generated: number };
  failures: { code: string; title: string; count: number; operations: string[] }[];
  errors: { title: string; count: number }[];
}

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

export interface SchemathesisTarget {
  url: string;
  /** The Authorization header every generated request carries. */
  authorization: string;
  /** Module in test/consumers/schemathesis/ with the hooks that excuse the server's limits by name. */
  hooks: string;
  /** Whole checks left out, by name (each with its reason at the caller). */
  excludeChecks?: string[];
  env?: Record<string, string>;
}

/** Runs Schemathesis in `work` (its cache folder lands there, not in the repository) and reads its JSON report. */
export async function runSchemathesis(work: string, target: SchemathesisTarget): Promise<{ report: Report; summary: string }> {
  const spec = join(work, "openapi.json");
  writeFileSync(spec, JSON.stringify(withNullInNullableEnums(loadSpec())));
  const reportPath = join(work, "report.json");
  const args = [
    "run", spec,
    "--url", target.url,
    "--checks", "all",
    ...(target.excludeChecks?.length ? ["--exclude-checks", target.excludeChecks.join(",")] : []),
    "--phases", PHASES.join(","),
    "--header", `Authorization: ${target.authorization}`,
    "--max-examples", String(EXAMPLES),
    "--seed", "1",
    "--workers", "1",
    "--continue-on-failure",
    "--generation-database", "none",
    "--no-color",
    "--report", "json",
    "--report-json-path", reportPath,
  ];
  const env = { ...process.env, ...target.env, SCHEMATHESIS_HOOKS: target.hooks, PYTHONPATH: here };
  // exit code 1 means failures: the report says which, so read it either way
  const out = await exec(toolPath("schemathesis"), args, { cwd: work, env, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 }).catch(
    (e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "" }),
  );
  return { report: JSON.parse(readFileSync(reportPath, "utf8")) as Report, summary: (out.stdout ?? "").split("SUMMARY").pop() ?? "" };
}

/** No failure and no error; all 20 operations tested; every phase ran, the stateful one included. */
export function expectNothingFound({ report, summary }: { report: Report; summary: string }): void {
  expect(report.failures, summary).toEqual([]);
  expect(report.errors, summary).toEqual([]);
  expect(report.operations.tested).toBe(report.operations.total);
  expect(report.operations.total).toBe(20);
  // the links are there to be walked: a skipped stateful phase is a failure
  for (const phase of PHASES) expect(report.phases[phase]?.status, `${phase}: ${report.phases[phase]?.skip_reason}`).toBe("success");
  expect(report.test_cases.generated).toBeGreaterThan(20 * EXAMPLES);
}
