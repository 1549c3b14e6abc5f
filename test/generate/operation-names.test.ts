// The names the generator derives from the spec and writes into the operation tables (facade
// group, CLI command, MCP tool, import kind), on small documents written here: how a tag becomes
// a group key, and the refusal of a spec where two operations would get one name, which would
// leave one of them unreachable from the SDK, the CLI or the MCP server.
import { describe, expect, it } from 'vitest';
import { buildOperationTable, renderOperationTable, renderRuntimeOperationTable } from '../../scripts/generate/operation-table.js';
import type { JsonObject } from '../../scripts/generate/spec.js';

interface Op {
  operationId: string;
  tag: string;
  sdkMethod: string;
  bulk?: boolean;
}

/** A valid document with one POST operation per entry, at /p0, /p1, … */
function spec(ops: Op[]): JsonObject {
  const paths: JsonObject = {};
  ops.forEach((o, i) => {
    paths[`/p${i}`] = {
      post: {
        operationId: o.operationId,
        tags: [o.tag],
        summary: o.operationId,
        description: o.operationId,
        'x-sobot-sdk-method': o.sdkMethod,
        ...(o.bulk && { 'x-sobot-batch': { itemsPointer: '/items', maxItems: 10, maxItemsSource: 'default' } }),
        responses: { 200: { description: 'ok' } },
      },
    };
  });
  return { openapi: '3.0.3', info: { title: 't', version: '1' }, paths };
}

const row = (doc: JsonObject, id: string) => buildOperationTable(doc).find((r) => r.operationId === id)!;

describe('facade group keys from tags', () => {
  it.each([
    ['Agents', 'agents'],
    ['Skill groups', 'skillGroups'],
    ['IVR flows', 'ivrFlows'],
    ['Relay-numbers', 'relayNumbers'],
    ['calling_lists', 'callingLists'],
    ['Outbound call-task_Imports', 'outboundCallTaskImports'],
    ['forbidden numbers list', 'forbiddenNumbersList'],
    ['Call IVR', 'callIVR'], // later words keep their capitals: only the first letter is raised
  ])('%s → %s', (tag, key) => {
    const doc = spec([{ operationId: 'searchThings', tag, sdkMethod: 'list' }]);
    expect(row(doc, 'searchThings').group).toBe(key);
  });

  it('writes the group into both tables, and the CLI names into the full one only', () => {
    const doc = spec([
      { operationId: 'searchIVRFlows', tag: 'IVR flows', sdkMethod: 'list' },
      { operationId: 'importForbiddenNumbers', tag: 'Forbidden numbers', sdkMethod: 'import', bulk: true },
    ]);
    expect(row(doc, 'searchIVRFlows')).toMatchObject({ group: 'ivrFlows', command: 'search-ivr-flows', tool: 'search_ivr_flows', importKind: null });
    expect(row(doc, 'importForbiddenNumbers')).toMatchObject({
      group: 'forbiddenNumbers', command: 'import-forbidden-numbers', tool: 'import_forbidden_numbers', importKind: 'forbidden-numbers',
    });
    const full = renderOperationTable(doc);
    const runtime = renderRuntimeOperationTable(doc);
    expect(full).toContain('"command": "import-forbidden-numbers"');
    expect(full).toContain('"importKind": "forbidden-numbers"');
    expect(runtime).toContain('"group":"forbiddenNumbers"');
    const runtimeRows = runtime.slice(runtime.indexOf('export const operations'));
    for (const cliOnly of ['"command"', '"tool"', '"importKind"']) expect(runtimeRows).not.toContain(cliOnly);
  });
});

describe('two operations with one name are refused, naming both', () => {
  it('one facade method: tags that differ only in separators give one group', () => {
    const doc = spec([
      { operationId: 'searchSkillGroups', tag: 'Skill groups', sdkMethod: 'list' },
      { operationId: 'listSkillGroups', tag: 'skill-groups', sdkMethod: 'list' },
    ]);
    expect(() => buildOperationTable(doc)).toThrow('searchSkillGroups and listSkillGroups would both get the facade method sobot.skillGroups.list');
  });

  it('one facade method in one tag', () => {
    const doc = spec([
      { operationId: 'getAgent', tag: 'Agents', sdkMethod: 'get' },
      { operationId: 'getAgentSetting', tag: 'Agents', sdkMethod: 'get' },
    ]);
    expect(() => buildOperationTable(doc)).toThrow('getAgent and getAgentSetting would both get the facade method sobot.agents.get');
  });

  it('one CLI command and MCP tool: operationIds differing only in the case of a word', () => {
    const doc = spec([
      { operationId: 'getIVRFlow', tag: 'IVR flows', sdkMethod: 'get' },
      { operationId: 'getIvrFlow', tag: 'IVR flows', sdkMethod: 'getOne' },
    ]);
    const refuse = () => buildOperationTable(doc);
    expect(refuse).toThrow('getIVRFlow and getIvrFlow would both get the CLI command get-ivr-flow');
    expect(refuse).toThrow('getIVRFlow and getIvrFlow would both get the MCP tool get_ivr_flow');
  });

  it('one import kind: two bulk operations with one noun after different verbs', () => {
    const doc = spec([
      { operationId: 'importCallingList', tag: 'Calling lists', sdkMethod: 'import', bulk: true },
      { operationId: 'appendCallingList', tag: 'Calling lists', sdkMethod: 'append', bulk: true },
    ]);
    expect(() => buildOperationTable(doc)).toThrow('importCallingList and appendCallingList would both get the import kind calling-list');
  });

  it('the same method name in two groups is no clash', () => {
    const doc = spec([
      { operationId: 'searchAgents', tag: 'Agents', sdkMethod: 'list' },
      { operationId: 'searchSkillGroups', tag: 'Skill groups', sdkMethod: 'list' },
    ]);
    expect(buildOperationTable(doc).map((r) => `${r.group}.${r.sdkMethod}`)).toEqual(['agents.list', 'skillGroups.list']);
  });
});
