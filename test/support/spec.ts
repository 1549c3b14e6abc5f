import { loadSpec, resolveRef, type Json, type JsonObject } from "../../scripts/generate/load-spec.js";

export { loadSpec, resolveRef };
export type { Json, JsonObject };

export const isObject = (v: unknown): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);

/** A schema with its `$ref` followed and its `allOf` parts merged (properties and required lists). */
export function flatten(doc: JsonObject, node: Json): JsonObject {
  const schema = resolveRef(doc, node) as JsonObject;
  if (!Array.isArray(schema.allOf)) return schema;
  const merged: JsonObject = { ...schema, allOf: undefined as unknown as Json, properties: {}, required: [] };
  delete merged.allOf;
  for (const part of [schema, ...schema.allOf.map((p) => flatten(doc, p))]) {
    if (part.type) merged.type = part.type;
    Object.assign(merged.properties as JsonObject, (part.properties as JsonObject | undefined) ?? {});
    (merged.required as string[]).push(...((part.required as string[] | undefined) ?? []));
  }
  return merged;
}
