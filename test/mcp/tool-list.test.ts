/**
 * tools/list, as an MCP client receives it, against expectations read straight from
 * openapi.yaml here (with the yaml parser, not through the generated table or the server's
 * own spec reader): one tool per secured operation, named after its operationId, with the
 * annotations its vendor extensions mean and the seed's limits in its input schema.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { startMcpSession, type McpSession } from './support.js';

type Obj = Record<string, any>;
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Obj;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const deref = (node: Obj | undefined): Obj => {
  let cur = node;
  while (cur && typeof cur.$ref === 'string') cur = cur.$ref.slice(2).split('/').reduce((a: Obj, k: string) => a?.[k], spec);
  return cur ?? {};
};
const operations = Object.entries(spec.paths as Obj).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method): Obj => ({ path, method, ...(item[method] as Obj) })));
/** createCompanyToken is the one operation with `security: []`: the server does it itself. */
const secured = operations.filter((op) => !(Array.isArray(op.security) && op.security.length === 0));
const snake = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

let session: McpSession;
let tools: Tool[];
beforeAll(async () => {
  session = await startMcpSession();
  tools = (await session.client.listTools()).tools;
});
afterAll(() => session?.close());
const toolOf = (operationId: string) => tools.find((t) => t.name === snake(operationId));

describe('tools/list', () => {
  it('has one tool per operation of the contract but the token operation, named snake_case after its operationId', () => {
    expect(secured).toHaveLength(operations.length - 1);
    expect(tools.map((t) => t.name).sort()).toEqual(secured.map((op) => snake(op.operationId)).sort());
    for (const t of tools) expect(t.name).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
  });

  it.each(secured.map((op) => [op.operationId, op] as const))('%s: title, description and annotations from the spec', (_id, op) => {
    const tool = toolOf(op.operationId)!;
    const safe = op['x-sobot-safe'] === true;
    expect(tool.title).toBe(op.summary.trim());
    expect(tool.description).toContain(op.summary.trim());
    expect(tool.description).toContain(op.description.trim().split('\n')[0]);
    expect(tool.annotations).toEqual({
      title: op.summary.trim(),
      readOnlyHint: safe,
      destructiveHint: !safe && op['x-sobot-destructive'] === true,
      idempotentHint: safe || op['x-sobot-idempotent'] === true,
      openWorldHint: true,
    });
  });

  it('marks exactly the deletes, unbinds, member removal and overwritten agent settings destructive', () => {
    expect(tools.filter((t) => t.annotations?.destructiveHint).map((t) => t.name).sort())
      .toEqual(['delete_skill_group', 'unbind_agent_setting', 'update_agent_setting', 'update_skill_group_members']);
  });

  it.each(secured.map((op) => [op.operationId, op] as const))('%s: every request field is an argument, with its limits and enum', (_id, op) => {
    const tool = toolOf(op.operationId)!;
    const props = tool.inputSchema.properties as Obj;
    const body = op.requestBody ? deref(deref(op.requestBody).content['application/json'].schema) : undefined;
    const fields: [string, Obj, boolean][] = [];
    if (body?.type === 'array') fields.push(['items', body, deref(op.requestBody).required === true]);
    const collect = (s: Obj) => {
      for (const part of s.allOf ?? []) collect(deref(part));
      for (const [name, node] of Object.entries((s.properties ?? {}) as Obj)) fields.push([name, deref(node), (s.required ?? []).includes(name)]);
    };
    if (body && body.type !== 'array') collect(body);
    for (const raw of op.parameters ?? []) {
      const p = deref(raw);
      // the SDK makes an Idempotency-Key when none is given, so the tool does not require one
      fields.push([p.name, deref(p.schema), p.required === true && p.name !== 'Idempotency-Key']);
    }
    expect(Object.keys(props).sort()).toEqual([...fields.map(([n]) => n), ...(op['x-sobot-paging'] ? ['limit'] : [])].sort());
    for (const [name, s, required] of fields) {
      for (const k of ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'default']) {
        if (s[k] !== undefined) expect(props[name][k], `${name}.${k}`).toEqual(s[k]);
      }
      if (s.enum) expect(props[name].enum, `${name}.enum`).toEqual(expect.arrayContaining(s.enum));
      if (s.maxItems !== undefined) expect(props[name].maxItems, `${name}.maxItems`).toBeLessThanOrEqual(s.maxItems);
      if (s['x-enum-descriptions']) {
        for (const meaning of s['x-enum-descriptions']) expect(tool.description, `${name} meanings`).toContain(String(meaning).trim());
      }
      expect(((tool.inputSchema.required ?? []) as string[]).includes(name), `${name} required`).toBe(required);
    }
    expect(tool.inputSchema.additionalProperties).toBe(false);
  });

  it('caps the rows of every bulk tool at x-sobot-batch.maxItems', () => {
    const bulk = secured.filter((op) => op['x-sobot-batch']);
    expect(bulk.map((op) => op.operationId).sort()).toEqual(['createContactPlans', 'importCallingList', 'importForbiddenNumbers']);
    for (const op of bulk) {
      const { itemsPointer, maxItems } = op['x-sobot-batch'];
      const arg = itemsPointer === '' ? 'items' : itemsPointer.slice(1);
      expect((toolOf(op.operationId)!.inputSchema.properties as Obj)[arg].maxItems, op.operationId).toBe(maxItems);
    }
  });

  it('gives every tool an object output schema: the typed data, page walks, or row outcomes', () => {
    for (const op of secured) {
      const out = toolOf(op.operationId)!.outputSchema as Obj;
      expect(out.type, op.operationId).toBe('object');
      if (op['x-sobot-batch']) expect(out.properties.rows.items.properties.outcome.enum).toContain('rejected');
      else expect(out.properties.data, op.operationId).toBeDefined();
      if (op['x-sobot-paging'] && !op['x-sobot-batch']) expect(Object.keys(out.properties)).toEqual(['data', 'items', 'count', 'more']);
    }
  });

  it('describes secrets in output schemas as redacted', () => {
    const data = (toolOf('searchExtensions')!.outputSchema as Obj).properties.data;
    expect(data.properties.list.items.properties.password.description).toContain('[REDACTED]');
  });

  it('tells in its instructions which tools write and which destroy', () => {
    const text = session.client.getInstructions() ?? '';
    for (const op of secured.filter((o) => o['x-sobot-safe'] !== true)) expect(text).toContain(snake(op.operationId));
    expect(text).toMatch(/delete or overwrite data — confirm with the user first: .*delete_skill_group/);
  });
});

describe('resources', () => {
  it('offers the contract, as written and as JSON, and the rules of each tool', async () => {
    const { resources } = await session.client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(['sobot-cc://contract/openapi.yaml', 'sobot-cc://contract/openapi.json', 'sobot-cc://contract/tool-rules.json']);
    const yaml = await session.client.readResource({ uri: 'sobot-cc://contract/openapi.yaml' });
    expect((yaml.contents[0] as { text: string }).text).toBe(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
    const rules = JSON.parse(((await session.client.readResource({ uri: 'sobot-cc://contract/tool-rules.json' })).contents[0] as { text: string }).text) as Obj[];
    const outbound = rules.find((r) => r.operationId === 'searchOutboundTasks')!;
    expect(outbound.fieldRules.map((r: Obj) => r.rule)).toEqual(
      spec.paths['/callservice/v6/cc-outbound/api/campaigns/getList'].post['x-sobot-field-rules'].map((r: Obj) => r.rule));
    await expect(session.client.readResource({ uri: 'sobot-cc://nope' })).rejects.toThrow(/unknown resource/);
  });
});
