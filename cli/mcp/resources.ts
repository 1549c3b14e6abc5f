/**
 * The contract as MCP resources, so a model can read the rules its calls are held to: the
 * hand-written openapi.yaml, the same as JSON, and per tool the rules that live in vendor
 * extensions (field rules, batch limits, paging, idempotency) rather than in a JSON Schema.
 */
import { readFileSync } from 'node:fs';
import type { JsonObject } from '../spec/load.js';
import { findSpecPath } from '../spec/load.js';
import type { SobotTool } from './tools.js';

export const RESOURCE_URIS = {
  yaml: 'sobot-cc://contract/openapi.yaml',
  json: 'sobot-cc://contract/openapi.json',
  rules: 'sobot-cc://contract/tool-rules.json',
} as const;

export interface ResourceEntry {
  uri: string;
  name: string;
  title: string;
  description: string;
  mimeType: string;
  read: () => string;
}

function toolRules(tools: SobotTool[]) {
  return tools.map((t) => ({
    tool: t.name,
    operationId: t.op.operationId,
    request: `${t.op.method.toUpperCase()} ${t.op.path}`,
    tag: t.op.tag,
    writes: !t.op.safe,
    destructive: t.destructive,
    idempotencyKey: t.op.idempotent,
    fieldRules: t.op.fieldRules,
    ...(t.op.paging && { paging: t.op.paging }),
    ...(t.op.batch && { batch: t.op.batch }),
  }));
}

export function contractResources(doc: JsonObject, tools: SobotTool[]): ResourceEntry[] {
  return [
    {
      uri: RESOURCE_URIS.yaml, name: 'openapi.yaml', title: 'The sobot-cc contract (OpenAPI 3.0, as written)',
      description: 'Every operation, field, limit, enum meaning and vendor extension the tools are derived from.',
      mimeType: 'application/yaml', read: () => readFileSync(findSpecPath(), 'utf8'),
    },
    {
      uri: RESOURCE_URIS.json, name: 'openapi.json', title: 'The sobot-cc contract as JSON',
      description: 'The same contract as openapi.yaml, as JSON.', mimeType: 'application/json', read: () => JSON.stringify(doc),
    },
    {
      uri: RESOURCE_URIS.rules, name: 'tool-rules.json', title: 'Rules of each tool beyond its input schema',
      description: 'Per tool: whether it writes or destroys, Idempotency-Key, cross-field rules (x-sobot-field-rules), paging and batch limits.',
      mimeType: 'application/json', read: () => JSON.stringify(toolRules(tools), null, 2),
    },
  ];
}
