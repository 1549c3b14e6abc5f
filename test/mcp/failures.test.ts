/**
 * What a tool call does when Sobot misbehaves — the SDK's retries, token refresh and
 * Idempotency-Keys at work behind the tool, and a tool error that says whether a write may have
 * been applied and how to repeat it safely. Faults come from the simulator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { startMcpSession, textOf, type McpSession } from './support.js';

let s: McpSession;
beforeAll(async () => { s = await startMcpSession(); });
afterAll(() => s?.close());
beforeEach(() => s.sim.reset());

const ops = () => s.sim.requests().map((e) => e.operationId);

describe('behind a tool call', () => {
  it('a read failing once with 503 is retried by the SDK and the tool succeeds', async () => {
    s.sim.addFault({ operation: 'searchSkillGroups', status: 503, times: 1 });
    const r = await s.call('search_skill_groups', {});
    expect(r.isError, textOf(r)).toBeFalsy();
    expect(ops().filter((o) => o === 'searchSkillGroups')).toHaveLength(2);
  });

  it('an expired token is refreshed once and the call goes through', async () => {
    expect((await s.call('search_relay_numbers', {})).isError).toBeFalsy();
    s.sim.reset();
    s.sim.expireTokens();
    const r = await s.call('search_relay_numbers', {});
    expect(r.isError, textOf(r)).toBeFalsy();
    expect(ops()).toEqual(['searchRelayNumbers', 'createCompanyToken', 'searchRelayNumbers']);
  });

  it('a refusal by Sobot is a tool error in its words', async () => {
    const r = await s.call('get_agent_setting', { agent: '99999', agentType: 0 });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/^get_agent_setting: Sobot refused the request: .*99999/);
  });
});

describe('a write whose outcome is unknown', () => {
  it('without an Idempotency-Key: the error says it may have been applied and to check with a read', async () => {
    s.sim.addFault({ operation: 'createSkillGroup', reset: true, when: 'after', times: 1 });
    const r = await s.call('create_skill_group', { queueName: 'maybe', queueID: '6543' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('It may have been applied: check with a read before calling again (this operation takes no Idempotency-Key).');
    // it was: the connection broke after the simulator applied it, and the SDK did not send it twice
    expect(s.sim.exportState().skillGroups.filter((g) => g.queueID === '6543')).toHaveLength(1);
    expect(ops().filter((o) => o === 'createSkillGroup')).toHaveLength(1);
  });

  it('with one: the error gives the key, and repeating with it applies the task once', async () => {
    // the first attempt is applied and its answer lost; every retry then fails before it is applied
    s.sim.addFault({ operation: 'createOutboundTask', status: 503, when: 'after', times: 1 });
    s.sim.addFault({ operation: 'createOutboundTask', status: 503, skip: 1 });
    const body = { ...examples.createOutboundTask.body.seed, name: 'MCP unknown outcome' };
    const r = await s.call('create_outbound_task', body);
    expect(r.isError).toBe(true);
    const key = /call again with Idempotency-Key "([0-9a-f-]{36})"/.exec(textOf(r))?.[1];
    expect(key, textOf(r)).toBeDefined();
    s.sim.clearFaults();
    const again = await s.call('create_outbound_task', { ...body, 'Idempotency-Key': key });
    expect(again.isError, textOf(again)).toBeFalsy();
    expect(s.sim.exportState().outboundTasks.filter((t) => t.name === 'MCP unknown outcome')).toHaveLength(1);
  });
});
