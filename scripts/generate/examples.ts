import { buildOperations, resolveRef, type Json, type JsonObject } from "./spec.js";

export interface OperationExamples {
  /** Named request-body examples. */
  body: Record<string, Json>;
  /** Query and header parameters built from the parameters' own examples. */
  query: Record<string, Json>;
  headers: Record<string, Json>;
  /** Named examples of the 200 response. */
  response: Record<string, Json>;
}

function namedExamples(doc: JsonObject, media: JsonObject | undefined): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, ex] of Object.entries((media?.examples as JsonObject | undefined) ?? {})) {
    out[name] = (resolveRef(doc, ex) as JsonObject).value;
  }
  return out;
}

function paramExample(doc: JsonObject, param: JsonObject): Json {
  if (param.example !== undefined) return param.example;
  const schema = resolveRef(doc, param.schema) as JsonObject;
  if (schema.example !== undefined) return schema.example;
  throw new Error(`parameter ${param.name} has no example`);
}

export function collectExamples(doc: JsonObject): Record<string, OperationExamples> {
  const out: Record<string, OperationExamples> = {};
  for (const { operationId, op, parameters: params } of buildOperations(doc)) {
    const pick = (where: string) =>
      Object.fromEntries(params.filter((p) => p.in === where).map((p) => [p.name as string, paramExample(doc, p)]));
    const body = op.requestBody ? (resolveRef(doc, op.requestBody) as JsonObject) : undefined;
    const ok = resolveRef(doc, (op.responses as JsonObject)["200"]) as JsonObject;
    out[operationId] = {
      body: namedExamples(doc, (body?.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined),
      query: pick("query"),
      headers: pick("header"),
      response: namedExamples(doc, (ok.content as JsonObject)["application/json"] as JsonObject),
    };
  }
  return out;
}

/**
 * Every example, typed against generated/types.ts with `satisfies`, so that `tsc --noEmit`
 * fails when an example and the types derived from the same spec disagree.
 */
export function renderExamples(doc: JsonObject): string {
  const all = collectExamples(doc);
  const lit = (v: Json) => JSON.stringify(v, null, 2).replace(/\n/g, "\n      ");
  const entries = Object.entries(all).map(([id, ex]) => {
    const named = (group: Record<string, Json>, type: string) =>
      `{\n${Object.entries(group)
        .map(([n, v]) => `      ${JSON.stringify(n)}: ${lit(v)} satisfies ${type}<"${id}">,`)
        .join("\n")}\n    }`;
    const params = (group: Record<string, Json>, type: string) =>
      Object.keys(group).length ? `${lit(group)} satisfies ${type}<"${id}">` : "undefined";
    return `  ${id}: {
    body: ${named(ex.body, "Body")},
    query: ${params(ex.query, "Query")},
    headers: ${params(ex.headers, "Headers")},
    response: ${named(ex.response, "Ok")},
  },`;
  });
  return `// Generated from openapi.yaml by \`npm run generate\`. Do not edit.
import type { operations } from "./types.js";

type Op<K extends keyof operations> = operations[K];
type Body<K extends keyof operations> = Op<K> extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type Query<K extends keyof operations> = Op<K> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Headers<K extends keyof operations> = Op<K> extends { parameters: { header?: infer H } } ? NonNullable<H> : never;
type Ok<K extends keyof operations> = Op<K> extends { responses: { 200: { content: { "application/json": infer R } } } } ? R : never;

export const examples = {
${entries.join("\n")}
} as const;
`;
}
