/**
 * Tool calls through the MCP SDK's own Client against the simulator: reads give typed data,
 * writes change what a later read sees, bad arguments are tool errors that reach nothing,
 * paged reads are bounded, bulk calls answer per row and report progress, and no result
 * carries a secret.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { examples } from '../../generated/examples.js';
import { expectOutputSchema, sessionForFile, textOf } from './support.js';

type Obj = Record<string, any>;

const s = sessionForFile();
beforeEach(() => s.sim.reset());

/** structuredContent checked against the tool's outputSchema here, independently of the client's own check. */
function typed(name: string, r: CallToolResult): Obj {
  expect(r.isError, textOf(r)).toBeFalsy();
  expectOutputSchema(s, name, r);
  expect(JSON.parse(textOf(r))).toEqual(r.structuredContent);
  return r.structuredContent as Obj;
}

/** A refusal: a tool error naming each argument and rule, and not one request at the simulator. */
async function refused(name: string, args: Obj, expected: [argument: string, rule: string][]): Promise<string> {
  s.sim.reset();
  const r = await s.call(name, args);
  const text = textOf(r);
  expect(r.isError, text).toBe(true);
  expect(text).toContain('nothing was sent');
  for (const [argument, rule] of expected) expect(text).toContain(`- ${argument}: ${rule} — `);
  expect(s.sim.requests()).toEqual([]);
  return text;
}

describe('reads', () => {
  it('return the typed data of the envelope, as the simulator holds it', async () => {
    const data = typed('search_skill_groups', await s.call('search_skill_groups', { pageSize: 5, currPage: 2 })).data;
    const groups = s.sim.exportState().skillGroups;
    expect(data.total).toBe(groups.length);
    expect(data.list.map((g: Obj) => g.queueID)).toEqual(groups.slice(5, 10).map((g) => g.queueID));
  });

  it('take a query as arguments (getAgentSetting)', async () => {
    const data = typed('get_agent_setting', await s.call('get_agent_setting', { agent: '1111', agentType: 0 })).data;
    expect(data).toMatchObject({ agentID: '1111', ext: '1000' });
  });

  it('collect up to `limit` items across pages, saying whether more remain, with progress', async () => {
    const progress: number[] = [];
    const out = typed('search_skill_groups', await s.call('search_skill_groups', { limit: 12 }, { onprogress: (p) => progress.push(p.progress) }));
    const ids = s.sim.exportState().skillGroups.map((g) => g.queueID);
    expect(out).toEqual({ items: expect.any(Array), count: 12, more: true });
    expect(out.items.map((g: Obj) => g.queueID)).toEqual(ids.slice(0, 12));
    expect(s.sim.requests({ operationId: 'searchSkillGroups' })).toHaveLength(2);
    expect(progress.at(-1)).toBe(12);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const all = typed('search_skill_groups', await s.call('search_skill_groups', { limit: 500 }));
    expect(all).toMatchObject({ count: ids.length, more: false });
  });

  it('bound a whole list (no paging) with `limit` too', async () => {
    const out = typed('search_call_agents', await s.call('search_call_agents', { limit: 3 }));
    expect(out).toMatchObject({ count: 3, more: true });
  });
});

describe('writes', () => {
  it('change state that a later read sees (create, then delete a skill group)', async () => {
    const created = typed('create_skill_group', await s.call('create_skill_group', { queueName: 'MCP group', queueID: '7777' })).data;
    expect(created).toMatchObject({ queueID: '7777', queueName: 'MCP group' });
    const after = typed('search_skill_groups', await s.call('search_skill_groups', { limit: 500 }));
    expect(after.items.map((g: Obj) => g.queueID)).toContain('7777');

    typed('delete_skill_group', await s.call('delete_skill_group', { queueID: '7777' }));
    const gone = typed('search_skill_groups', await s.call('search_skill_groups', { limit: 500 }));
    expect(gone.items.map((g: Obj) => g.queueID)).not.toContain('7777');
  });

  it('are applied once when repeated with the same Idempotency-Key', async () => {
    const key = randomUUID();
    const body = { ...examples.createOutboundTask.body.seed, name: 'MCP once' };
    const first = typed('create_outbound_task', await s.call('create_outbound_task', { ...body, 'Idempotency-Key': key })).data;
    const again = typed('create_outbound_task', await s.call('create_outbound_task', { ...body, 'Idempotency-Key': key })).data;
    expect(again).toEqual(first);
    expect(s.sim.exportState().outboundTasks.filter((t) => t.name === 'MCP once')).toHaveLength(1);
  });
});

describe('bad arguments are tool errors, and nothing is sent', () => {
  it('an argument the tool does not take', async () => {
    const text = await refused('create_skill_group', { queueName: 'x', queueID: '1', queueId: '2' }, [['queueId', 'additionalProperties']]);
    expect(text).toContain('it takes: queueName, queueID, queueWeight');
  });

  it('a missing required field, and a coded value out of its enum with the allowed values and their meanings', async () => {
    const text = await refused('get_agent_setting', { agentType: 7 }, [['agent', 'required'], ['agentType', 'enum']]);
    expect(text).toMatch(/agentType: enum — must be one of: 0 \(Agent work number\), 1 \(Agent UUID\/id\)/);
  });

  it('a field beyond its limit, deep inside a list', async () => {
    const body = { ...examples.importCallingList.body.seed, dataDetails: [{ telephone: 'x'.repeat(40) }] };
    await refused('import_calling_list', body, [['dataDetails[0].telephone', 'maxLength']]);
  });

  it('a cross-field rule of x-sobot-field-rules', async () => {
    const body = { ...examples.createOutboundTask.body.seed, scheduleEndTime: examples.createOutboundTask.body.seed.scheduleStartTime - 1 };
    await refused('create_outbound_task', body, [['scheduleEndTime', 'scheduleEndAfterStart']]);
  });

  it('limit over its cap, and limit with a page number', async () => {
    await refused('search_extensions', { limit: 501 }, [['limit', 'maximum']]);
    await refused('search_extensions', { limit: 5, currPage: 2 }, [['limit', 'limitOrPage']]);
  });

  it('more rows than the batch limit, and a bad row among good ones (the call is refused whole)', async () => {
    const max = 50; // createContactPlans: the vendor's limit (x-sobot-batch.maxItems)
    const base = examples.createContactPlans.body.seed;
    const many = Array.from({ length: max + 1 }, (_, i) => `1818967${String(i).padStart(4, '0')}`);
    await refused('create_contact_plans', { ...base, customerPhoneNumberList: many }, [['customerPhoneNumberList', 'maxItems']]);
    await refused('import_forbidden_numbers', { items: [{ callNumber: '6588880001', numberType: 1, callType: 3, enabled: 1 }, { callNumber: '6588880002', numberType: 9, callType: 3, enabled: 1 }] },
      [['items[1].numberType', 'enum']]);
  });
});

describe('bulk tools', () => {
  it('answer for every row: accepted, duplicate; the numbers are then on the list', async () => {
    const rows = [
      { callNumber: '6588880001', numberType: 1, callType: 3, enabled: 1 },
      { callNumber: '6588880002', numberType: 1, callType: 3, enabled: 1 },
      { callNumber: '6588880001', numberType: 1, callType: 3, enabled: 1 },
    ];
    const progress: number[] = [];
    const out = typed('import_forbidden_numbers', await s.call('import_forbidden_numbers', { items: rows }, { onprogress: (p) => progress.push(p.progress) }));
    expect(out.rows).toEqual([{ row: 1, outcome: 'accepted' }, { row: 2, outcome: 'accepted' }, { row: 3, outcome: 'duplicate', duplicateOf: 1 }]);
    expect(out.totals).toMatchObject({ rows: 3, accepted: 2, duplicate: 1 });
    expect(s.sim.exportState().forbiddenNumbers.map((n) => n.callNumber)).toEqual(expect.arrayContaining(['6588880001', '6588880002']));
    expect(progress.at(-1)).toBe(3);
  });

  it('poll an asynchronous import (calling lists) until the server counts every row, reporting progress', async () => {
    const task = typed('create_outbound_task', await s.call('create_outbound_task', { ...examples.createOutboundTask.body.seed, agentID: 'e906cc52bfac44b4ae30497fd39c4c4d' })).data;
    const { campaignId: _c, assignAgentAndCount: _a, ...seed } = examples.importCallingList.body.seed;
    const rows = [{ telephone: '6511110001' }, { telephone: '6511110002' }, { telephone: '6511110003' }];
    const progress: { progress: number; total?: number }[] = [];
    const out = typed('import_calling_list', await s.call('import_calling_list',
      { ...seed, code: task.code, assignRule: 'NoAssign', callingListCode: 'MCP1', dataDetails: rows },
      { onprogress: (p) => progress.push(p) }));
    expect(out.totals).toMatchObject({ rows: 3, accepted: 3 });
    expect(out.server).toMatchObject({ callingListCode: 'MCP1' });
    expect(out.results).toMatchObject({ settled: true, successCount: 3 });
    expect(progress.at(-1)).toEqual(expect.objectContaining({ progress: 4, total: 4 }));
  });
});

describe('secrets', () => {
  it('never appear in any result: extension passwords, the app secret, tokens', async () => {
    // 6-8 digits (the contract's rule); digits no id, time or phone number of the data set contains
    const password = '48151623';
    typed('create_extension', await s.call('create_extension', { agentID: '3002', agentType: '0', ext: '7345', password }));
    typed('search_extensions', await s.call('search_extensions', { limit: 500 }));
    await s.call('search_extensions', { pageSize: 'ten' });
    const seen: unknown[] = [];
    const walk = (v: unknown, key = ''): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
      else if (/password|secret|token|sign/i.test(key)) seen.push(v);
    };
    expect(s.results.length).toBeGreaterThan(15);
    for (const r of s.results) {
      const all = JSON.stringify(r);
      expect(all).not.toContain(s.sim.credentials.appSecret);
      expect(all).not.toMatch(/eyJ[\w-]{4,}\.[\w-]{4,}\./);
      expect(all).not.toContain(password);
      walk(r.structuredContent);
    }
    expect(seen.length).toBeGreaterThan(10);
    for (const v of seen) expect(['[REDACTED]', '', null]).toContain(v);
  });
});
