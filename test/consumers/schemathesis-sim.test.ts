// Schemathesis (PyPI, pinned in .ci/tool-versions.json) against the project's simulator of Sobot
// (src/sim) instead of Prism: every check (`--checks all`, none excluded — the simulator checks
// tokens and sends `Allow`), positive and negative data, and the stateful phase that follows the
// contract's `links` over real state (a created task is there to import into, a created skill
// group to list). Zero failures: a response that breaks the contract, a valid request refused
// as invalid or an invalid one accepted is a simulator bug — except the two places where the
// contract says more than its schemas, excused by name in schemathesis/sim_limits.py (rules
// between two fields; forbidden-number rows refused one by one). A consumer-tier test: it needs
// a tool npm cannot bring.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, it } from "vitest";
import { startSimulator, type Simulator } from "../../src/sim/index.js";
import { describeWithTool } from "../support/tools.js";
import { simToken } from "../sim/support/token.js";
import { operations } from "../../generated/runtime-operations.js";
import { expectNothingFound, runSchemathesis } from "./schemathesis/run.js";

const fieldRules = [...new Set(Object.values(operations).flatMap((op) => op.fieldRules.map((r) => r.rule)))];

describeWithTool("schemathesis", "Schemathesis against the simulator", () => {
  const work = mkdtempSync(join(tmpdir(), "sobot-schemathesis-sim-"));
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ settleMs: 0, journalLimit: 10 });
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    "finds no failure with every check and phase, the stateful phase walking the links over real state",
    async () => {
      expectNothingFound(
        await runSchemathesis(work, {
          url: sim.url,
          // the token operation's sign cannot be generated: a real token for every secured call
          authorization: await simToken(sim.url),
          hooks: "sim_limits",
          env: { SOBOT_FIELD_RULES: fieldRules.join(",") },
        }),
      );
    },
    900_000,
  );
});
