/**
 * `npm start`: a short tour of the SDK.
 *
 * Without credentials it starts the project's simulator of Sobot (src/sim) on a free loopback
 * port and, through `createSobotClient` signing in with the simulator's app id and secret,
 * creates a skill group and finds it, pages to the end of a list with the same total on every
 * page, shows a repeated Idempotency-Key creating nothing twice, and imports a calling list
 * (with invalid, duplicate and forbidden rows) whose report carries the server's real counts.
 * With credentials (SOBOT_TOKEN, or SOBOT_APP_ID and SOBOT_APP_SECRET) it makes read-only calls
 * against the real API instead (SOBOT_BASE_URL, default the spec's first server) and imports
 * nothing. SOBOT_SIM_URL points the tour at a simulator that is already running (`sobot-cc sim`).
 * Prism, the pure contract mock, stays `sobot-cc mock`.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { operations, type OperationId, type OperationMeta } from "../generated/operations.js";
import { examples } from "../generated/examples.js";
import { validators } from "../generated/validators.js";
import { createSobotClient, SobotApiError, SobotHttpError } from "../src/index.js";
import { importCallingList, readCsv, type ImportProgress } from "../src/bulk/index.js";
import { loadSpec } from "../cli/spec/load.js";
import { cliOperation } from "../cli/spec/operation.js";
import { serverUrls } from "../cli/spec/servers.js";
import { progressBar } from "../cli/import/progress-bar.js";
import { summaryText } from "../cli/import/summary.js";
import { startSimulator } from "../src/sim/index.js";

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

/** The spec's request example; against the real API only its required fields when they make a valid request (and no paging beyond page 1). */
async function exampleInput(op: OperationMeta, minimal: boolean): Promise<Record<string, unknown>> {
  const ex = examples[op.operationId as OperationId] as { body: Record<string, unknown>; query?: Record<string, unknown>; headers?: Record<string, unknown> };
  let body = Object.values(ex.body)[0] as Record<string, unknown> | undefined;
  if (minimal && body && !Array.isArray(body)) {
    const c = cliOperation(await loadSpec(), op);
    const keep = new Set([...(Array.isArray(c.body?.required) ? c.body.required.map(String) : []), op.paging?.pageParam, op.paging?.sizeParam]);
    const required = Object.fromEntries(Object.entries(body).filter(([k]) => keep.has(k)));
    // a rule beyond `required` (e.g. "campaignId or code") may need more of the example: then all of it
    if (validators[op.operationId as OperationId].body?.(required) !== false) body = required;
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

type Client = ReturnType<typeof createSobotClient>;

async function skillGroupTour(sobot: Client): Promise<void> {
  const queueID = `T${Date.now() % 1_000_000}`;
  await sobot.call("createSkillGroup", { body: { queueID, queueName: "Tour group", queueWeight: "1" } });
  let page = 0;
  let foundOn = 0;
  const totals = new Set<number>();
  for (;;) {
    const data = await sobot.call("searchSkillGroups", { body: { currPage: ++page, pageSize: 10 } });
    totals.add(data.total);
    if (data.list.some((g) => g.queueID === queueID)) foundOn = page;
    if (page * 10 >= data.total) break;
  }
  console.log(`\nSkill groups: created ${queueID} (createSkillGroup), found it on page ${foundOn} of ${page} (searchSkillGroups);`);
  console.log(`  total on every page: ${[...totals].join(", ")}`);
}

async function pagingTour(sobot: Client): Promise<void> {
  const sizes: number[] = [];
  const totals = new Set<number>();
  for (let page = 1; ; page++) {
    const data = await sobot.call("searchPublishedIvrFlows", { body: { currPage: page, pageSize: 10 } });
    totals.add(data.total);
    if (data.list.length === 0) break;
    sizes.push(data.list.length);
  }
  let walked = 0;
  for await (const _flow of sobot.paginate("searchPublishedIvrFlows", {})) walked++;
  console.log(`\nPaging to the end (searchPublishedIvrFlows): ${sizes.join(" + ")} = ${sizes.reduce((a, b) => a + b, 0)} flows, total ${[...totals].join(", ")} on every page;`);
  console.log(`  sobot.paginate() walks the same ${walked}`);
}

async function replayTour(sobot: Client, sim: Awaited<ReturnType<typeof startSimulator>>): Promise<string> {
  const key = randomUUID();
  const body = { agentID: "3001", name: "Tour campaign", dataTemplateCode: "D000000000", wrapUpTemplateCode: "W000000000", scheduleStartTime: Date.now(), scheduleEndTime: Date.now() + 86_400_000 };
  const first = await sobot.call("createOutboundTask", { body, headers: { "Idempotency-Key": key } });
  const again = await sobot.call("createOutboundTask", { body, headers: { "Idempotency-Key": key } });
  const found = await sobot.call("searchOutboundTasks", { body: { code: first.code, currPage: 1, pageSize: 10 } });
  const replayed = sim.requests({ operationId: "createOutboundTask" }).filter((r) => r.replayed).length;
  console.log(`\nIdempotency-Key: createOutboundTask sent twice with key ${key.slice(0, 8)}…: the same task both times (${first.id === again.id ? "same id" : "DIFFERENT ids"}),`);
  console.log(`  ${found.totalCount} task with code ${first.code} (searchOutboundTasks); the simulator replayed ${replayed} answer and applied nothing twice`);
  try {
    await sobot.call("createOutboundTask", { body: { ...body, name: "Another" }, headers: { "Idempotency-Key": key } });
  } catch (e) {
    if (e instanceof SobotApiError || e instanceof SobotHttpError) console.log(`  the same key with another body is refused: HTTP ${e.status}, ${e.retMsg ?? e.message}`);
    else throw e;
  }
  return first.id;
}

async function bulkTour(sobot: Client, campaignId: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sobot-cc-tour-"));
  const reportDir = fileURLToPath(new URL("../.tmp/tour/", import.meta.url));
  mkdirSync(reportDir, { recursive: true });
  const file = join(dir, "calling-list.csv");
  const lines = ["telephone,name,description"];
  for (let i = 1; i <= 240; i++) lines.push(`1380013${String(i).padStart(4, "0")},Customer ${i},`);
  lines.splice(60, 0, ",No number,this row has no telephone");
  lines.splice(150, 0, `13800139999,Long note,${"x".repeat(201)}`);
  lines.push("13800130007,Customer 7 again,a duplicate the server removes", "13800130008,Customer 8 again,another duplicate", "13900000000,Do not call,on the forbidden list");
  writeFileSync(file, `${lines.join("\n")}\n`);
  console.log(`\nBulk import: ${lines.length - 1} rows of ${file} into that task (importCallingList), 50 rows per call,`);
  console.log("rows checked against the spec first, a checkpoint journal beside the file, then the server's counts polled:");
  const bar = progressBar(lines.length - 1, process.stderr, true);
  try {
    const report = await importCallingList(sobot, {
      template: { agentID: "3001", agentType: "0", campaignId, callingListCode: `TOUR${Date.now() % 1_000_000_000}`, removeDuplicatesRule: "RemoveDuplicatesInCallingList", enableFilterDoNotCallListNumber: "Filter", assignRule: "NoAssign" },
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
    console.log("  (counted by the simulator itself once its settle delay passed: the forbidden number filtered out; the duplicates never left the client)");
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
  const sim = env.SOBOT_SIM_URL ? undefined : await startSimulator({ settleMs: 300 });
  const url = env.SOBOT_SIM_URL ?? sim!.url;
  const credentials = sim?.credentials ?? { appId: env.SOBOT_SIM_APP_ID ?? "sim-app-id", appSecret: env.SOBOT_SIM_APP_SECRET ?? "sim-app-secret" };
  console.log(`No credentials (SOBOT_TOKEN or SOBOT_APP_ID + SOBOT_APP_SECRET): touring the simulator of Sobot at ${url}`);
  console.log(`(stateful: what is written here is read back; signed in with app id ${credentials.appId} through the token operation).`);
  try {
    const sobot = createSobotClient({ baseUrl: url, credentials });
    await skillGroupTour(sobot);
    await pagingTour(sobot);
    const campaignId = sim ? await replayTour(sobot, sim) : undefined;
    if (campaignId) await bulkTour(sobot, campaignId);
    if (sim) console.log(`\nThe simulator received ${sim.requests().length} requests (GET ${url}/__sim/requests lists them).`);
    console.log(`\nKeep one running: npx sobot-cc sim   (then SOBOT_BASE_URL=<its URL> SOBOT_APP_ID=sim-app-id SOBOT_APP_SECRET=sim-app-secret npx sobot-cc --help)`);
    console.log("The contract mock (Prism, every answer the spec's example): npx sobot-cc mock");
  } catch (e) {
    failed++;
    console.log(`\nThe tour failed: ${(e as Error).message}`);
  } finally {
    await sim?.close();
  }
}
process.exit(failed ? 1 : 0);
