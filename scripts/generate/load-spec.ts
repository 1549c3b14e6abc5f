import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const specPath = fileURLToPath(new URL("../../openapi.yaml", import.meta.url));

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export const isObject = (v: unknown): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);

export function loadSpec(path = specPath): JsonObject {
  return parse(readFileSync(path, "utf8")) as JsonObject;
}

/** Follows a local `#/...` reference; the spec only uses local references. */
export function resolveRef(doc: JsonObject, node: Json): Json {
  let cur = node;
  const seen = new Set<string>();
  while (cur && typeof cur === "object" && !Array.isArray(cur) && typeof cur.$ref === "string") {
    const ref = cur.$ref;
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
    cur = ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json>((acc, key) => {
        if (!acc || typeof acc !== "object" || Array.isArray(acc) || !(key in acc)) {
          throw new Error(`unresolvable $ref ${ref}`);
        }
        return acc[key];
      }, doc);
  }
  return cur;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export interface SpecOperation {
  operationId: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  op: JsonObject;
}

/** Operations in document order, so every generated file lists them alike. */
export function listOperations(doc: JsonObject): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths as JsonObject)) {
    for (const method of HTTP_METHODS) {
      const op = (item as JsonObject)[method] as JsonObject | undefined;
      if (!op) continue;
      if (typeof op.operationId !== "string") throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      out.push({ operationId: op.operationId, method, path, op });
    }
  }
  return out;
}
