// The docs build's view of the spec: the operations with their summary, tags and path item.
// Reading and $ref-following are scripts/generate/load-spec.ts's, shared by all repo tooling.
import { isObject, listOperations as specOperations, loadSpec, resolveRef, type Json, type JsonObject } from "../generate/load-spec.js";

export { isObject, loadSpec, type Json, type JsonObject };

export interface OperationRef {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  operation: JsonObject;
  pathItem: JsonObject;
}

/** Follows local `#/...` references; undefined for an absent value. */
export function deref<T = Json>(doc: JsonObject, value: Json | undefined): T | undefined {
  return value === undefined ? undefined : (resolveRef(doc, value) as T);
}

export function listOperations(doc: JsonObject): OperationRef[] {
  return specOperations(doc).map(({ operationId, method, path, op }) => ({
    method,
    path,
    operationId,
    summary: typeof op.summary === "string" ? op.summary : "",
    tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [],
    operation: op,
    pathItem: (doc.paths as JsonObject)[path] as JsonObject,
  }));
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
