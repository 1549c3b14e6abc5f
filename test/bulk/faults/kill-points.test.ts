// Hand-written fake: each kill lands at an exact instant of the n-th call of a run while every call is delayed (before its rows are applied, after, right after its answer); the simulator's faults act per rule, not per request, so behind a latency a hang cannot be pinned to that one call.
/**
 * Exactly once under SIGKILL. Chains of import runs (calling lists, which carry an
 * Idempotency-Key, and contact plans, which do not) are killed at seeded random kill points —
 * after the journal said `sending` but before the server took the rows, after the server
 * applied them but before it answered, and right after it answered — then resumed, until a run
 * ends. Then every row is counted on the server: applied 0, 1 or more times, against what the
 * final report says of it. Also: two resumes of one checkpoint at once.
 *
 *   FAULT_SEED=123 npx vitest run test/bulk/faults/kill-points.test.ts   (another schedule)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportReport } from "../../../src/bulk/types.js";
import { startFakeSobot, type FakeRequest, type FakeSobot } from "../../support/fake-sobot-server.js";
import { templates } from "../support.js";
import { root } from "../../cli/support/run-cli.js";

const SEED = Number(process.env.FAULT_SEED ?? 20261202);
const WORKER = join(root, ".tmp/fault-build/import-worker.mjs");

beforeAll(async () => {
  mkdirSync(join(root, ".tmp/fault-build"), { recursive: true });
  await build({
    entryPoints: [join(root, "test/bulk/faults/import-worker.ts")], outfile: WORKER, bundle: true,
    platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning",
  });
}, 60_000);

/** mulberry32: a small seeded PRNG, so a failing schedule can be replayed with FAULT_SEED */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type KillKind = "before-apply" | "after-apply" | "after-response";
const KINDS: KillKind[] = ["before-apply", "after-apply", "after-response"];

interface Chain {
  name: string;
  operationId: "importCallingList" | "createContactPlans";
  rows: number;
  chunkSize: number;
  concurrency: number;
  /** per run: how far into what is left to send that run dies (0..1), and how */
  kills: { at: number; kind: KillKind }[];
}

interface RunResult { code: number | null; signal: NodeJS.Signals | null; stderr: string }

function runWorker(config: object): { child: ChildProcess; done: Promise<RunResult> } {
  const child = spawn(process.execPath, [WORKER, JSON.stringify(config)], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdout!.resume();
  const done = new Promise<RunResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

const templateOf = (op: Chain["operationId"], name: string) =>
  op === "importCallingList" ? { ...templates.callingList, callingListCode: name } : { ...templates.contactPlans, name };

interface ChainOutcome {
  chain: Chain;
  kills: number;
  runs: number;
  report: ImportReport;
  /** per input number: times the server applied it */
  applied: number[];
  stackTraces: number;
  /** runs that ended neither killed nor with exit 0 */
  failures: string[];
}

async function runChain(chain: Chain, base: number): Promise<ChainOutcome> {
  const fake: FakeSobot = await startFakeSobot({ delayMs: 2 });
  const dir = mkdtempSync(join(tmpdir(), `sobot-cc-kill-${chain.name}-`));
  const file = join(dir, "rows.csv");
  const numbers = Array.from({ length: chain.rows }, (_, i) => String(base + i));
  writeFileSync(file, chain.operationId === "importCallingList" ? `telephone,name\n${numbers.map((n, i) => `${n},c${i}`).join("\n")}\n` : `phone\n${numbers.join("\n")}\n`);
  const config = {
    baseUrl: fake.url, operationId: chain.operationId, file, checkpoint: join(dir, "ckpt.jsonl"), report: join(dir, "report.json"),
    template: templateOf(chain.operationId, chain.name), chunkSize: chain.chunkSize, concurrency: chain.concurrency,
    // SIGKILL loses nothing written to the page cache: the journal's order is what matters here, not fsync
    fsync: false,
  };
  let kills = 0;
  let runs = 0;
  let stackTraces = 0;
  const failures: string[] = [];
  try {
    for (let r = 0; ; r++) {
      const plan = chain.kills[r];
      // the calls this run will send: chunks neither done nor (without a key) left in doubt
      const left = callsLeft(config.checkpoint, chain);
      const kill = plan && left > 0 ? { kind: plan.kind, call: 1 + Math.floor(plan.at * (left - 1)) } : undefined;
      const first = fake.calls(chain.operationId).length;
      const nth = (req: FakeRequest) => req.operationId === chain.operationId && fake.calls(chain.operationId).indexOf(req) - first + 1 === kill?.call;
      const run = runWorker({ ...config, resume: r > 0 });
      runs++;
      const die = () => run.child.kill("SIGKILL");
      fake.set({
        holdBeforeApply: kill?.kind === "before-apply" ? (req) => (nth(req) ? (die(), true) : false) : undefined,
        hold: kill?.kind === "after-apply" ? (req) => (nth(req) ? (die(), true) : false) : undefined,
        onAnswered: kill?.kind === "after-response" ? (req) => { if (nth(req)) die(); } : undefined,
      });
      const res = await run.done;
      if (/\n\s+at .+:\d+:\d+/.test(res.stderr)) stackTraces++;
      if (res.signal === "SIGKILL") {
        kills++;
        continue;
      }
      // no kill planned for this run (or it ended before the call): it ran to its end
      if (res.code !== 0) failures.push(`${chain.name} run ${r + 1}: exit ${res.code}: ${res.stderr.trim()}`);
      break;
    }
  } finally {
    fake.set({ hold: undefined, holdBeforeApply: undefined, onAnswered: undefined });
  }
  let report: ImportReport;
  try {
    report = JSON.parse(readFileSync(config.report, "utf8")) as ImportReport;
  } catch (e) {
    throw new Error(`${chain.name}: no final report (${(e as Error).message}); ${failures.join(" | ")}`);
  }
  const counts = chain.operationId === "importCallingList" ? fake.callingList : fake.contactPlans;
  await fake.close();
  return { chain, kills, runs, report, applied: numbers.map((n) => counts.get(n) ?? 0), stackTraces, failures };
}

/** Calls a resume will still send, read off the checkpoint (every chunk before a first run). */
function callsLeft(checkpoint: string, chain: Chain): number {
  const chunks = chain.rows / chain.chunkSize;
  let text: string;
  try {
    text = readFileSync(checkpoint, "utf8");
  } catch {
    return chunks;
  }
  const done = new Set<number>();
  const sending = new Set<number>();
  for (const line of text.split("\n").slice(1)) {
    if (!line) continue;
    try {
      const r = JSON.parse(line) as { type: string; chunk: number };
      if (r.type === "done") done.add(r.chunk);
      else if (r.type === "sending") sending.add(r.chunk);
      else if (r.type === "notSent") sending.delete(r.chunk);
    } catch { /* a torn last line */ }
  }
  const doubt = chain.operationId === "createContactPlans" ? [...sending].filter((c) => !done.has(c)).length : 0;
  return chunks - done.size - doubt;
}

function chains(): Chain[] {
  const rnd = prng(SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: Chain[] = [];
  for (let i = 0; i < 8; i++) {
    const operationId = i % 2 === 0 ? "importCallingList" : "createContactPlans";
    const chunkSize = operationId === "importCallingList" ? 25 : 10;
    const rows = chunkSize * int(12, 16);
    // eight kills planned per chain, each in the first half of what its run has left to send
    // (one lands unless an earlier run already finished the import: ≥ 40 of 64 land)
    const kills = Array.from({ length: 8 }, () => ({ at: rnd() * 0.5, kind: KINDS[int(0, 2)]! }));
    out.push({ name: `chain${i}`, operationId, rows, chunkSize, concurrency: int(1, 4), kills });
  }
  return out;
}

describe(`kill points (seed ${SEED}): every row applied exactly once, or reported with an unknown outcome and applied at most once`, () => {
  let outcomes: ChainOutcome[] = [];
  beforeAll(async () => {
    const all = chains();
    // all chains at once: each has its own server, files and checkpoint; a chain's runs are sequential
    outcomes = await Promise.all(all.map((c, k) => runChain(c, 13000000000 + k * 100_000)));
  }, 240_000);

  it("every run not killed ended by itself with exit 0", () => {
    expect(outcomes.flatMap((o) => o.failures)).toEqual([]);
  });

  it("at least 40 kills landed, across calling lists and contact plans", () => {
    const kills = outcomes.reduce((s, o) => s + o.kills, 0);
    const byOp = (op: string) => outcomes.filter((o) => o.chain.operationId === op).reduce((s, o) => s + o.kills, 0);
    expect(kills).toBeGreaterThanOrEqual(40);
    expect(byOp("importCallingList")).toBeGreaterThanOrEqual(16);
    expect(byOp("createContactPlans")).toBeGreaterThanOrEqual(16);
  });

  it("calling lists (Idempotency-Key): every row applied exactly once, the last report complete", () => {
    for (const o of outcomes.filter((x) => x.chain.operationId === "importCallingList")) {
      expect(o.report.status, o.chain.name).toBe("completed");
      expect(o.report.totals, o.chain.name).toMatchObject({ rows: o.chain.rows, accepted: o.chain.rows, unknown: 0, pending: 0 });
      expect(o.applied.filter((n) => n !== 1), o.chain.name).toEqual([]);
    }
  });

  it("contact plans (no key): none applied twice; each row accepted is applied once; the unknown list is exactly the rows in doubt", () => {
    for (const o of outcomes.filter((x) => x.chain.operationId === "createContactPlans")) {
      const t = o.report.totals;
      expect(t.pending, o.chain.name).toBe(0);
      expect(t.accepted + t.unknown, o.chain.name).toBe(o.chain.rows);
      const unknown = new Set(o.report.unknown.map((u) => u.row));
      o.applied.forEach((n, i) => {
        expect(n, `${o.chain.name} row ${i + 1}`).toBeLessThanOrEqual(1);
        if (!unknown.has(i + 1)) expect(n, `${o.chain.name} row ${i + 1} accepted`).toBe(1);
      });
    }
  });

  it("no run ended with a stack trace; figures", () => {
    const rows = outcomes.flatMap((o) => o.applied);
    const unknownRows = outcomes.reduce((s, o) => s + o.report.totals.unknown, 0);
    expect(outcomes.reduce((s, o) => s + o.stackTraces, 0)).toBe(0);
    console.log(`kill points (seed ${SEED}): ${outcomes.reduce((s, o) => s + o.kills, 0)} kills over ${outcomes.reduce((s, o) => s + o.runs, 0)} runs of ${outcomes.length} chains; `
      + `${rows.length} rows: applied once ${rows.filter((n) => n === 1).length}, never ${rows.filter((n) => n === 0).length} (all reported unknown: ${unknownRows} rows unknown), twice or more ${rows.filter((n) => n > 1).length}`);
  });
});

describe("two resumes of one checkpoint at once", () => {
  it("one runs, the other is refused naming it (exit 2, no stack); nothing is sent twice", async () => {
    const fake = await startFakeSobot({ delayMs: 20 });
    const dir = mkdtempSync(join(tmpdir(), "sobot-cc-twice-"));
    const file = join(dir, "rows.csv");
    const numbers = Array.from({ length: 300 }, (_, i) => String(14000000000 + i));
    writeFileSync(file, `phone\n${numbers.join("\n")}\n`);
    const config = { baseUrl: fake.url, operationId: "createContactPlans", file, checkpoint: join(dir, "ckpt.jsonl"), template: templateOf("createContactPlans", "twice"), chunkSize: 10, concurrency: 2 };
    // a first run killed after its 5th call was answered
    const first = runWorker({ ...config, report: join(dir, "r0.json"), resume: false });
    fake.set({ onAnswered: (req) => { if (fake.calls("createContactPlans").indexOf(req) === 4) first.child.kill("SIGKILL"); } });
    expect((await first.done).signal).toBe("SIGKILL");
    fake.set({ onAnswered: undefined });
    const a = runWorker({ ...config, report: join(dir, "ra.json"), resume: true });
    const b = runWorker({ ...config, report: join(dir, "rb.json"), resume: true });
    const [ra, rb] = await Promise.all([a.done, b.done]);
    const codes = [ra.code, rb.code].sort();
    expect(codes, ra.stderr + rb.stderr).toEqual([0, 2]);
    const refused = ra.code === 2 ? ra : rb;
    // the first run's lock is stale: one resume takes it over, the other finds it taken (either while it checks or after)
    expect(refused.stderr).toMatch(/SobotConfigError: checkpoint .*ckpt\.jsonl (is in use by process \d+|was locked by another run while this one checked it|has a stale lock .* another run is taking over)/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect([...fake.contactPlans.values()].filter((n) => n > 1)).toEqual([]);
    await fake.close();
  }, 60_000);
});
