/**
 * Contact plans: one plan per customer phone number, created by `agentID` for `executorId`
 * (both named as `agentType` says). The contract has no read operation for plans: they show in
 * `/__sim/state`.
 */
import type { components } from '../../../generated/types.js';
import { nextHexId } from '../ids.js';
import type { Handler } from '../context.js';
import { requireAgent } from './agents.js';

type S = components['schemas'];

const createContactPlans: Handler = (ctx) => {
  const b = ctx.body as S['CreateContactPlansRequest'];
  const creator = requireAgent(ctx.state, b.agentID, b.agentType, '/body/agentID');
  const executor = requireAgent(ctx.state, b.executorId, b.agentType, '/body/executorId');
  const minute = (ms: number) => ms - (ms % 60_000); // "accurate in minutes": seconds are dropped
  const ids = b.customerPhoneNumberList.map((phone) => {
    const id = nextHexId(ctx.state, 'contact-plan');
    ctx.state.contactPlans.push({
      id, name: b.name, ...(b.bak !== undefined && { bak: b.bak }),
      scheduleStartTime: minute(b.scheduleStartTime), scheduleEndTime: minute(b.scheduleEndTime), customerPhoneNumber: phone,
      executorUUID: executor.agentUUID, creatorUUID: creator.agentUUID,
      ...(b.zoneId !== undefined && { zoneId: b.zoneId }), ...(b.zoneValue !== undefined && { zoneValue: b.zoneValue }), creationTime: ctx.now,
    });
    return id;
  });
  return { kind: 'List', data: ids };
};

export const contactPlanHandlers = { createContactPlans };
