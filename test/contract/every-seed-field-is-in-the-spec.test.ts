import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flatten, isObject, listOperations, loadSpec, resolveRef, type Json, type JsonObject } from "../support/spec.js";

// Fidelity, field by field: every parameter row of every table of the vendor page must be a
// parameter or a schema property of the operation it belongs to.
const seed = readFileSync(new URL("../../docs/seed/basic-management-api.txt", import.meta.url), "utf8");
const doc = loadSpec();

const ROW = /^\s*([A-Za-z][\w-]*)\s+(String|int|Integer|Long|long|List<String>|List|Boolean|Map|Array|array json|json)(\s|$)/;

/** The seed's "Common Data Structure" sections: shared shapes, not operations. */
const commonSections = new Map<string, string[]>();

/** Seed sections keyed by heading ("● Query Agent Setting" → "Query Agent Setting"). */
function seedSections(): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  let common = false;
  for (const line of seed.split("\n")) {
    const heading = /^\s*# ●\s*(?:Example )?(.+?)\s*$/.exec(line);
    if (/^\s*# Common Data Structure/.test(line)) common = true;
    if (heading) (common ? commonSections : sections).set(heading[1], (current = []));
    else if (/^\s*# /.test(line)) current = undefined;
    else if (current) {
      const row = ROW.exec(line);
      if (row && row[1] !== "Param") current.push(row[1]);
    }
  }
  return sections;
}

/** Every parameter name and every property name reachable from an operation. */
function namesIn(op: JsonObject): Set<string> {
  const names = new Set<string>();
  const seen = new Set<Json>();
  const walk = (node: Json) => {
    if (!isObject(node) && !Array.isArray(node)) return;
    if (seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    const s = node.$ref || node.allOf ? flatten(doc, node) : node;
    if (isObject(s.properties)) for (const [k, v] of Object.entries(s.properties)) (names.add(k), walk(v));
    for (const key of ["items", "allOf", "schema", "content", "application/json", "requestBody", "responses", "200"]) {
      if (s[key] !== undefined) walk(key === "requestBody" || key === "200" ? resolveRef(doc, s[key]) : s[key]);
    }
  };
  for (const p of ((op.parameters as Json[] | undefined) ?? []).map((x) => resolveRef(doc, x) as JsonObject)) names.add(p.name as string);
  walk(op);
  return names;
}

const sections = seedSections();
const fieldCount = [...sections.values()].reduce((n, f) => n + f.length, 0);
const ops = listOperations(doc).filter((o) => o.operationId !== "createCompanyToken");

describe("the vendor page, table by table", () => {
  it("has common data structures, each a component schema titled after it", () => {
    expect([...commonSections.keys()]).toEqual(["Data of Forbidden No. Import Failure"]);
    const schemas = Object.values((doc.components as JsonObject).schemas as JsonObject) as JsonObject[];
    for (const [title, fields] of commonSections) {
      const schema = schemas.find((s) => s.title === title);
      expect(schema, title).toBeDefined();
      // its one row ("detail String") describes the element itself: a string
      expect(fields).toEqual(["detail"]);
      expect(schema!.type).toBe("string");
    }
  });

  it("has 19 operation sections, each matched by an operation summary", () => {
    expect(fieldCount).toBeGreaterThan(250);
    expect([...sections.keys()]).toHaveLength(19);
    expect(ops.map((o) => o.op.summary).sort()).toEqual([...sections.keys()].sort());
  });

  it.each(ops.map((o) => [o.op.summary as string, o] as const))("every field of \"%s\" is in the spec", (summary, o) => {
    const fields = sections.get(summary) ?? [];
    expect(fields.length).toBeGreaterThan(0);
    // Authorization is the security scheme, not a parameter; "data" rows name the envelope's payload
    const expected = fields.filter((f) => f !== "Authorization");
    const names = namesIn(o.op);
    names.add("data");
    expect(expected.filter((f) => !names.has(f))).toEqual([]);
  });
});
