/** Published IVR flows, paged (at most 50 a page, a contract limit). They change only by loading data. */
import type { components } from '../../../generated/types.js';
import { page } from '../paging.js';
import type { Handler } from '../context.js';
import { requireAgent } from './agents.js';

type S = components['schemas'];

const searchPublishedIvrFlows: Handler = (ctx) => {
  const b = (ctx.body ?? {}) as S['SearchIvrFlowsRequest'];
  if (b.operator !== undefined) requireAgent(ctx.state, b.operator, b.agentType, '/body/operator');
  const list = ctx.state.ivrFlows.map((f): S['IvrFlow'] => ({ name: f.name, code: f.code, ...(f.remarks !== undefined && { remarks: f.remarks }) }));
  return { kind: 'SearchIvrResponse', data: page(ctx.op, b, list), message: 'Request service done' };
};

export const ivrFlowHandlers = { searchPublishedIvrFlows };
