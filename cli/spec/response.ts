/**
 * What a table needs to know of an operation's answer, read from its response schema: which
 * columns hold epoch milliseconds (shown as date-times) and which hold secrets (masked).
 */
import type { OperationMeta } from '../../src/spec-types.js';
import { isSensitiveKey } from '../../src/redact.js';
import type { Json, JsonObject } from './load.js';
import { findOperation } from '../../lint/spec-reader/index.js';
import { flatten, isObject, resolve } from './schema.js';

export type ColumnKind = 'epochMs' | 'secret';
export type ColumnKinds = Readonly<Record<string, ColumnKind>>;

/** The schema of one row of the answer: a list's item, else the `data` object itself. */
export function rowSchema(doc: JsonObject, op: OperationMeta): JsonObject {
  const spec = findOperation(doc, op.method, op.path)?.operation ?? {};
  const ok = resolve(doc, (spec.responses as JsonObject | undefined)?.['200']);
  const media = isObject(ok.content) ? (ok.content['application/json'] as JsonObject | undefined) : undefined;
  const envelope = flatten(doc, media?.schema);
  // the token operation answers without the envelope
  const data = isObject(envelope.properties) && envelope.properties.data !== undefined ? flatten(doc, envelope.properties.data) : envelope;
  const items = op.paging && op.paging.shape !== 'none' && isObject(data.properties) ? flatten(doc, data.properties[op.paging.itemsField ?? 'list']) : data;
  return items.type === 'array' ? flatten(doc, items.items) : items;
}

/** The `$ref` chain of a node, each name it passes through (`#/components/schemas/EpochMillis`). */
function refs(doc: JsonObject, node: Json | undefined): string[] {
  const out: string[] = [];
  let cur = node;
  for (let i = 0; i < 32 && isObject(cur) && typeof cur.$ref === 'string'; i++) {
    out.push(cur.$ref);
    cur = resolve(doc, { $ref: cur.$ref });
  }
  return out;
}

/**
 * Epoch milliseconds: the spec's `EpochMillis` schema, or an int64 integer its description calls
 * epoch milliseconds (the spec declares some inline). Secrets: `format: password`, or a name the
 * SDK's redaction treats as secret (src/redact.ts), so a table and a log line hide the same fields.
 */
export function columnKinds(doc: JsonObject, schema: JsonObject): ColumnKinds {
  const out: Record<string, ColumnKind> = {};
  for (const [name, node] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    const s = flatten(doc, node);
    const own = isObject(node) && typeof node.description === 'string' ? node.description : '';
    if (s.format === 'password' || isSensitiveKey(name)) out[name] = 'secret';
    else if (refs(doc, node).some((r) => r.endsWith('/EpochMillis'))
      || (s.type === 'integer' && s.format === 'int64' && /epoch milliseconds/i.test(`${own} ${String(s.description ?? '')}`))) out[name] = 'epochMs';
  }
  return out;
}

export const responseColumns = (doc: JsonObject, op: OperationMeta): ColumnKinds => columnKinds(doc, rowSchema(doc, op));
