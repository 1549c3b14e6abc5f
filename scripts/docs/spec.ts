// The docs build's view of the spec: the operations with their summary, tags and path item.
// Loading, $ref-following and the list of operations are the one spec reader's
// (lint/spec-reader/), shared by every consumer of the contract.
import { deref as readerDeref, isObject, listOperations as readerOperations, type Json, type JsonObject } from "../../lint/spec-reader/index.js";
import { loadSpec } from "../../lint/spec-reader/load.js";
import { buildOperations } from "../generate/spec.js";

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

/** Follows local `#/...` references; undefined for an absent value or one that cannot be followed. */
export function deref<T = Json>(doc: JsonObject, value: Json | undefined): T | undefined {
  return readerDeref(doc, value) as T | undefined;
}

/** Every operation (an operation without operationId is refused, as the generator refuses it). */
export function listOperations(doc: JsonObject): OperationRef[] {
  buildOperations(doc);
  return readerOperations(doc).map(({ operationId, method, pathKey, operation, pathItem }) => ({
    method,
    path: pathKey,
    operationId: operationId!,
    summary: typeof operation.summary === "string" ? operation.summary : "",
    tags: Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === "string") : [],
    operation,
    pathItem,
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
