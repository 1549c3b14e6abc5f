import AjvModule from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import { buildOperations, resolveRef, type Json, type JsonObject } from "./spec.js";
import { pointerSegments } from "../../lint/spec-reader/index.js";
import { SPEC_SCHEMA_ID, toJsonSchema } from "./json-schema.js";

// ajv is CommonJS: under NodeNext its classes are on `.default`
const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

const FORMATS: Record<string, RegExp | true> = {
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  // width and secrecy annotations: the JSON number type and the patterns already constrain these
  int32: true,
  int64: true,
  password: true,
};

type Part = "query" | "headers" | "body" | "item";

/**
 * The schema of one item of a batch operation's body (at `x-sobot-batch.itemsPointer`): the bulk
 * import checks each row with it instead of the whole body, so the template is not checked again
 * for every row.
 */
function itemSchema(doc: JsonObject, body: Json, pointer: string): Json {
  const parts = pointerSegments(pointer);
  const find = (node: Json, rest: string[]): Json | undefined => {
    const s = resolveRef(doc, node) as JsonObject;
    if (rest.length === 0) return s.items;
    const [head, ...tail] = rest;
    const prop = (s.properties as JsonObject | undefined)?.[head!];
    if (prop !== undefined) return find(prop, tail);
    for (const member of (s.allOf as Json[] | undefined) ?? []) {
      const found = find(member, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const items = find(body, parts);
  if (items === undefined) throw new Error(`x-sobot-batch.itemsPointer ${pointer} does not lead to an array's items`);
  return items;
}

/** Request schemas (query, headers, body) of every operation, as JSON Schema with ids. */
export function requestSchemas(doc: JsonObject) {
  const parts: { operationId: string; part: Part; id: string; schema: JsonObject }[] = [];
  for (const { operationId, op, parameters: params } of buildOperations(doc)) {
    for (const [where, part] of [["query", "query"], ["header", "headers"]] as const) {
      const ps = params.filter((p) => p.in === where);
      if (ps.length === 0) continue;
      parts.push({
        operationId,
        part,
        id: `${SPEC_SCHEMA_ID}/ops/${operationId}/${part}`,
        schema: {
          type: "object",
          properties: Object.fromEntries(ps.map((p) => [p.name as string, toJsonSchema(p.schema) as JsonObject])),
          required: ps.filter((p) => p.required === true).map((p) => p.name as string),
        },
      });
    }
    if (op.requestBody) {
      const body = resolveRef(doc, op.requestBody) as JsonObject;
      const media = (body.content as JsonObject)["application/json"] as JsonObject;
      parts.push({
        operationId,
        part: "body",
        id: `${SPEC_SCHEMA_ID}/ops/${operationId}/body`,
        schema: toJsonSchema(media.schema) as JsonObject,
      });
      const batch = op["x-sobot-batch"] as JsonObject | undefined;
      if (batch) {
        const items = toJsonSchema(itemSchema(doc, media.schema, batch.itemsPointer as string)) as JsonObject;
        parts.push({
          operationId,
          part: "item",
          id: `${SPEC_SCHEMA_ID}/ops/${operationId}/item`,
          // a bare $ref would be compiled as a wrapper around the shared schema: the same checks, one call deeper
          schema: items,
        });
      }
    }
  }
  return parts;
}

export function createAjv(doc: JsonObject, options: { standalone: boolean }) {
  const ajv = new Ajv({
    allErrors: true,
    inlineRefs: false, // shared schemas compile once and are called, not copied into every operation
    strict: true,
    strictTypes: false, // allOf pieces legitimately narrow properties declared elsewhere
    strictRequired: false, // …and require properties declared in another allOf member
    code: options.standalone ? { source: true, esm: true, lines: false } : {},
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, definitions: toJsonSchema((doc.components as JsonObject).schemas) });
  return ajv;
}

/**
 * ajv's standalone code `require`s two tiny runtime helpers; inlining them keeps the output a
 * plain ES module with no runtime dependency at all.
 */
const RUNTIME: Record<string, string> = {
  // characters as ajv counts them (a surrogate pair is one), without an iterator per string
  "ajv/dist/runtime/ucs2length":
    "((s) => { let n = 0; for (let i = 0; i < s.length; n++) { const c = s.charCodeAt(i++); if (c >= 0xd800 && c <= 0xdbff && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00) i++; } return n; })",
  "ajv/dist/runtime/equal":
    "(function eq(a, b) { if (a === b) return true; if (a && b && typeof a == 'object' && typeof b == 'object') { if (Array.isArray(a) !== Array.isArray(b)) return false; const ka = Object.keys(a), kb = Object.keys(b); return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && eq(a[k], b[k])); } return a !== a && b !== b; })",
};

function inlineRuntime(code: string): string {
  const out = code.replace(/require\("([^"]+)"\)\.default/g, (_, mod: string) => {
    const impl = RUNTIME[mod];
    if (!impl) throw new Error(`ajv standalone code needs ${mod}, which has no inline version`);
    return impl;
  });
  if (out.includes("require(")) throw new Error("ajv standalone code still contains require()");
  return out.replace(/^"use strict";/, "");
}

export function renderValidators(doc: JsonObject): { js: string; dts: string } {
  const ajv = createAjv(doc, { standalone: true });
  const parts = requestSchemas(doc);
  const exportNames: Record<string, string> = {};
  for (const p of parts) {
    ajv.addSchema({ ...p.schema, $id: p.id });
    exportNames[`${p.operationId}_${p.part}`] = p.id;
  }
  const code = inlineRuntime(standaloneCode(ajv, exportNames));
  const byOp = new Map<string, string[]>();
  for (const p of parts) byOp.set(p.operationId, [...(byOp.get(p.operationId) ?? []), `${p.part}: ${p.operationId}_${p.part}`]);
  const table = buildOperations(doc)
    .map(({ operationId }) => `  ${operationId}: { ${(byOp.get(operationId) ?? []).join(", ")} },`)
    .join("\n");
  const js = `// Generated from openapi.yaml by \`npm run generate\` (ajv standalone). Do not edit.
${code}
export const validators = {
${table}
};
`;
  const dts = `// Generated from openapi.yaml by \`npm run generate\`. Do not edit.
import type { ErrorObject } from "ajv";
import type { OperationId } from "./operations.js";
export interface RequestValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export interface OperationValidators {
  readonly query?: RequestValidator;
  readonly headers?: RequestValidator;
  readonly body?: RequestValidator;
  /** one item of a batch operation's body (x-sobot-batch.itemsPointer) */
  readonly item?: RequestValidator;
}
export declare const validators: Record<OperationId, OperationValidators>;
`;
  return { js, dts };
}
