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
import { operations } from "../../generated/operations.js";
import { createSobotClient } from "../../src/index.js";
import { createContactPlans } from "../../src/bulk/index.js";
import type { JournalEntry } from "../../src/sim/index.js";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { client, phones, templates } from "./support.js";

let sim: TestSimulator;
let checkpoint: string;
/** a test's look at each request as it reaches the simulator */
let onArrival: ((entry: JournalEntry) => void) | undefined;
beforeEach(async () => {
  sim = await startTestSimulator({ onRequest: (e) => onArrival?.(e) });
  checkpoint = join(mkdtempSync(join(tmpdir(), "sobot-cc-lock-")), "plans.jsonl");
});
afterEach(async () => { onArrival = undefined; await sim.close(); });

const options = () => ({ template: templates.contactPlans, rows: phones(200), chunkSize: 10, concurrency: 2, checkpoint, callOptions: { retry: false as const } });

/** a pid that was running a moment ago and is not any more */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

/** Stops a first run after its 3rd call (refused with a 400, nothing applied), leaving a checkpoint to resume. */
async function stoppedImport() {
  const fault = sim.sim.addFault({ operation: "createContactPlans", status: 400, skip: 2, times: 1 });
  const abort = new AbortController();
  let answered = 0;
  // the run is stopped once the 3rd answer is back, as an operator's Ctrl-C would
  const stopAfterThird = async (req: Request) => {
    const res = await fetch(req);
    if (new URL(req.url).pathname === operations.createContactPlans.path && ++answered >= 3) abort.abort();
    return res;
  };
  const sobot = createSobotClient({ baseUrl: sim.url, token: sim.token, retry: false, fetch: stopAfterThird });
  const first = await createContactPlans(sobot, { ...options(), concurrency: 1, signal: abort.signal });
  expect(first.status).toBe("stopped");
  expect(sim.calls("createContactPlans")).toHaveLength(3);
  sim.sim.removeFault(fault);
  return first;
}

describe("the checkpoint lock", () => {
  it("two resumes at once: the second is refused naming the first, and no number is sent twice", async () => {
    await stoppedImport();
    sim.sim.addFault({ operation: "createContactPlans", latencyMs: 20 });
    const [a, b] = await Promise.allSettled([
      createContactPlans(client(sim), { ...options(), resume: true }),
      new Promise((r) => setTimeout(r, 5)).then(() => createContactPlans(client(sim), { ...options(), resume: true })),
    ]);
    expect(a.status).toBe("fulfilled");
    expect(b.status).toBe("rejected");
    expect(String((b as PromiseRejectedResult).reason)).toMatch(new RegExp(`checkpoint .*plans.jsonl is in use by process ${process.pid} on .*: two imports on one checkpoint would send the same chunks twice`));
    expect([...sim.applied("createContactPlans").values()].every((n) => n === 1)).toBe(true);
    // the first run's 3rd call was refused (400): its 10 numbers were not applied, the others once
    expect(sim.applied("createContactPlans").size).toBe(190);
    expect((a as PromiseFulfilledResult<{ totals: unknown }>).value.totals).toMatchObject({ rows: 200, accepted: 190, rejected: 10 });
    expect(existsSync(`${checkpoint}.lock`)).toBe(false); // released at the end
  });

  it("the lock of a run that is no longer running is taken over, and the report says so", async () => {
    await stoppedImport();
    const pid = deadPid();
    writeFileSync(`${checkpoint}.lock`, JSON.stringify({ pid, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z", token: "old" }));
    const r = await createContactPlans(client(sim), { ...options(), resume: true });
    expect(r.totals.accepted + r.totals.rejected).toBe(200);
    expect(r.warnings[0]).toMatch(new RegExp(`took over the lock of process ${pid} on .*, which is no longer running`));
    expect(existsSync(`${checkpoint}.lock`)).toBe(false);
  });

  it("a lock held on another host is never broken: the message names the file to remove", async () => {
    await stoppedImport();
    writeFileSync(`${checkpoint}.lock`, JSON.stringify({ pid: 1, host: "other-host.example", startedAt: "2026-01-01T00:00:00.000Z", token: "x" }));
    const before = sim.sim.requests().length;
    await expect(createContactPlans(client(sim), { ...options(), resume: true }))
      .rejects.toThrow(/in use by process 1 on other-host\.example.*remove .*plans\.jsonl\.lock once you know it is over/);
    expect(sim.sim.requests().length).toBe(before);
    expect(JSON.parse(readFileSync(`${checkpoint}.lock`, "utf8")).host).toBe("other-host.example");
  });
});

describe("checkpoints created whole", () => {
  it("a checkpoint file without a header (a run stopped while creating it) is replaced, not a dead end", async () => {
    writeFileSync(checkpoint, "");
    const fresh = await createContactPlans(client(sim), { ...options() });
    expect(fresh.totals.accepted).toBe(200);
    expect(fresh.warnings.join(" ")).toMatch(/had no header .* replaced with a new one/);
    writeFileSync(checkpoint, '{"type":"imp');
    const resumed = await createContactPlans(client(sim), { ...options(), rows: phones(10, 18200000000), resume: true });
    expect(resumed.totals.accepted).toBe(10);
    expect(JSON.parse(readFileSync(checkpoint, "utf8").split("\n")[0]!)).toMatchObject({ type: "import", version: 1 });
  });

  it("a new checkpoint is never seen half-written: it appears with its header line complete", async () => {
    let seen = "";
    onArrival = (req) => { if (req.operationId === "createContactPlans" && !seen) seen = readFileSync(checkpoint, "utf8"); };
    await createContactPlans(client(sim), { ...options(), rows: phones(5) });
    expect(seen.split("\n")[0]).toMatch(/^\{"type":"import".*\}$/);
  });
});
