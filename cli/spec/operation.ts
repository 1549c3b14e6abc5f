/** One operation as the CLI sees it: its spec text and the flags its request schema gives. */
import type { OperationMeta } from '../../generated/operations.js';
import type { Json, JsonObject } from './load.js';
import { effectiveParameters, findOperation } from '../../lint/spec-reader/index.js';
import { flatten, isObject, resolve } from './schema.js';

export interface FlagSpec {
  /** the name in the spec (`agentID`, `Idempotency-Key`) */
  name: string;
  where: 'body' | 'query' | 'header';
  schema: JsonObject;
  description: string;
  required: boolean;
}

export interface CliOperation {
  meta: OperationMeta;
  /** the operation object of openapi.yaml */
  spec: JsonObject;
  /** the request body schema, allOf merged */
  body?: JsonObject;
  flags: FlagSpec[];
}

const text = (v: Json | undefined) => (typeof v === 'string' ? v.trim() : '');

export function cliOperation(doc: JsonObject, meta: OperationMeta): CliOperation {
  const entry = findOperation(doc, meta.method, meta.path);
  const spec = entry?.operation ?? {};
  const flags: FlagSpec[] = [];
  // path-level parameters count too, overridden by the operation's own (the reader merges them)
  for (const { parameter } of entry ? effectiveParameters(doc, entry) : []) {
    const p = resolve(doc, parameter);
    if (p.in !== 'query' && p.in !== 'header') continue;
    const schema = flatten(doc, p.schema);
    flags.push({
      name: String(p.name), where: p.in === 'query' ? 'query' : 'header', schema,
      description: text(p.description) || text(schema.description), required: p.required === true,
    });
  }
  let body: JsonObject | undefined;
  const rb = spec.requestBody ? resolve(doc, spec.requestBody) : undefined;
  const media = rb && isObject(rb.content) ? (rb.content['application/json'] as JsonObject | undefined) : undefined;
  if (media) {
    body = flatten(doc, media.schema);
    const required = new Set(Array.isArray(body.required) ? body.required.map(String) : []);
    for (const [name, node] of Object.entries(isObject(body.properties) ? body.properties : {})) {
      const schema = flatten(doc, node);
      // OpenAPI 3.0 ignores siblings of $ref: the referenced schema's description is the field's
      const own = isObject(node) && typeof node.$ref !== 'string' ? text(node.description) : '';
      flags.push({ name, where: 'body', schema, description: own || text(schema.description), required: required.has(name) });
    }
  }
  return { meta, spec, body, flags };
}
