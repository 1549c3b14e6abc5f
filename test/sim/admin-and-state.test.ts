import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { startSimulator } from "../../src/sim/index.js";
import { defaultDataset } from "../../src/sim/dataset.js";
import { operations } from "../../generated/runtime-operations.js";
import { useSimulator } from "./support/harness.js";
import { simToken } from "./support/token.js";

const h = useSimulator();
const dir = mkdtempSync(join(tmpdir(), "sobot-sim-test-"));

describe("admin API", () => {
  it("reset goes back to the starting data and clears the journal; {empty:true} to no data", async () => {
    await h.sobot.call("createSkillGroup", { body: { queueID: "A1", queueName: "temp" } });
    expect(h.sim.requests().length).toBeGreaterThan(0);
    expect((await h.raw("POST", "/__sim/reset", { token: null })).status).toBe(200);
    expect(h.sim.exportState()).toEqual(defaultDataset());
    expect(h.sim.requests()).toEqual([]);
    await h.raw("POST", "/__sim/reset", { token: null, body: { empty: true } });
    expect((await h.sobot.call("searchSkillGroups", {})).total).toBe(0);
    const bad = await h.raw("POST", "/__sim/reset", { token: null, body: { empty: "yes" } });
    expect([bad.status, bad.body.error]).toEqual([400, "/empty: must be true or false"]);
    h.sim.loadState(defaultDataset());
  });

  it("state exported over HTTP loads back; a malformed document is refused whole, naming the field", async () => {
    await h.sobot.call("createSkillGroup", { body: { queueID: "A2", queueName: "kept" } });
    const exported = (await h.raw("GET", "/__sim/state", { token: null })).body;
    expect(exported.skillGroups.some((g: { queueID: string }) => g.queueID === "A2")).toBe(true);
    h.sim.reset();
    expect((await h.raw("PUT", "/__sim/state", { token: null, body: exported })).status).toBe(200);
    expect(h.sim.exportState()).toEqual(exported);
    for (const [doc, field] of [[{ agents: {} }, "/agents must be an array"], [{ agents: [{ agentID: "1" }] }, "/agents/0/agentUUID is required"], [{ version: 2 }, "/version must be 1"]] as const) {
      const r = await h.raw("PUT", "/__sim/state", { token: null, body: doc });
      expect(r.status).toBe(400);
      expect(r.body.error).toContain(field);
    }
    expect(h.sim.exportState()).toEqual(exported);
  });

  it("the journal lists what was received, filtered by operation, tokens masked", async () => {
    await h.raw("DELETE", "/__sim/requests", { token: null });
    await h.sobot.call("searchRelayNumbers", { body: { enabled: [2] } });
    const j = (await h.raw("GET", "/__sim/requests?operationId=searchRelayNumbers", { token: null })).body;
    expect(j).toHaveLength(1);
    expect(j[0]).toMatchObject({ seq: expect.any(Number), method: "POST", path: operations.searchRelayNumbers.path, body: { enabled: [2] }, status: 200, applied: true });
    expect(j[0].headers.authorization).toMatch(/…\(\d+ chars\)$/);
  });

  it("settings read and changed at run time; unknown endpoints and settings are named", async () => {
    expect((await h.raw("PATCH", "/__sim/config", { token: null, body: { settleMs: 5 } })).body.settleMs).toBe(5);
    expect((await h.raw("PATCH", "/__sim/config", { token: null, body: { appId: "x" } })).body.error).toContain("/appId");
    expect((await h.raw("GET", "/__sim/nothing", { token: null })).status).toBe(404);
    expect((await h.raw("GET", "/__sim", { token: null })).body.operations).toEqual(Object.keys(operations));
  });
});

describe("data and state files", () => {
  it("--data: a hand-written file with only some lists starts with them; defaults fill the rest of each record", async () => {
    const file = join(dir, "data.json");
    writeFileSync(file, JSON.stringify({ agents: [{ agentUUID: "u1", agentID: "900" }], ivrFlows: [{ code: "9", name: "nine" }] }));
    const sim = await startSimulator({ data: file });
    try {
      expect(sim.exportState().agents[0]).toMatchObject({ agentUUID: "u1", agentID: "900", agentName: "900", ext: "", wrapUpType: 1 });
      expect(sim.exportState().skillGroups).toEqual([]);
    } finally {
      await sim.close();
    }
    writeFileSync(file, "{not json");
    await expect(startSimulator({ data: file })).rejects.toThrow(/data\.json: not JSON/);
  });

  it("--state: changes survive a restart; the file is replaced whole (no temporary file left behind)", async () => {
    const file = join(dir, "state.json");
    const first = await startSimulator({ stateFile: file });
    const t = await simToken(first.url);
    const r = await fetch(`${first.url}${operations.createSkillGroup.path}`, { method: "POST", headers: { authorization: t, "content-type": "application/json" }, body: JSON.stringify({ queueID: "S1", queueName: "persisted" }) });
    expect(r.status).toBe(200);
    await first.close();
    expect(JSON.parse(readFileSync(file, "utf8")).skillGroups.some((g: { queueID: string }) => g.queueID === "S1")).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const second = await startSimulator({ stateFile: file });
    try {
      expect(second.exportState().skillGroups.find((g) => g.queueID === "S1")).toMatchObject({ queueName: "persisted" });
      // the token of the first run still works: same secret
      const again = await fetch(`${second.url}${operations.searchSkillGroups.path}`, { method: "POST", headers: { authorization: t, "content-type": "application/json" }, body: "{}" });
      expect(again.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("options are checked, naming each", async () => {
    await expect(startSimulator({ port: 70000, settleMs: -1, empty: true, data: "x" })).rejects.toThrow(/port must be.*settleMs must be.*empty and data exclude/);
  });
});

describe("sobot-cc sim", () => {
  const bin = join(process.cwd(), "cli/bin.mjs");
  const env = { ...process.env, SOBOT_CC_FROM_SOURCE: "1" };

  it("prints its base URL as its first line, serves until a signal, then writes its state and exits (130 on Ctrl-C, 0 on SIGTERM)", async () => {
    const state = join(dir, "cli-state.json");
    const child = spawn(process.execPath, [bin, "sim", "--port", "0", "--empty", "--state", state, "--settle-ms", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`exited ${code}`)));
    });
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const info = (await (await fetch(`${first}/__sim`)).json()) as { baseUrl: string };
    expect(info.baseUrl).toBe(first);
    const token = await simToken(first);
    expect((await fetch(`${first}${operations.createSkillGroup.path}`, { method: "POST", headers: { authorization: token, "content-type": "application/json" }, body: JSON.stringify({ queueID: "C1", queueName: "from the CLI" }) })).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    expect(await exit).toBe(130);
    expect(JSON.parse(readFileSync(state, "utf8")).skillGroups).toEqual([{ queueID: "C1", queueName: "from the CLI", queueWeight: "0", members: [] }]);

    const again = spawn(process.execPath, [bin, "sim", "--port", "0", "--state", state], { env, stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve) => createInterface({ input: again.stdout! }).once("line", resolve));
    expect(((await (await fetch(`${url}/__sim/state`)).json()) as { skillGroups: unknown[] }).skillGroups).toHaveLength(1);
    const exit2 = new Promise<number | null>((resolve) => again.once("exit", resolve));
    again.kill("SIGTERM");
    expect(await exit2).toBe(0);
  });

  it("refuses bad flags with exit 2, naming the flag", async () => {
    const run = (args: string[]) => new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, "sim", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
      let err = "";
      child.stderr!.on("data", (d) => (err += d));
      child.once("exit", (code) => resolve({ code, err }));
    });
    expect(await run(["--port", "x"])).toMatchObject({ code: 2, err: expect.stringContaining("--port") });
    expect(await run(["--fault", '{"status":99}'])).toMatchObject({ code: 2, err: expect.stringContaining("/status") });
    expect(await run(["--colour", "red"])).toMatchObject({ code: 2, err: expect.stringContaining("--colour") });
  });
});
