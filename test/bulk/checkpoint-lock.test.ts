/**
 * One checkpoint, one run at a time: a second run is refused naming the first; the lock of a
 * run that was killed is taken over and the report says so; a lock from another host is never
 * broken. A checkpoint without its header (a run stopped while creating it) is replaced.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContactPlans } from "../../src/bulk/index.js";
import { startFakeSobot, type FakeSobot } from "../support/fake-sobot-server.js";
import { client, phones, templates } from "./support.js";

let fake: FakeSobot;
let checkpoint: string;
beforeEach(async () => {
  fake = await startFakeSobot();
  checkpoint = join(mkdtempSync(join(tmpdir(), "sobot-cc-lock-")), "plans.jsonl");
});
afterEach(() => fake.close());

const options = () => ({ template: templates.contactPlans, rows: phones(200), chunkSize: 10, concurrency: 2, checkpoint, callOptions: { retry: false as const } });

/** a pid that was running a moment ago and is not any more */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

/** Stops a first run after its 3rd call, leaving a checkpoint to resume. */
async function stoppedImport() {
  fake.set({ reply: (req) => (req.operationId === "createContactPlans" && fake.calls("createContactPlans").length === 3 ? { status: 400, body: { status: "Failure", retMsg: "stop" } } : undefined) });
  const abort = new AbortController();
  fake.set({ onAnswered: (req) => { if (fake.calls("createContactPlans").length >= 3 && req.operationId === "createContactPlans") abort.abort(); } });
  const first = await createContactPlans(client(fake), { ...options(), concurrency: 1, signal: abort.signal });
  expect(first.status).toBe("stopped");
  fake.set({ reply: undefined, onAnswered: undefined });
  return first;
}

describe("the checkpoint lock", () => {
  it("two resumes at once: the second is refused naming the first, and no number is sent twice", async () => {
    await stoppedImport();
    fake.set({ delayMs: 20 });
    const [a, b] = await Promise.allSettled([
      createContactPlans(client(fake), { ...options(), resume: true }),
      new Promise((r) => setTimeout(r, 5)).then(() => createContactPlans(client(fake), { ...options(), resume: true })),
    ]);
    expect(a.status).toBe("fulfilled");
    expect(b.status).toBe("rejected");
    expect(String((b as PromiseRejectedResult).reason)).toMatch(new RegExp(`checkpoint .*plans.jsonl is in use by process ${process.pid} on .*: two imports on one checkpoint would send the same chunks twice`));
    expect([...fake.contactPlans.values()].every((n) => n === 1)).toBe(true);
    // the first run's 3rd call was refused (400): its 10 numbers were not applied, the others once
    expect(fake.contactPlans.size).toBe(190);
    expect((a as PromiseFulfilledResult<{ totals: unknown }>).value.totals).toMatchObject({ rows: 200, accepted: 190, rejected: 10 });
    expect(existsSync(`${checkpoint}.lock`)).toBe(false); // released at the end
  });

  it("the lock of a run that is no longer running is taken over, and the report says so", async () => {
    await stoppedImport();
    const pid = deadPid();
    writeFileSync(`${checkpoint}.lock`, JSON.stringify({ pid, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z", token: "old" }));
    const r = await createContactPlans(client(fake), { ...options(), resume: true });
    expect(r.totals.accepted + r.totals.rejected).toBe(200);
    expect(r.warnings[0]).toMatch(new RegExp(`took over the lock of process ${pid} on .*, which is no longer running`));
    expect(existsSync(`${checkpoint}.lock`)).toBe(false);
  });

  it("a lock held on another host is never broken: the message names the file to remove", async () => {
    await stoppedImport();
    writeFileSync(`${checkpoint}.lock`, JSON.stringify({ pid: 1, host: "other-host.example", startedAt: "2026-01-01T00:00:00.000Z", token: "x" }));
    const before = fake.requests.length;
    await expect(createContactPlans(client(fake), { ...options(), resume: true }))
      .rejects.toThrow(/in use by process 1 on other-host\.example.*remove .*plans\.jsonl\.lock once you know it is over/);
    expect(fake.requests.length).toBe(before);
    expect(JSON.parse(readFileSync(`${checkpoint}.lock`, "utf8")).host).toBe("other-host.example");
  });
});

describe("checkpoints created whole", () => {
  it("a checkpoint file without a header (a run stopped while creating it) is replaced, not a dead end", async () => {
    writeFileSync(checkpoint, "");
    const fresh = await createContactPlans(client(fake), { ...options() });
    expect(fresh.totals.accepted).toBe(200);
    expect(fresh.warnings.join(" ")).toMatch(/had no header .* replaced with a new one/);
    writeFileSync(checkpoint, '{"type":"imp');
    const resumed = await createContactPlans(client(fake), { ...options(), rows: phones(10, 18200000000), resume: true });
    expect(resumed.totals.accepted).toBe(10);
    expect(JSON.parse(readFileSync(checkpoint, "utf8").split("\n")[0]!)).toMatchObject({ type: "import", version: 1 });
  });

  it("a new checkpoint is never seen half-written: it appears with its header line complete", async () => {
    let seen = "";
    fake.set({ reply: (req) => { if (req.operationId === "createContactPlans" && !seen) seen = readFileSync(checkpoint, "utf8"); return undefined; } });
    await createContactPlans(client(fake), { ...options(), rows: phones(5) });
    expect(seen.split("\n")[0]).toMatch(/^\{"type":"import".*\}$/);
  });
});
