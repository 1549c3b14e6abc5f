/**
 * Peak memory of a 100 MB response body, measured in a child process side by side: the default
 * maxResponseBytes (16 MiB) against no limit. Issue 13 measured 432 MB peak RSS without one.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { envelope, startFaultServer } from "../support/fault-server.js";
import { streamBody } from "../support/hostile-server.js";

const run = promisify(execFile);
const MiB = 1024 * 1024;

async function peakGrowth(url: string, limit: string): Promise<{ growth: number; outcome: string }> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "test/sdk/hostile-rss-child.ts", url, limit], { maxBuffer: MiB });
  const r = JSON.parse(stdout) as { before: number; peak: number; outcome: string };
  return { growth: r.peak - r.before, outcome: r.outcome };
}

describe("a 100 MB chunked body", () => {
  it("costs less than the body itself in peak RSS with the 16 MiB limit; without a limit it costs the whole body and more", async () => {
    // per child: a small answer first (warm-up), then the 100 MB one
    let calls = 0;
    const s = await startFaultServer((ex) => (calls++ % 2 === 0 ? ex.json(200, envelope({ agentID: "1111" })) : void streamBody(ex.res, 200, 100 * MiB)));
    let bounded, unbounded;
    try {
      bounded = await peakGrowth(s.url, "16777216");
      unbounded = await peakGrowth(s.url, "Infinity");
    } finally {
      await s.close();
    }
    console.log(`peak RSS growth for a 100 MB body: ${(bounded.growth / MiB).toFixed(1)} MiB with maxResponseBytes 16 MiB, ${(unbounded.growth / MiB).toFixed(1)} MiB without (${(unbounded.growth / bounded.growth).toFixed(1)}x)`);
    expect(bounded.outcome).toMatch(/^SobotHttpError: .*body over maxResponseBytes \(16777216 bytes\)/);
    // below the body's own size: the body was never held whole (measured 47–65 MiB for the
    // guard's buffers plus V8's heap growth, which depends on the machine's load)
    expect(bounded.growth).toBeLessThan(90 * MiB);
    expect(unbounded.growth).toBeGreaterThan(2 * bounded.growth);
    expect(unbounded.growth).toBeGreaterThan(100 * MiB);
  }, 60_000);
});
