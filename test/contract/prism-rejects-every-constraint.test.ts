import { describe, expect, inject, it } from "vitest";
import { loadSpec } from "../support/spec.js";
import { constraintCases } from "../support/constraint-cases.js";
import { baseRequest, sendRaw } from "../support/base-requests.js";
import { operations, type OperationId } from "../../generated/operations.js";
import { validators } from "../../generated/validators.js";

// Cases are derived from the spec, so a new constraint gets a case without touching this file.
const cases = constraintCases(loadSpec(), baseRequest);
const label = (c: (typeof cases)[number]) => `${c.operationId} ${c.where}${c.pointer || "/"} breaks ${c.rule}`;

describe("every request constraint in openapi.yaml", () => {
  it("yields cases for every operation with a request schema and every kind of rule", () => {
    const rules = new Set(cases.map((c) => c.rule));
    for (const r of ["required", "type", "enum", "pattern", "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "additionalProperties", "uniqueItems", "format"]) {
      expect(rules, r).toContain(r);
    }
    expect(new Set(cases.map((c) => c.operationId)).size).toBe(20);
  });

  it.each(cases.map((c) => [label(c), c] as const))("Prism rejects %s, naming the field", async (_, c) => {
    const res = await sendRaw(inject("prismUrl"), { ...c, auth: operations[c.operationId as OperationId].security });
    const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]") as { location: string[]; message: string }[];
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    // Prism reports parameter names lower-cased (headers are case-insensitive; it folds query names too)
    const fold = (s: string) => (c.where === "body" ? s : s.toLowerCase());
    const field = fold(c.field);
    const named = violations.some(
      (v) => v.location.map(fold).includes(field) || fold(v.message).includes(`'${field}'`) || fold(v.message).includes(`${field} `),
    );
    expect(named, JSON.stringify(violations)).toBe(true);
  });

  it.each(cases.map((c) => [label(c), c] as const))("the generated validator rejects %s too", (_, c) => {
    const v = validators[c.operationId as OperationId][c.where];
    expect(v, `no ${c.where} validator`).toBeDefined();
    const input = c.where === "body" ? c.body : c.where === "query" ? c.query : c.headers;
    // query values travel as strings; the SDK validates the typed values callers pass, so
    // only a non-numeric string stands for a wrong type here
    if (c.where === "query" && c.rule !== "type" && c.rule !== "required") {
      return expect(v!(coerce(c.operationId, input as Record<string, unknown>))).toBe(false);
    }
    expect(v!(input)).toBe(false);
  });
});

function coerce(operationId: string, q: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(q).map(([k, val]) => [k, typeof val === "string" && /^-?\d+$/.test(val) && k === "agentType" ? Number(val) : val]));
}
