import { describe, expect, it } from "vitest";
import { flatten, isObject, loadSpec, resolveRef, type Json, type JsonObject } from "../support/spec.js";
import { createAjv } from "../../scripts/generate/validators.js";
import { toJsonSchema } from "../../scripts/generate/json-schema.js";

// Independent of the linters: every example in the spec is checked here with ajv.
const doc = loadSpec();
const ajv = createAjv(doc, { standalone: false });

interface Sample {
  where: string;
  schema: Json;
  value: Json;
  /** Response examples must not carry fields the schema does not declare (a forgotten seed field). */
  closed: boolean;
}

function mediaSamples(where: string, content: JsonObject | undefined, closed: boolean): Sample[] {
  const media = content?.["application/json"] as JsonObject | undefined;
  if (!media) return [];
  return Object.entries((media.examples as JsonObject | undefined) ?? {}).map(([name, ex]) => ({
    where: `${where} example "${name}"`,
    schema: media.schema,
    value: (resolveRef(doc, ex) as JsonObject).value,
    closed,
  }));
}

function collect(): Sample[] {
  const out: Sample[] = [];
  for (const [path, item] of Object.entries(doc.paths as JsonObject)) {
    for (const [method, op] of Object.entries(item as JsonObject) as [string, JsonObject][]) {
      const at = `${method.toUpperCase()} ${path}`;
      if (op.requestBody) out.push(...mediaSamples(`${at} request`, (resolveRef(doc, op.requestBody) as JsonObject).content as JsonObject, false));
      for (const [status, r] of Object.entries(op.responses as JsonObject)) {
        out.push(...mediaSamples(`${at} ${status}`, (resolveRef(doc, r) as JsonObject).content as JsonObject, true));
      }
      for (const p of ((op.parameters as Json[] | undefined) ?? []).map((x) => resolveRef(doc, x) as JsonObject)) {
        if (p.example !== undefined) out.push({ where: `${at} parameter ${p.name}`, schema: p.schema, value: p.example, closed: false });
      }
    }
  }
  // every `example` written on a schema or property
  const walk = (node: Json, where: string) => {
    if (!isObject(node)) return;
    if (node.example !== undefined && !node.$ref) out.push({ where, schema: node, value: node.example, closed: false });
    for (const [k, v] of Object.entries(node)) {
      if (k === "example" || k.startsWith("x-")) continue;
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}/${k}/${i}`));
      else walk(v, `${where}/${k}`);
    }
  };
  walk((doc.components as JsonObject).schemas, "#/components/schemas");
  for (const [name, p] of Object.entries((doc.components as JsonObject).parameters as JsonObject)) walk((p as JsonObject).schema, `#/components/parameters/${name}/schema`);
  return out;
}

/** Fields present in a value that no (allOf-merged) schema along the way declares. */
function undeclared(schema: Json, value: Json, at = ""): string[] {
  const s = flatten(doc, schema);
  if (Array.isArray(value) && s.items) return value.flatMap((v, i) => undeclared(s.items, v, `${at}/${i}`));
  if (!isObject(value) || !isObject(s.properties)) return [];
  const props = s.properties as JsonObject;
  return Object.entries(value).flatMap(([k, v]) => (k in props ? undeclared(props[k], v, `${at}/${k}`) : [`${at}/${k}`]));
}

const samples = collect();

describe("examples in openapi.yaml", () => {
  it("are found in every operation (requests, responses, parameters, schemas)", () => {
    expect(samples.filter((s) => s.where.includes(" request example")).length).toBeGreaterThanOrEqual(19);
    expect(samples.filter((s) => s.where.includes(" 200 example")).length).toBe(20);
    expect(samples.filter((s) => s.where.startsWith("#/components/schemas")).length).toBeGreaterThan(100);
  });

  it.each(samples.map((s) => [s.where, s] as const))("%s validates against its schema", (_, s) => {
    const validate = ajv.compile(toJsonSchema(s.schema) as object);
    expect(validate(s.value), JSON.stringify(validate.errors)).toBe(true);
    if (s.closed) expect(undeclared(s.schema, s.value)).toEqual([]);
  });

  it("a broken example is caught (the check itself can fail)", () => {
    const validate = ajv.compile(toJsonSchema({ $ref: "#/components/schemas/CreateContactPlansRequest" }) as object);
    expect(validate({ name: "x".repeat(21) })).toBe(false);
    expect(undeclared({ $ref: "#/components/schemas/IvrFlowPageEnvelope" }, { data: { list: [{ name: "a", code: "b", stray: 1 }] } })).toEqual(["/data/list/0/stray"]);
  });
});
