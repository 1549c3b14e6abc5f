import { encodePointerSegment } from "../../lint/spec-reader/pointer.js";
import { buildOperations, resolveRef, type Json, type JsonObject } from "./spec.js";

/**
 * The meanings of enum values (`x-enum-descriptions`) of every request field, by operation and
 * request path, for validation messages: the compiled validators drop `x-` keywords, so an enum
 * error carries the allowed values but not what they mean. Array indexes are `*` in the paths
 * (`/body/customerList/*\/numberType`), as an issue's path is matched with its indexes replaced.
 */
export type EnumMeanings = Record<string, Record<string, [Json, string][]>>;

function collect(doc: JsonObject, node: Json | undefined, path: string, out: Record<string, [Json, string][]>, depth: number): void {
  if (depth > 16 || node === undefined) return;
  const s = resolveRef(doc, node) as JsonObject;
  if (!s || typeof s !== "object") return;
  const values = s.enum;
  const meanings = s["x-enum-descriptions"];
  if (Array.isArray(values) && Array.isArray(meanings)) {
    if (meanings.length !== values.length) throw new Error(`${path}: x-enum-descriptions has ${meanings.length} entries for ${values.length} enum values`);
    out[path] = values.map((v, i) => [v, String(meanings[i])]);
    // `nullable` adds null to the enum (json-schema.ts does so for the validators, as Prism and
    // openapi-typescript do), so an enum issue lists it too, meaning the server's default
    if (s.nullable === true && !values.includes(null)) {
      out[path].push([null, s.default !== undefined ? `the default, ${JSON.stringify(s.default)}` : "no value"]);
    }
  }
  for (const member of [...((s.allOf as Json[] | undefined) ?? []), ...((s.oneOf as Json[] | undefined) ?? []), ...((s.anyOf as Json[] | undefined) ?? [])]) {
    collect(doc, member, path, out, depth + 1);
  }
  for (const [name, prop] of Object.entries((s.properties as JsonObject | undefined) ?? {})) {
    collect(doc, prop, `${path}/${encodePointerSegment(name)}`, out, depth + 1);
  }
  if (s.items !== undefined) collect(doc, s.items, `${path}/*`, out, depth + 1);
}

export function buildEnumMeanings(doc: JsonObject): EnumMeanings {
  const table: EnumMeanings = {};
  for (const { operationId, op, parameters } of buildOperations(doc)) {
    const out: Record<string, [Json, string][]> = {};
    for (const p of parameters) {
      const where = p.in === "query" ? "query" : p.in === "header" ? "headers" : undefined;
      if (where) collect(doc, p.schema, `/${where}/${String(p.name)}`, out, 0);
    }
    if (op.requestBody) {
      const media = ((resolveRef(doc, op.requestBody) as JsonObject).content as JsonObject)["application/json"] as JsonObject | undefined;
      if (media) collect(doc, media.schema, "/body", out, 0);
    }
    if (Object.keys(out).length) table[operationId] = out;
  }
  return table;
}

export function renderEnumMeanings(doc: JsonObject): string {
  return `// Generated from openapi.yaml by \`npm run generate\`. Do not edit.
/** operationId → request path (array indexes as \`*\`) → [value, meaning] of each enum value, from x-enum-descriptions. */
export const enumMeanings: Readonly<Record<string, Readonly<Record<string, readonly (readonly [unknown, string])[]>>>> = ${JSON.stringify(buildEnumMeanings(doc), null, 1)};
`;
}
