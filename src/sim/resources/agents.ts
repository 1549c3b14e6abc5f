/**
 * Agent settings: query, modify and unbind an agent's extension, phone and wrap-up, and the call
 * agent list with its filters. Binding an extension here is what marks it bound in the
 * extension list (and unbinding frees it), so the two views of a binding always agree.
 */
import type { components } from '../../../generated/types.js';
import { SimFailure } from '../envelope.js';
import { localTime } from '../local-time.js';
import type { Handler, SimContext } from '../context.js';
import type { SimAgent, SimState } from '../state.js';

type S = components['schemas'];

/** `agentType` in either of the vendor's forms: 0/"0" work number (also when absent), 1/"1" UUID. */
export function findAgent(state: SimState, agent: string, agentType: unknown): SimAgent | undefined {
  const byUuid = String(agentType ?? '0') === '1';
  return state.agents.find((a) => (byUuid ? a.agentUUID === agent : a.agentID === agent));
}

export function requireAgent(state: SimState, agent: string, agentType: unknown, field: string): SimAgent {
  const found = findAgent(state, agent, agentType);
  if (!found) {
    const how = String(agentType ?? '0') === '1' ? 'agent UUID' : 'work number';
    throw new SimFailure(404, `${field}: no agent with ${how} ${JSON.stringify(agent)}`);
  }
  return found;
}

export function setting(a: SimAgent): S['AgentSetting'] {
  return {
    agentUUID: a.agentUUID, agentID: a.agentID, agentName: a.agentName,
    ...(a.ext && { ext: a.ext }), ...(a.phone && { phone: a.phone }),
    wrapUpType: a.wrapUpType, wrapUpTime: a.wrapUpTime,
  };
}

function unbindExtension(ctx: SimContext, a: SimAgent): void {
  const e = ctx.state.extensions.find((x) => x.ext === a.ext);
  if (e) {
    delete e.agentUUID;
    delete e.bindTime;
  }
  a.ext = '';
}

const getAgentSetting: Handler = (ctx) => {
  const q = ctx.query as { agent: string; agentType: number };
  return { kind: 'Agent', data: setting(requireAgent(ctx.state, q.agent, q.agentType, '/query/agent')), message: 'ok' };
};

const updateAgentSetting: Handler = (ctx) => {
  const b = ctx.body as S['UpdateAgentSettingRequest'];
  const a = requireAgent(ctx.state, b.agent, b.agentType, '/body/agent');
  if (b.ext !== undefined && b.ext !== a.ext) {
    const e = ctx.state.extensions.find((x) => x.ext === b.ext);
    if (!e) throw new SimFailure(404, `/body/ext: no extension ${b.ext} (create it with createExtension first)`);
    if (e.agentUUID && e.agentUUID !== a.agentUUID) throw new SimFailure(409, `/body/ext: extension ${b.ext} is bound to another agent`);
    unbindExtension(ctx, a);
    e.agentUUID = a.agentUUID;
    e.bindTime = ctx.now;
    a.ext = b.ext;
  }
  if (b.phone !== undefined) a.phone = b.phone;
  if (b.wrapUpType !== undefined) a.wrapUpType = b.wrapUpType;
  a.wrapUpTime = b.wrapUpTime;
  a.updateTimeMs = ctx.now;
  // the vendor marks every field present in this answer: unbound numbers are empty strings
  return { kind: 'Agent', data: { ...setting(a), ext: a.ext, phone: a.phone }, message: 'ok' };
};

const unbindAgentSetting: Handler = (ctx) => {
  const b = ctx.body as S['UnbindAgentSettingRequest'];
  const a = requireAgent(ctx.state, b.agent, b.agentType, '/body/agent');
  // numberType absent: both numbers (the seed gives no default; unbinding less than asked would surprise more)
  const what = b.numberType ?? 2;
  if (what === 0 || what === 2) unbindExtension(ctx, a);
  if (what === 1 || what === 2) a.phone = '';
  a.updateTimeMs = ctx.now;
  return { kind: 'Agent', data: setting(a), message: 'ok' };
};

const searchCallAgents: Handler = (ctx) => {
  const f = (ctx.body ?? {}) as S['SearchCallAgentsRequest'];
  const inQueue = f.queue === undefined ? undefined : new Set(ctx.state.skillGroups.find((g) => g.queueID === f.queue)?.members.map((m) => m.agentUUID) ?? []);
  const list = ctx.state.agents
    .filter((a) => (f.agentName === undefined || a.agentName.includes(f.agentName))
      && (f.agentID === undefined || a.agentID.includes(f.agentID))
      && (f.ext === undefined || a.ext.includes(f.ext))
      && (f.agentStatus === undefined || a.loginStatus === f.agentStatus)
      && (inQueue === undefined || inQueue.has(a.agentUUID)))
    .map((a): S['CallAgent'] => ({
      agentUUID: a.agentUUID, agentID: a.agentID, agentName: a.agentName, ...(a.ext && { ext: a.ext }), ...(a.phone && { agentPhone: a.phone }),
      loginStatus: a.loginStatus, notReadyReasonCode: a.notReadyReasonCode,
      createTime: localTime(a.createTimeMs, ctx.timeZone), updateTime: localTime(a.updateTimeMs, ctx.timeZone),
      createTimeMs: a.createTimeMs, updateTimeMs: a.updateTimeMs,
    }));
  return { kind: 'Agent', data: list, message: 'ok' };
};

export const agentHandlers = { getAgentSetting, updateAgentSetting, unbindAgentSetting, searchCallAgents };
