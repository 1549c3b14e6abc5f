/**
 * The generator's view of the contract: the one spec reader (lint/spec-reader/), made strict.
 * Where lint reports a missing operationId or a dangling `$ref` as a finding, a build tool
 * must refuse to write code from it, so these helpers throw, naming the operation and the rule.
 */
import { derefStrict, effectiveParameters, isObject, listOperations, type HttpMethod, type Json, type JsonObject } from "../../lint/spec-reader/index.js";

export { loadSpec, specPath } from "../../lint/spec-reader/load.js";
export { isObject, type Json, type JsonObject };

/** The node a `$ref` chain ends at; throws when it is circular, dangling or not local. */
export const resolveRef = (doc: JsonObject, node: Json | undefined): Json => derefStrict(doc, node) as Json;

export interface BuildOperation {
  operationId: string;
  method: HttpMethod;
  /** the URL template */
  path: string;
  op: JsonObject;
  /** path-level and operation-level parameters merged (OpenAPI 3.0.3 §4.7.10), dereferenced */
  parameters: JsonObject[];
}

/** Operations in document order, so every generated file lists them alike. */
export function buildOperations(doc: JsonObject): BuildOperation[] {
  return listOperations(doc).map((entry) => {
    const where = `${entry.method.toUpperCase()} ${entry.pathKey}`;
    if (entry.operationId === undefined) throw new Error(`${where} has no operationId (every operation needs one)`);
    const parameters = effectiveParameters(doc, entry).map(({ parameter, raw }) => {
      if (!isObject(parameter)) throw new Error(`${entry.operationId}: parameter ${JSON.stringify(raw)} cannot be resolved (its $ref must point at a Parameter Object)`);
      return parameter;
    });
    return { operationId: entry.operationId, method: entry.method, path: entry.pathKey, op: entry.operation, parameters };
  });
}
