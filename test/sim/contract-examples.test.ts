/**
 * The contract's own request examples against the default data set: the data set holds every
 * agent, task and group they name, so each is accepted — except where the example itself
 * conflicts with the data or the contract, each stated below. Runs over the generated
 * operation table: an operation added to openapi.yaml is covered here without editing this file.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { operations } from "../../generated/runtime-operations.js";
import { useSimulator } from "./support/harness.js";

const h = useSimulator();

/** Examples the simulator refuses, and why that is the right answer. */
const REFUSED: Record<string, { status: number; because: string }> = {
  // signed with a made-up secret: the token is fetched with the simulator's own credentials instead
  createCompanyToken: { status: 401, because: "appId 1c0e4c1c9c8d4f9b is unknown" },
  // names its agents by UUID without agentType, which means work numbers
  updateSkillGroupMembers: { status: 404, because: "/body/list/0/add/0/agent" },
  // extension 5002 is the seed's own bound extension: numbers are never reused
  createExtension: { status: 409, because: "/body/ext" },
};

describe("the contract's request examples", () => {
  for (const [id, op] of Object.entries(operations)) {
    it(`${id}: its example gets ${REFUSED[id] ? `${REFUSED[id].status} (${REFUSED[id].because})` : "200"}`, async () => {
      const ex = examples[id as keyof typeof examples] as { body?: Record<string, unknown>; query?: Record<string, unknown>; headers?: Record<string, unknown> };
      const body = ex.body ? Object.values(ex.body)[0] : undefined;
      const query = ex.query ? `?${new URLSearchParams(Object.entries(ex.query).map(([k, v]) => [k, String(v)]))}` : "";
      const headers: Record<string, string> = Object.fromEntries(Object.entries(ex.headers ?? {}).map(([k, v]) => [k, String(v)]));
      if (op.idempotent) headers["Idempotency-Key"] = randomUUID();
      const r = await h.raw(op.method.toUpperCase(), `${op.path}${query}`, { body, headers, ...(op.security ? {} : { token: null }) });
      const expected = REFUSED[id];
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(expected?.status ?? 200);
      if (expected) expect(r.body.message).toContain(expected.because);
      else if (op.security) expect(r.body).toMatchObject({ status: "Success", retCode: "000000" });
    });
  }

  it("every operation of the table answered (the journal has each operationId)", () => {
    const answered = new Set(h.sim.requests().map((r) => r.operationId));
    expect(Object.keys(operations).filter((id) => !answered.has(id))).toEqual([]);
  });
});
