/**
 * One MCP tool per operation of the contract, derived from the generated operation table and
 * the spec itself (generated/openapi.json) — no list of tools is kept anywhere. The token
 * operation is the one exception: the server performs it itself from the profile's credentials,
 * and a model must never hold the app secret its signature needs nor the token it returns.
 */
import { operations } from '../../generated/operations.js';
import type { OperationMeta } from '../../generated/operations.js';
import type { Json, JsonObject } from '../spec/load.js';
import { cliOperation } from '../spec/operation.js';
import { isObject, resolve } from '../spec/schema.js';
import { describeTool } from './describe.js';
import { enumMeanings, toToolSchema } from './json-schema.js';
import { BULK_OUTPUT_SCHEMA } from './bulk-outcome.js';

/** The most items a `limit` may ask for: a result a model can still read whole. */
export const LIMIT_CAP = 500;
/** The argument that carries the rows of a bulk operation whose body is the array itself. */
export const ITEMS_ARGUMENT = 'items';
export const LIMIT_ARGUMENT = 'limit';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export type ToolKind = 'call' | 'paged' | 'bulk';
/** Where a tool argument goes in the request. */
export type ArgumentTarget = 'body' | 'query' | 'header' | 'limit' | 'items';

export interface ToolAnnotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export interface SobotTool {
  /** the operation table's `tool`, snake_case of the operationId: `search_call_agents` */
  name: string;
  title: string;
  description: string;
  inputSchema: JsonObject;
  outputSchema: JsonObject;
  annotations: ToolAnnotations;
  op: OperationMeta;
  kind: ToolKind;
  /** x-sobot-destructive */
  destructive: boolean;
  /** each argument name and where it goes */
  targets: ReadonlyMap<string, ArgumentTarget>;
}

/** Every operation the tools cover: all but the one that needs no Authorization (the token operation). */
export function toolOperations(): OperationMeta[] {
  return (Object.values(operations) as OperationMeta[]).filter((op) => op.security);
}

/** One tool per operation; the generator has refused a spec where two operations share a tool name. */
export function buildTools(doc: JsonObject): SobotTool[] {
  return toolOperations().map((op) => buildTool(doc, op));
}

function operationObject(doc: JsonObject, op: OperationMeta): JsonObject {
  return ((doc.paths as JsonObject)[op.path] as JsonObject)[op.method] as JsonObject;
}

function mediaSchema(doc: JsonObject, holder: Json | undefined): Json | undefined {
  const r = resolve(doc, holder);
  const media = isObject(r.content) ? r.content['application/json'] : undefined;
  return isObject(media) ? media.schema : undefined;
}

/** The schema of the array at `pointer` (`/dataDetails`) inside a converted body schema. */
function arrayAt(body: JsonObject, pointer: string): JsonObject {
  let cur: JsonObject = body;
  for (const part of pointer.split('/').slice(1)) {
    const next = isObject(cur.properties) ? cur.properties[part] : undefined;
    if (!isObject(next)) throw new Error(`x-sobot-batch.itemsPointer ${pointer} is not in the request body`);
    cur = next;
  }
  return cur;
}

/** Caps the rows of a bulk operation at x-sobot-batch.maxItems (where the schema allows more) and says so. */
function capRows(rows: JsonObject, op: OperationMeta): void {
  const max = op.batch!.maxItems;
  if (typeof rows.maxItems !== 'number' || rows.maxItems > max) rows.maxItems = max;
  const why = op.batch!.maxItemsSource === 'seed' ? "the vendor's limit" : "sobot-cc's batch size, as the vendor states no limit";
  const text = typeof rows.description === 'string' ? `${rows.description}\n` : '';
  rows.description = `${text}This tool takes at most ${max} per call (${why}) and reports each row's outcome; larger imports: \`sobot-cc import\`.`;
}

function buildInput(doc: JsonObject, op: OperationMeta, kind: ToolKind) {
  const c = cliOperation(doc, op);
  const properties: JsonObject = {};
  const required: string[] = [];
  const targets = new Map<string, ArgumentTarget>();
  const add = (name: string, schema: JsonObject, target: ArgumentTarget, isRequired: boolean) => {
    if (targets.has(name)) throw new Error(`${op.operationId}: the tool argument "${name}" would be both ${targets.get(name)} and ${target}`);
    properties[name] = schema;
    targets.set(name, target);
    if (isRequired) required.push(name);
  };

  const spec = operationObject(doc, op);
  const bodySchema = spec.requestBody ? mediaSchema(doc, spec.requestBody) : undefined;
  if (bodySchema !== undefined) {
    const body = toToolSchema(doc, bodySchema, { direction: 'input' });
    const bodyRequired = resolve(doc, spec.requestBody).required === true;
    if (op.requestBody?.kind === 'array') {
      // a tool's arguments are an object: an array body is its one argument
      if (op.batch) capRows(body, op);
      add(ITEMS_ARGUMENT, body, 'items', bodyRequired);
    } else {
      if (op.batch) capRows(arrayAt(body, op.batch.itemsPointer), op);
      const bodyProps = isObject(body.properties) ? body.properties : {};
      const bodyReq = Array.isArray(body.required) ? body.required.map(String) : [];
      for (const [name, schema] of Object.entries(bodyProps)) add(name, schema as JsonObject, 'body', bodyReq.includes(name));
    }
  }
  for (const f of c.flags) {
    if (f.where === 'body') continue;
    const schema = toToolSchema(doc, f.schema, { direction: 'input' });
    const meanings = enumMeanings(f.schema);
    schema.description = [f.description, meanings && `Values: ${meanings}.`].filter(Boolean).join('\n') || schema.description || '';
    if (f.where === 'header' && f.name === IDEMPOTENCY_HEADER) {
      // the SDK generates one per call and keeps it across its own retries; the model needs it
      // only to repeat a call whose outcome it never learned
      schema.description = `${schema.description}\nOptional here: when absent, a new key is generated for this call. Give the same UUID again only to repeat a call whose outcome you did not learn: the server applies it at most once.`;
      add(f.name, schema, 'header', false);
    } else {
      add(f.name, schema, f.where === 'query' ? 'query' : 'header', f.required);
    }
  }
  if (kind === 'paged') {
    const walks = op.paging!.shape !== 'none';
    add(LIMIT_ARGUMENT, {
      type: 'integer', minimum: 1, maximum: LIMIT_CAP,
      description: walks
        ? `Collect up to this many items (1-${LIMIT_CAP}) across pages, from the first, instead of returning one page; not with ${op.paging!.pageParam ?? 'a page number'}.`
        : `Return at most this many items of the list (1-${LIMIT_CAP}); without it the whole list is returned.`,
    }, 'limit', false);
  }
  const inputSchema: JsonObject = { type: 'object', properties, additionalProperties: false };
  if (required.length) inputSchema.required = required;
  return { inputSchema, targets };
}

function dataSchema(doc: JsonObject, op: OperationMeta): JsonObject {
  const spec = operationObject(doc, op);
  const responses = isObject(spec.responses) ? spec.responses : {};
  const schema = toToolSchema(doc, mediaSchema(doc, responses['200']), { direction: 'output' });
  const data = isObject(schema.properties) ? schema.properties.data : undefined;
  if (!isObject(data)) throw new Error(`${op.operationId}: the 200 response has no enveloped data`);
  return data;
}

function itemSchema(op: OperationMeta, data: JsonObject): JsonObject {
  const list = op.paging!.shape === 'none' ? data : isObject(data.properties) ? data.properties[op.paging!.itemsField ?? 'list'] : undefined;
  const items = isObject(list) ? list.items : undefined;
  if (!isObject(items)) throw new Error(`${op.operationId}: x-sobot-paging names no list in the response`);
  return items;
}

function buildOutput(doc: JsonObject, op: OperationMeta, kind: ToolKind): JsonObject {
  if (kind === 'bulk') return BULK_OUTPUT_SCHEMA;
  const data = dataSchema(doc, op);
  const dataProp = { ...data, description: `The envelope's \`data\` of ${op.operationId}.${data.description ? ` ${String(data.description)}` : ''}` };
  if (kind === 'call') return { type: 'object', properties: { data: dataProp }, required: ['data'], additionalProperties: false };
  return {
    type: 'object',
    description: 'Without `limit`: `data`, one answer of the operation. With `limit`: `items`, `count` and `more`.',
    properties: {
      data: dataProp,
      items: { type: 'array', items: itemSchema(op, data), description: 'The items collected, in order.' },
      count: { type: 'integer', minimum: 0, description: 'How many items `items` holds.' },
      more: { type: 'boolean', description: 'true when the list goes on beyond `limit`.' },
    },
    anyOf: [{ required: ['data'] }, { required: ['items', 'count', 'more'] }],
    additionalProperties: false,
  };
}

function buildTool(doc: JsonObject, op: OperationMeta): SobotTool {
  const spec = operationObject(doc, op);
  const kind: ToolKind = op.batch ? 'bulk' : op.paging ? 'paged' : 'call';
  const destructive = spec['x-sobot-destructive'] === true;
  const { inputSchema, targets } = buildInput(doc, op, kind);
  const name = op.tool;
  const title = String(spec.summary ?? op.operationId).trim();
  return {
    name, title, op, kind, destructive, targets, inputSchema,
    outputSchema: buildOutput(doc, op, kind),
    description: describeTool(doc, op, spec, { kind, destructive, limitCap: LIMIT_CAP }),
    annotations: {
      title,
      readOnlyHint: op.safe,
      destructiveHint: !op.safe && destructive,
      // a read has no effect to repeat; a write is idempotent when it takes an Idempotency-Key
      idempotentHint: op.safe || op.idempotent,
      openWorldHint: true,
    },
  };
}
