/**
 * `npm start`: a short tour of the SDK.
 *
 * Without credentials it serves openapi.yaml with the Prism mock on a free loopback port and,
 * through `createSobotClient`, makes one call per tag, then a small bulk import (a calling list
 * of a few hundred numbers, two of them invalid) with its progress bar and report. With
 * credentials (SOBOT_TOKEN, or SOBOT_APP_ID and SOBOT_APP_SECRET) it makes the read-only calls
 * against the real API instead (SOBOT_BASE_URL, default the spec's first server) and imports
 * nothing. SOBOT_MOCK_URL points the mock tour at a mock that is already running.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { operations, type OperationId } from "../generated/operations.js";
import { examples } from "../generated/examples.js";
import { createSobotClient, SobotApiError, SobotHttpError } from "../src/index.js";
import { importCallingList, readCsv, type ImportProgress } from "../src/bulk/index.js";
import { loadSpec } from "../cli/spec/load.js";
import { cliOperation } from "../cli/spec/operation.js";
import { serverUrls } from "../cli/spec/servers.js";
import { progressBar } from "../cli/import/progress-bar.js";
import { summaryText } from "../cli/import/summary.js";
import type { OperationMeta } from "../src/spec-types.js";
import { startPrism } from "../cli/mock/prism.js";

type Loose = { call(id: string, input: object): Promise<unknown> };
const env = process.env;
const live = !!(env.SOBOT_TOKEN || (env.SOBOT_APP_ID && env.SOBOT_APP_SECRET));
const ops = Object.values(operations) as OperationMeta[];
const tags = [...new Set(ops.map((o) => o.tag))];

/** A few words about what came back, never a token. */
function gist(data: unknown): string {
  if (Array.isArray(data)) return `${data.length} item${data.length === 1 ? "" : "s"}`;
  if (!data || typeof data !== "object") return String(data);
  const d = data as Record<string, unknown>;
  if (Array.isArray(d.list)) return `page ${d.currPage ?? 1}: ${d.list.length} of ${d.total ?? d.totalCount ?? "?"} items`;
  if ("access_token" in d || "accessToken" in d) return "a company token (not shown)";
  return Object.entries(d).filter(([, v]) => v === null || typeof v !== "object").slice(0, 3).map(([k, v]) => `${k}=${v}`).join(", ");
}

/** The spec's request example; against the real API only its required fields (and no paging beyond page 1). */
async function exampleInput(op: OperationMeta, minimal: boolean): Promise<Record<string, unknown>> {
  const ex = examples[op.operationId as OperationId] as { body: Record<string, unknown>; query?: Record<string, unknown>; headers?: Record<string, unknown> };
  let body = Object.values(ex.body)[0] as Record<string, unknown> | undefined;
  if (minimal && body && !Array.isArray(body)) {
    const c = cliOperation(await loadSpec(), op);
    const keep = new Set([...(Array.isArray(c.body?.required) ? c.body.required.map(String) : []), op.paging?.pageParam, op.paging?.sizeParam]);
    body = Object.fromEntries(Object.entries(body).filter(([k]) => keep.has(k)));
  }
  return { ...(body !== undefined && { body }), ...(ex.query && { query: ex.query }), ...(ex.headers && { headers: ex.headers }) };
}

async function callPerTag(sobot: Loose, readOnly: boolean): Promise<number> {
  let failed = 0;
  console.log(readOnly ? "\nOne read-only call per tag:" : "\nOne call per tag (the spec's request example):");
  for (const tag of tags) {
    // against the real API the client fetches the token itself (security: false marks that
    // operation); sending the example's made-up signature would only be refused
    const op = ops.find((o) => o.tag === tag && o.safe && (o.security || !readOnly)) ?? (readOnly ? undefined : ops.find((o) => o.tag === tag));
    if (!op) {
      console.log(`  ${tag.padEnd(15)} (no read-only operation: skipped)`);
      continue;
    }
    const head = `  ${tag.padEnd(15)} ${op.operationId} (${op.summary})`;
    try {
      console.log(`${head} → ${gist(await sobot.call(op.operationId, await exampleInput(op, readOnly)))}`);
    } catch (e) {
      // an answer the API gave (e.g. an unknown agent) is part of the tour; no answer at all is a failure
      if (e instanceof SobotApiError || e instanceof SobotHttpError) console.log(`${head} → the API answered: ${e.retMsg ?? e.message}`);
      else {
        failed++;
        console.log(`${head} → failed: ${(e as Error).message}`);
      }
    }
  }
  return failed;
}

async function bulkTour(sobot: ReturnType<typeof createSobotClient>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sobot-cc-tour-"));
  const reportDir = fileURLToPath(new URL("../.tmp/tour/", import.meta.url));
  mkdirSync(reportDir, { recursive: true });
  const file = join(dir, "calling-list.csv");
  const lines = ["telephone,name,description"];
  for (let i = 1; i <= 240; i++) lines.push(`1380013${String(i).padStart(4, "0")},Customer ${i},`);
  lines.splice(60, 0, ",No number,this row has no telephone");
  lines.splice(150, 0, `13800139999,Long note,${"x".repeat(201)}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  console.log(`\nBulk import: ${lines.length - 1} rows of ${file} into an outbound task (importCallingList), 50 rows per call,`);
  console.log("rows checked against the spec first, a checkpoint journal beside the file, then the server's counts polled:");
  const bar = progressBar(lines.length - 1, process.stderr, true);
  try {
    const report = await importCallingList(sobot, {
      // the seed's batch code: the mock's result example reports on it
      template: { agentID: "e906cc52bfac44b4ae30497fd39c4c4d", agentType: "1", campaignId: "cde0f90801d98M4fcb8a43eFff11b201cbff", callingListCode: "20220815203412", removeDuplicatesRule: "RemoveDuplicatesInCallingList", enableFilterDoNotCallListNumber: "NoFilter", assignRule: "NoAssign" },
      rows: readCsv(file),
      chunkSize: 50,
      checkpoint: join(dir, "calling-list.checkpoint.jsonl"),
      poll: { intervalMs: 200, timeoutMs: 10_000 },
      onProgress: (p: ImportProgress) => bar.update(p),
    });
    bar.stop();
    const reportPath = join(reportDir, "calling-list.report.json");
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    console.log(summaryText(report, reportPath).trimEnd());
    console.log("  (the mock answers every call with the spec's example, so the server's counts are the example's)");
  } finally {
    bar.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = 0;
if (live) {
  const baseUrl = env.SOBOT_BASE_URL ?? serverUrls(await loadSpec())[0]!;
  console.log(`Credentials found: read-only tour against ${baseUrl} (nothing is written, nothing imported).`);
  const auth = env.SOBOT_TOKEN ? { token: env.SOBOT_TOKEN } : { credentials: { appId: env.SOBOT_APP_ID!, appSecret: env.SOBOT_APP_SECRET! } };
  failed = await callPerTag(createSobotClient({ baseUrl, ...auth }) as unknown as Loose, true);
} else {
  const prism = env.SOBOT_MOCK_URL ? undefined : await startPrism();
  const url = env.SOBOT_MOCK_URL ?? prism!.url;
  console.log(`No credentials (SOBOT_TOKEN or SOBOT_APP_ID + SOBOT_APP_SECRET): touring the Prism mock of openapi.yaml at ${url}.`);
  try {
    const sobot = createSobotClient({ baseUrl: url, token: "mock-token" });
    failed = await callPerTag(sobot as unknown as Loose, false);
    await bulkTour(sobot);
    console.log(`\nThe same from the command line: SOBOT_BASE_URL=${url} SOBOT_TOKEN=mock-token npx sobot-cc --help`);
    console.log("(npx sobot-cc mock keeps a mock running; this one stops now.)");
  } finally {
    await prism?.stop();
  }
}
process.exit(failed ? 1 : 0);
