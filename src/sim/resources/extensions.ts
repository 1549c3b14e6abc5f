/**
 * Extension accounts: create (the number and password rules are the contract's patterns, checked
 * before this runs) and list with the bind-status filter. A new extension is not bound: the
 * seed's `agentID` on create names the agent doing it, and binding is what updateAgentSetting
 * does (our reading where the seed is silent; docs/simulator.md).
 */
import type { components } from '../../../generated/types.js';
import { SimFailure } from '../envelope.js';
import { page } from '../paging.js';
import type { Handler } from '../context.js';
import { requireAgent } from './agents.js';

type S = components['schemas'];

const searchExtensions: Handler = (ctx) => {
  const b = (ctx.body ?? {}) as S['SearchExtensionsRequest'];
  const agents = new Map(ctx.state.agents.map((a) => [a.agentUUID, a]));
  const list = ctx.state.extensions
    .filter((e) => b.bindStatus === undefined || (e.agentUUID ? 1 : 0) === b.bindStatus)
    .map((e): S['Extension'] => (e.agentUUID
      ? { ext: e.ext, password: e.password, bindStatus: 1, ...(e.bindTime !== undefined && { bindTime: e.bindTime }), agentUUID: e.agentUUID, agentName: agents.get(e.agentUUID)?.agentName ?? '' }
      : { ext: e.ext, password: e.password, bindStatus: 0 }));
  return { kind: 'Ext', data: page(ctx.op, b, list) };
};

const createExtension: Handler = (ctx) => {
  const b = ctx.body as S['CreateExtensionRequest'];
  requireAgent(ctx.state, b.agentID, b.agentType, '/body/agentID');
  if (ctx.state.extensions.some((e) => e.ext === b.ext)) throw new SimFailure(409, `/body/ext: extension ${b.ext} already exists (an extension number cannot be changed or reused)`);
  ctx.state.extensions.push({ ext: b.ext, password: b.password });
  return { kind: 'Ext', data: { ext: b.ext, password: b.password, langCodeTxt: 'Opus' } };
};

export const extensionHandlers = { searchExtensions, createExtension };
