/**
 * Skill groups: add, delete, list (paged), members (named as `agentType` asks) and bulk member
 * changes. A bulk change is checked whole before anything is applied: one unknown group or
 * agent refuses the call and changes nothing.
 */
import type { components } from '../../../generated/types.js';
import { SimFailure } from '../envelope.js';
import { page } from '../paging.js';
import type { Handler } from '../context.js';
import type { SimAgent } from '../state.js';
import { requireAgent } from './agents.js';

type S = components['schemas'];

const searchSkillGroups: Handler = (ctx) => ({
  kind: 'QueueInfo',
  data: page(ctx.op, ctx.body, ctx.state.skillGroups.map((g): S['SkillGroupSummary'] => ({ queueID: g.queueID, queueName: g.queueName }))),
});

const createSkillGroup: Handler = (ctx) => {
  const b = ctx.body as S['CreateSkillGroupRequest'];
  if (ctx.state.skillGroups.some((g) => g.queueID === b.queueID)) throw new SimFailure(409, `/body/queueID: skill group ${b.queueID} already exists`);
  const group = { queueID: b.queueID, queueName: b.queueName, queueWeight: b.queueWeight ?? '0', members: [] };
  ctx.state.skillGroups.push(group);
  return { kind: 'ApiQueue', data: { queueName: group.queueName, queueID: group.queueID, queueWeight: group.queueWeight } };
};

const deleteSkillGroup: Handler = (ctx) => {
  const b = ctx.body as S['DeleteSkillGroupRequest'];
  const i = ctx.state.skillGroups.findIndex((g) => g.queueID === b.queueID);
  if (i < 0) throw new SimFailure(404, `/body/queueID: no skill group ${b.queueID}`);
  ctx.state.skillGroups.splice(i, 1);
  return { kind: 'QueueInfo', data: {} };
};

const searchSkillGroupMembers: Handler = (ctx) => {
  const b = (ctx.body ?? {}) as S['SearchSkillGroupMembersRequest'];
  const byUuid = b.agentType === '1';
  const agents = new Map(ctx.state.agents.map((a) => [a.agentUUID, a]));
  const data = ctx.state.skillGroups
    .filter((g) => b.queueID === undefined || g.queueID === b.queueID)
    .map((g): S['SkillGroupWithMembers'] => ({
      queueName: g.queueName,
      queueID: g.queueID,
      queueWeight: Number.parseInt(g.queueWeight, 10) || 0,
      agentCount: g.members.length,
      agents: g.members.map((m) => {
        const a = agents.get(m.agentUUID);
        return { agent: byUuid || !a ? m.agentUUID : a.agentID, agentName: a?.agentName ?? '', level: String(m.level), checkin: m.checkin };
      }),
    }));
  return { kind: 'List', data };
};

const updateSkillGroupMembers: Handler = (ctx) => {
  const b = (ctx.body ?? {}) as S['UpdateSkillGroupMembersRequest'];
  const list = b.list ?? [];
  // resolve everything first: nothing is applied unless all of it can be
  const plan = list.map((change, i) => {
    const group = ctx.state.skillGroups.find((g) => g.queueID === change.queueID);
    if (!group) throw new SimFailure(404, `/body/list/${i}/queueID: no skill group ${change.queueID}`);
    const resolve = (side: 'add' | 'remove') => (change[side] ?? []).map((m, j): [SimAgent, typeof m] => [requireAgent(ctx.state, m.agent, b.agentType, `/body/list/${i}/${side}/${j}/agent`), m]);
    return { change, group, add: resolve('add'), remove: resolve('remove') };
  });
  for (const { change, group, add, remove } of plan) {
    if (change.queueName !== undefined) group.queueName = change.queueName;
    if (change.queueWeight !== undefined) group.queueWeight = change.queueWeight;
    for (const [agent, m] of add) {
      const existing = group.members.find((x) => x.agentUUID === agent.agentUUID);
      if (existing) {
        existing.level = m.level ?? existing.level;
        existing.checkin = m.checkin ?? existing.checkin;
      } else group.members.push({ agentUUID: agent.agentUUID, level: m.level ?? 1, checkin: m.checkin ?? false });
    }
    const gone = new Set(remove.map(([agent]) => agent.agentUUID));
    group.members = group.members.filter((x) => !gone.has(x.agentUUID));
  }
  return {
    kind: 'ApiQueueAgent',
    data: {
      agent: null, agentType: b.agentType ?? '0', operator: null,
      list: plan.map(({ change, group }) => ({ ...change, queueName: group.queueName, queueWeight: group.queueWeight })),
    },
  };
};

export const skillGroupHandlers = { searchSkillGroups, createSkillGroup, deleteSkillGroup, searchSkillGroupMembers, updateSkillGroupMembers };
