import type { Json, JsonObject } from "./spec.js";

// short on purpose: it is repeated in every error object of the compiled validators
export const SPEC_SCHEMA_ID = "s:spec";

/**
 * Turns an OpenAPI 3.0 schema into JSON Schema (draft-07) that ajv compiles:
 * `nullable` becomes a `null` type, annotations ajv does not know are dropped,
 * and refs to components/schemas point at `definitions` of one document registered as SPEC_SCHEMA_ID.
 */
const ANNOTATIONS = new Set(["example", "xml", "externalDocs", "description", "title", "default", "deprecated", "readOnly", "writeOnly"]);

export function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // annotations do not validate anything; dropping them keeps the compiled validators small
    if (key.startsWith("x-") || ANNOTATIONS.has(key)) continue;
    if (key === "$ref" && typeof value === "string") {
      if (!value.startsWith("#/components/schemas/")) throw new Error(`schema $ref outside components/schemas: ${value}`);
      out.$ref = `${SPEC_SCHEMA_ID}#/definitions/${value.slice("#/components/schemas/".length)}`;
    } else if (key === "properties" && value && typeof value === "object" && !Array.isArray(value)) {
      // property names are data, not keywords: keep every name, convert each schema
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (key !== "nullable") {
      out[key] = toJsonSchema(value);
    }
  }
  if (node.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}
