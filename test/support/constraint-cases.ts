import { flatten, isObject, listOperations, resolveRef, type Json, type JsonObject } from "./spec.js";

/** One request that breaks exactly one constraint of the spec, and the field it breaks. */
export interface ConstraintCase {
  operationId: string;
  method: string;
  path: string;
  where: "body" | "query" | "headers";
  /** JSON-pointer-like location of the broken value, e.g. `/customerPhoneNumberList/0`. */
  pointer: string;
  /** Name of the field a good error message must mention. */
  field: string;
  rule: string;
  body: Json | undefined;
  query: Record<string, Json>;
  headers: Record<string, Json>;
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** A valid value for a schema, from its examples, enum or required members. */
export function sampleValue(doc: JsonObject, node: Json): Json {
  const s = flatten(doc, node);
  if (s.example !== undefined) return clone(s.example);
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (s.type) {
    case "object":
      return Object.fromEntries(
        ((s.required as string[] | undefined) ?? []).map((k) => [k, sampleValue(doc, (s.properties as JsonObject)[k])]),
      );
    case "array":
      return [sampleValue(doc, s.items)];
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 1;
    case "boolean":
      return true;
    default:
      return "x";
  }
}

const WRONG_TYPE: Record<string, Json> = {
  string: 12345,
  integer: "not-a-number",
  number: "not-a-number",
  boolean: "not-a-boolean",
  array: "not-an-array",
  object: "not-an-object",
};

interface Violation {
  pointer: string;
  field: string;
  rule: string;
  /** undefined value means: remove the member at pointer */
  value: Json | undefined;
  remove?: boolean;
}

/** Every single-constraint violation reachable in a schema, given a valid value for it. */
export function violations(doc: JsonObject, node: Json, value: Json, pointer: string, field: string, opts: { stringly?: boolean } = {}): Violation[] {
  const s = flatten(doc, node);
  const out: Violation[] = [];
  const type = s.type as string | undefined;
  if (type && !opts.stringly) out.push({ pointer, field, rule: "type", value: WRONG_TYPE[type] });
  if (opts.stringly && (type === "integer" || type === "number")) out.push({ pointer, field, rule: "type", value: "not-a-number" });
  if (Array.isArray(s.enum)) {
    const bad = typeof s.enum[0] === "number" ? Math.max(...(s.enum as number[])) + 7 : "NOT_IN_ENUM";
    out.push({ pointer, field, rule: "enum", value: bad });
  }
  if (typeof s.pattern === "string") {
    const bad = ["!", "not valid!", "zz-zz"].find((c) => !new RegExp(s.pattern as string).test(c))!;
    out.push({ pointer, field, rule: "pattern", value: bad });
  }
  if (s.format === "uuid") out.push({ pointer, field, rule: "format", value: "not-a-uuid" });
  if (s.format === "date") out.push({ pointer, field, rule: "format", value: "2026-13-45" });
  if (typeof s.minLength === "number" && s.minLength > 0) out.push({ pointer, field, rule: "minLength", value: "" });
  if (typeof s.maxLength === "number") out.push({ pointer, field, rule: "maxLength", value: "x".repeat(s.maxLength + 1) });
  if (typeof s.minimum === "number") out.push({ pointer, field, rule: "minimum", value: s.minimum - 1 });
  if (typeof s.maximum === "number") out.push({ pointer, field, rule: "maximum", value: s.maximum + 1 });
  if (type === "array") {
    const items = Array.isArray(value) && value.length ? value : [sampleValue(doc, s.items)];
    if (typeof s.minItems === "number" && s.minItems > 0) out.push({ pointer, field, rule: "minItems", value: [] });
    if (typeof s.maxItems === "number") {
      out.push({ pointer, field, rule: "maxItems", value: Array.from({ length: s.maxItems + 1 }, (_, i) => distinct(items[0], i)) });
    }
    if (s.uniqueItems === true) out.push({ pointer, field, rule: "uniqueItems", value: [items[0], items[0]] });
    out.push(...violations(doc, s.items, items[0], `${pointer}/0`, field));
  }
  if (type === "object") {
    const obj = isObject(value) ? value : {};
    const props = (s.properties as JsonObject | undefined) ?? {};
    for (const req of (s.required as string[] | undefined) ?? []) {
      out.push({ pointer: `${pointer}/${req}`, field: req, rule: "required", value: undefined, remove: true });
    }
    if (s.additionalProperties === false) {
      out.push({ pointer: `${pointer}/unexpectedField`, field: "unexpectedField", rule: "additionalProperties", value: 1 });
    }
    for (const [k, ps] of Object.entries(props)) {
      const v = obj[k] !== undefined ? obj[k] : sampleValue(doc, ps);
      out.push(...violations(doc, ps, v, `${pointer}/${k}`, k));
    }
  }
  return out;
}

/** Makes the i-th copy of an array item differ from the others where it can (strings of digits stay digits). */
function distinct(item: Json, i: number): Json {
  if (typeof item === "string") return /^\d+$/.test(item) ? String(Number(item.slice(0, 12)) + i).padStart(item.length, "0") : `${item}${i}`;
  return clone(item);
}

/** Sets (or removes) the value at a pointer, creating parents from `fill` where absent. */
function setAt(root: Json, pointer: string, v: Violation, fill: (parentPointer: string) => Json): Json {
  const parts = pointer.split("/").slice(1);
  if (parts.length === 0) return v.value as Json;
  const top = clone(root) ?? fill("");
  let cur = top as JsonObject | Json[];
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    const next = (cur as JsonObject)[key];
    if (next === undefined || next === null) (cur as JsonObject)[key] = fill("/" + parts.slice(0, i + 1).join("/"));
    cur = (cur as JsonObject)[key] as JsonObject;
  }
  const last = parts[parts.length - 1];
  if (v.remove) delete (cur as JsonObject)[last];
  else (cur as JsonObject)[last] = v.value as Json;
  return top;
}

/** Sub-schema at a pointer (through properties and items), for filling absent parents. */
function schemaAt(doc: JsonObject, root: Json, pointer: string): Json {
  let s: Json = root;
  for (const part of pointer.split("/").slice(1)) {
    const f = flatten(doc, s);
    s = /^\d+$/.test(part) ? (f.items as Json) : ((f.properties as JsonObject)[part] as Json);
  }
  return s;
}

export function constraintCases(doc: JsonObject, base: (operationId: string) => { body: Json | undefined; query: Record<string, Json>; headers: Record<string, Json> }): ConstraintCase[] {
  const cases: ConstraintCase[] = [];
  for (const { operationId, method, path, op } of listOperations(doc)) {
    const b = base(operationId);
    const mk = (where: ConstraintCase["where"], v: Violation, body: Json | undefined, query = b.query, headers = b.headers) =>
      cases.push({ operationId, method, path, where, pointer: v.pointer, field: v.field, rule: v.rule, body, query, headers });
    if (op.requestBody) {
      const media = ((resolveRef(doc, op.requestBody) as JsonObject).content as JsonObject)["application/json"] as JsonObject;
      for (const v of violations(doc, media.schema, b.body as Json, "", "body")) {
        mk("body", v, setAt(b.body as Json, v.pointer, v, (pp) => sampleValue(doc, schemaAt(doc, media.schema, pp))));
      }
    }
    for (const p of ((op.parameters as Json[] | undefined) ?? []).map((x) => resolveRef(doc, x) as JsonObject)) {
      const where = p.in === "query" ? "query" : "headers";
      const group = where === "query" ? b.query : b.headers;
      const name = p.name as string;
      const vs: Violation[] = [];
      if (p.required === true) vs.push({ pointer: `/${name}`, field: name, rule: "required", value: undefined, remove: true });
      // on the wire every parameter is a string: only a non-numeric string breaks a number's type
      vs.push(...violations(doc, p.schema, group[name], `/${name}`, name, { stringly: true }));
      for (const v of vs) {
        const next = { ...group } as Record<string, Json>;
        if (v.remove) delete next[name];
        else next[name] = v.value as Json;
        mk(where, v, b.body, where === "query" ? next : b.query, where === "headers" ? next : b.headers);
      }
    }
  }
  return cases;
}
