/**
 * Every answer of the simulator checked against the contract's response schema for its
 * operation and status (the status's own response, else its `4XX` range, else `default`), with
 * ajv on the spec — not the simulator's own code, so a response that breaks the contract fails
 * the test that provoked it.
 */
import type { ValidateFunction } from "ajv";
import { createAjv } from "../../../scripts/generate/validators.js";
import { toJsonSchema } from "../../../scripts/generate/json-schema.js";
import { loadSpec, resolveRef, type JsonObject } from "../../support/spec.js";

const doc = loadSpec();
const ajv = createAjv(doc, { standalone: false });
const compiled = new Map<string, ValidateFunction | null>();

function validatorFor(method: string, path: string, status: number): ValidateFunction | null | undefined {
  const op = ((doc.paths as JsonObject)[path] as JsonObject | undefined)?.[method.toLowerCase()] as JsonObject | undefined;
  if (!op) return undefined;
  const responses = op.responses as JsonObject;
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
  const id = `${method} ${path} ${key}`;
  if (!compiled.has(id)) {
    const response = key ? (resolveRef(doc, responses[key]!) as JsonObject) : undefined;
    const schema = ((response?.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined)?.schema;
    compiled.set(id, schema === undefined ? null : ajv.compile(toJsonSchema(schema) as object));
  }
  return compiled.get(id);
}

/** The contract's complaints about one answer (empty when it conforms); undefined for paths outside the contract. */
export function contractViolations(method: string, path: string, status: number, contentType: string | null, text: string): string[] | undefined {
  const validate = validatorFor(method, path, status);
  if (validate === undefined) return undefined;
  const at = `${method} ${path} → ${status}`;
  if (validate === null) return [`${at}: the contract declares no response for this status`];
  if (!contentType?.startsWith("application/json")) return [`${at}: content-type ${contentType}, not application/json`];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`${at}: body is not JSON: ${text.slice(0, 200)}`];
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${at}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}
