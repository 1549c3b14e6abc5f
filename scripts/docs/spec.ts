// Reading an OpenAPI 3.0 document: local $ref resolution and the list of operations.
// Shared by the docs build, the client smoke checks and the tests; knows nothing about Redoc.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationRef {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  operation: JsonObject;
  pathItem: JsonObject;
}

export function loadSpec(file: string): JsonObject {
  const doc = parse(readFileSync(file, "utf8")) as unknown;
  if (!isObject(doc)) throw new Error(`${file}: not an OpenAPI document`);
  return doc;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows local `#/...` references (repeatedly) and returns the target. */
export function deref<T = Json>(doc: JsonObject, value: Json | undefined): T | undefined {
  let current: Json | undefined = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported here, got ${ref}`);
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    current = pointer(doc, ref.slice(1));
  }
  return current as T | undefined;
}

export function pointer(doc: Json, ptr: string): Json | undefined {
  if (ptr === "" || ptr === "/") return ptr === "" ? doc : undefined;
  let node: Json | undefined = doc;
  for (const raw of ptr.split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

export function listOperations(doc: JsonObject): OperationRef[] {
  const out: OperationRef[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = deref<JsonObject>(doc, rawItem);
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      out.push({
        method,
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : `${method} ${path}`,
        summary: typeof operation.summary === "string" ? operation.summary : "",
        tags: Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === "string") : [],
        operation,
        pathItem,
      });
    }
  }
  return out;
}

/** The first server's URL with its variables replaced by their defaults. */
export function defaultServerUrl(doc: JsonObject): string {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const first = servers.find(isObject);
  if (!first || typeof first.url !== "string") return "";
  const vars = isObject(first.variables) ? first.variables : {};
  return first.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return isObject(v) && typeof v.default === "string" ? v.default : whole;
  });
}
