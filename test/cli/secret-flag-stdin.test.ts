/**
 * `create-extension --password -` reads the password from standard input, so it is neither in
 * `ps` nor in the shell's history (issue 13, finding 11); a password typed on the command line
 * still works, with a note saying how to keep it off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator, type TestSimulator } from "../support/simulator.js";
import { runCli } from "./support/run-cli.js";

let sim: TestSimulator;
beforeAll(async () => { sim = await startTestSimulator(); });
afterAll(() => sim.close());

// each call creates a new extension: the simulator refuses a number that exists (409)
let nextExt = 7101;
const args = () => ["create-extension", "--agentID", "5002", "--agentType", "0", "--ext", String(nextExt++), "--json"];
/** the password the simulator stored for the extension the last call created */
const storedPassword = () => sim.sim.exportState().extensions.find((e) => e.ext === String(nextExt - 1))?.password;
const env = () => ({ SOBOT_BASE_URL: sim.url, SOBOT_TOKEN: sim.token });
const sentPassword = () => (sim.calls("createExtension").at(-1)!.body as { password: string }).password;

describe("secret fields from standard input", () => {
  it("--password - takes the first line of standard input; nothing about it on stderr", async () => {
    const r = await runCli([...args(), "--password", "-"], { env: env(), input: "87654321\n" });
    expect(r.code, r.stderr).toBe(0);
    expect(sentPassword()).toBe("87654321");
    expect(storedPassword()).toBe("87654321");
    expect(r.stderr).not.toMatch(/note/);
  });

  it("--password - with nothing on standard input: exit 2 saying how to give it", async () => {
    const before = sim.calls("createExtension").length;
    const r = await runCli([...args(), "--password", "-"], { env: env(), input: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--password -: standard input has no line 1/);
    expect(sim.calls("createExtension")).toHaveLength(before);
  });

  it("a password on the command line still works, with a note on stderr", async () => {
    const r = await runCli([...args(), "--password", "11223344"], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(sentPassword()).toBe("11223344");
    expect(storedPassword()).toBe("11223344");
    expect(r.stderr).toMatch(/--password on the command line is visible to other users \(ps\).*--password -/);
  });
});
