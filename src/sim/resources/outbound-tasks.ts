/**
 * Outbound tasks: create, and list with the code, creation-window and creator filters (the
 * 12-month window itself is a contract rule, checked before this runs). A task's figures count
 * the calling-list rows imported into it; nothing is ever dialled, so execution and answer
 * figures stay zero.
 */
import type { components } from '../../../generated/types.js';
import { nextCode, nextHexId } from '../ids.js';
import { page } from '../paging.js';
import type { Handler } from '../context.js';
import type { SimOutboundTask, SimState } from '../state.js';
import { findAgent, requireAgent } from './agents.js';

type S = components['schemas'];

const createOutboundTask: Handler = (ctx) => {
  const b = ctx.body as S['CreateOutboundTaskRequest'];
  const creator = requireAgent(ctx.state, b.agentID, b.agentType, '/body/agentID');
  const task: SimOutboundTask = {
    id: nextHexId(ctx.state, 'campaign'), code: nextCode(ctx.state, 'campaign-code'), name: b.name, creatorUUID: creator.agentUUID,
    dataTemplateCode: b.dataTemplateCode, wrapUpTemplateCode: b.wrapUpTemplateCode,
    scheduleStartTime: b.scheduleStartTime, scheduleEndTime: b.scheduleEndTime,
    ...(b.scheduleTimeZoneId !== undefined && { scheduleTimeZoneId: b.scheduleTimeZoneId }),
    description: b.description ?? '', creationTime: ctx.now, state: 1,
  };
  ctx.state.outboundTasks.push(task);
  return { kind: 'ApiRespCampaignsVO', data: { id: task.id, code: task.code } };
};

function figures(state: SimState, task: SimOutboundTask) {
  let records = 0;
  let unassigned = 0;
  const agents = new Set<string>();
  for (const list of state.callingLists) {
    if (list.campaignId !== task.id) continue;
    for (const row of list.rows) {
      records++;
      if (row.agentUUID) agents.add(row.agentUUID);
      else unassigned++;
    }
  }
  return { contactRecordCount: records, contactUnassignedCount: unassigned, agentCount: agents.size };
}

const searchOutboundTasks: Handler = (ctx) => {
  const b = ctx.body as S['SearchOutboundTasksRequest'];
  const creator = b.agentUUID === undefined || b.agentUUID === '' ? undefined : findAgent(ctx.state, b.agentUUID, b.agentType);
  const list = ctx.state.outboundTasks
    .filter((t) => (b.code === undefined || b.code === '' || t.code === b.code)
      && (b.creationTimeStart === undefined || t.creationTime >= b.creationTimeStart)
      && (b.creationTimeEnd === undefined || t.creationTime <= b.creationTimeEnd)
      && (b.agentUUID === undefined || b.agentUUID === '' || t.creatorUUID === creator?.agentUUID))
    .sort((x, y) => y.creationTime - x.creationTime)
    .map((t): S['OutboundTask'] => ({
      code: t.code, name: t.name, timed: 0, scheduleStartTime: t.scheduleStartTime, scheduleEndTime: t.scheduleEndTime,
      scheduleTimeZoneId: t.scheduleTimeZoneId ?? null, scheduleStartTimeZoneValue: null, scheduleEndTimeZoneValue: null,
      state: t.state, expired: t.scheduleEndTime && t.scheduleEndTime < ctx.now ? 1 : 0, description: t.description, creationTime: t.creationTime,
      ...figures(ctx.state, t),
      contactRecordExecuteCount: 0, contactExecuteRate: '0.00%', contactRecordAnswerCount: 0, contactAnswerRate: '0.00%',
      callDialCount: 0, callAnswerCount: 0, callAnswerRate: '0.00%', callTalkDuration: 0, averageCallTalkDuration: 0,
    }));
  return { kind: 'RespCampaignsVO', data: page(ctx.op, b, list) };
};

export const outboundTaskHandlers = { createOutboundTask, searchOutboundTasks };
