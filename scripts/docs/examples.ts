// Picks the request example of an operation out of the spec: parameter examples and the
// JSON request body example. Nothing here is hand-written per operation.
import { deref, isObject, type Json, type JsonObject, type OperationRef } from "./spec.js";

export type ExampleSource = "example" | "examples" | "schema-example" | "synthesized" | "none";

export interface RequestExample {
  path: Record<string, Json>;
  query: Record<string, Json>;
  header: Record<string, Json>;
  /** Required parameters that have no example anywhere in the spec. */
  missing: string[];
  body?: Json;
  bodyMediaType?: string;
  bodySource: ExampleSource;
}

interface Parameter extends JsonObject {
  name: string;
  in: string;
}

function parametersOf(doc: JsonObject, op: OperationRef): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const list of [op.pathItem.parameters, op.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref<JsonObject>(doc, raw);
      if (isObject(p) && typeof p.name === "string" && typeof p.in === "string") {
        byKey.set(`${p.in}:${p.name.toLowerCase()}`, p as Parameter);
      }
    }
  }
  return [...byKey.values()];
}

function firstNamedExample(doc: JsonObject, examples: Json | undefined): Json | undefined {
  if (!isObject(examples)) return undefined;
  for (const raw of Object.values(examples)) {
    const ex = deref<JsonObject>(doc, raw);
    if (isObject(ex) && "value" in ex) return ex.value;
  }
  return undefined;
}

function exampleOfSchema(doc: JsonObject, rawSchema: Json | undefined, depth = 0): Json | undefined {
  const schema = deref<JsonObject>(doc, rawSchema);
  if (!isObject(schema) || depth > 8) return undefined;
  if ("example" in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ("default" in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}

/** Builds a value from the property-level examples of a schema (required properties first). */
export function synthesize(doc: JsonObject, rawSchema: Json | undefined, depth = 0): Json | undefined {
  const direct = exampleOfSchema(doc, rawSchema, depth);
  if (direct !== undefined) return direct;
  const schema = deref<JsonObject>(doc, rawSchema);
  if (!isObject(schema) || depth > 8) return undefined;
  if (Array.isArray(schema.allOf)) {
    const merged: JsonObject = {};
    for (const part of schema.allOf) {
      const v = synthesize(doc, part, depth + 1);
      if (isObject(v)) Object.assign(merged, v);
    }
    return merged;
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const alts = schema[key];
    if (Array.isArray(alts) && alts.length > 0) return synthesize(doc, alts[0], depth + 1);
  }
  if (schema.type === "array") {
    const item = synthesize(doc, schema.items, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (schema.type === "object" || isObject(schema.properties)) {
    const props = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const out: JsonObject = {};
    for (const [name, propSchema] of Object.entries(props)) {
      const v = synthesize(doc, propSchema, depth + 1);
      if (v !== undefined && (required.has(name) || exampleOfSchema(doc, propSchema, depth + 1) !== undefined)) {
        out[name] = v;
      } else if (required.has(name)) {
        out[name] = placeholderFor(doc, propSchema, name);
      }
    }
    return out;
  }
  return undefined;
}

function placeholderFor(doc: JsonObject, rawSchema: Json | undefined, name: string): Json {
  const schema = deref<JsonObject>(doc, rawSchema);
  const type = isObject(schema) ? schema.type : undefined;
  if (type === "integer" || type === "number") return 0;
  if (type === "boolean") return false;
  if (type === "array") return [];
  if (type === "object") return {};
  return `<${name}>`;
}

/** An optional parameter appears only with an explicit example; a required one may fall back to its default or first enum value. */
function parameterExample(doc: JsonObject, p: Parameter): Json | undefined {
  if ("example" in p) return p.example;
  const named = firstNamedExample(doc, p.examples);
  if (named !== undefined) return named;
  const schema = deref<JsonObject>(doc, p.schema);
  if (isObject(schema) && "example" in schema) return schema.example;
  return p.required === true || p.in === "path" ? exampleOfSchema(doc, p.schema) : undefined;
}

function jsonMediaType(content: JsonObject): string | undefined {
  const types = Object.keys(content);
  return types.find((t) => /^application\/(.+\+)?json\b/i.test(t)) ?? types[0];
}

export function requestExample(doc: JsonObject, op: OperationRef): RequestExample {
  const result: RequestExample = { path: {}, query: {}, header: {}, missing: [], bodySource: "none" };
  for (const p of parametersOf(doc, op)) {
    if (p.in === "cookie") continue;
    const value = parameterExample(doc, p);
    const target = p.in === "path" ? result.path : p.in === "query" ? result.query : p.in === "header" ? result.header : undefined;
    if (!target) continue;
    if (value !== undefined) target[p.name] = value;
    else if (p.required === true || p.in === "path") result.missing.push(`${p.in} parameter "${p.name}"`);
  }

  const requestBody = deref<JsonObject>(doc, op.operation.requestBody);
  if (isObject(requestBody) && isObject(requestBody.content)) {
    const mediaType = jsonMediaType(requestBody.content);
    const media = mediaType ? deref<JsonObject>(doc, requestBody.content[mediaType]) : undefined;
    if (mediaType && isObject(media)) {
      result.bodyMediaType = mediaType;
      if ("example" in media) {
        result.body = media.example;
        result.bodySource = "example";
      } else if (firstNamedExample(doc, media.examples) !== undefined) {
        result.body = firstNamedExample(doc, media.examples);
        result.bodySource = "examples";
      } else if (exampleOfSchema(doc, media.schema) !== undefined) {
        result.body = exampleOfSchema(doc, media.schema);
        result.bodySource = "schema-example";
      } else {
        result.body = synthesize(doc, media.schema) ?? {};
        result.bodySource = "synthesized";
      }
    }
  }
  return result;
}
