/**
 * Calling-list imports. Chunks sent under one `callingListCode` accumulate in one calling list
 * of one task; each row is refused (bad number, unknown `allocationAgent`, forbidden number when
 * filtering is asked), counted as a repeat (as `removeDuplicatesRule` says: within the list, the
 * task or the whole tenant) or imported. A chunk's counts show in the import results only after
 * the settle delay, as the vendor imports asynchronously.
 */
import type { components } from '../../../generated/types.js';
import { SimFailure } from '../envelope.js';
import { localDate } from '../local-time.js';
import { page } from '../paging.js';
import type { Handler, SimContext } from '../context.js';
import type { SimAgent, SimCallingList, SimOutboundTask, SimState } from '../state.js';
import { requireAgent } from './agents.js';

type S = components['schemas'];

/** The request as this handler reads it (the generated type is a union over how the task is named). */
interface ImportBody {
  agentID: string;
  agentType?: string | null;
  campaignId?: string | null;
  code?: string | null;
  callingListCode: string;
  removeDuplicatesRule: S['RemoveDuplicatesRule'];
  enableFilterDoNotCallListNumber?: string | null;
  assignRule: string;
  assignAgentAndCount?: S['AgentAssignment'][] | null;
  dataDetails: S['CallingListEntry'][];
}

/** Telephones per calling list, built on first use: not part of the exported state. */
const phoneIndex = new WeakMap<SimCallingList, Set<string>>();
function phonesOf(list: SimCallingList): Set<string> {
  let set = phoneIndex.get(list);
  if (!set) phoneIndex.set(list, (set = new Set(list.rows.map((r) => r.telephone))));
  return set;
}

/** A number a vendor would dial: digits, optionally after a leading +, 3 to 20 of them (our reading). */
const DIALLABLE = /^\+?[0-9]{3,20}$/;

function findTask(ctx: SimContext, b: { campaignId?: string | null; code?: string | null }): SimOutboundTask | undefined {
  // the seed: campaignId is the key when not blank, otherwise code
  if (b.campaignId) {
    const t = ctx.state.outboundTasks.find((x) => x.id === b.campaignId);
    if (!t) throw new SimFailure(404, `/body/campaignId: no outbound task ${b.campaignId}`);
    return t;
  }
  if (b.code) {
    const t = ctx.state.outboundTasks.find((x) => x.code === b.code);
    if (!t) throw new SimFailure(404, `/body/code: no outbound task with code ${b.code}`);
    return t;
  }
  return undefined;
}

function forbiddenSet(ctx: SimContext): Set<string> {
  const today = localDate(ctx.now, ctx.timeZone);
  // numbers that may not be dialled: enabled, outbound, not past their expiry date
  return new Set(ctx.state.forbiddenNumbers
    .filter((f) => f.enabled === 1 && f.callType === 3 && (!f.expirationTime || f.expirationTime >= today))
    .map((f) => f.callNumber));
}

function duplicateScope(state: SimState, list: SimCallingList, rule: string): SimCallingList[] {
  switch (rule) {
    case 'RemoveDuplicatesInCallingList': return [list];
    case 'RemoveDuplicatesInCampaign': return state.callingLists.filter((l) => l.campaignId === list.campaignId);
    case 'RemoveDuplicatesInTenant': return state.callingLists;
    default: return [];
  }
}

/** Who gets each imported row, as `assignRule` says. */
function assigner(ctx: SimContext, b: ImportBody): (row: S['CallingListEntry']) => SimAgent | undefined {
  const quotas = (b.assignAgentAndCount ?? []).map((q, i) => ({ agent: requireAgent(ctx.state, q.agentID, '1', `/body/assignAgentAndCount/${i}/agentID`), left: q.count }));
  const byWorkNo = new Map(ctx.state.agents.map((a) => [a.agentID, a]));
  let turn = 0;
  return (row) => {
    if (b.assignRule === 'NoAssign') return undefined;
    if (b.assignRule === 'AssignAppoint' && row.allocationAgent) return byWorkNo.get(row.allocationAgent);
    const open = quotas.filter((q) => q.left > 0);
    if (open.length === 0) return undefined;
    const q = b.assignRule === 'AssignAverage' ? open[turn++ % open.length]! : open[0]!;
    q.left--;
    return q.agent;
  };
}

const importCallingList: Handler = (ctx) => {
  const b = ctx.body as ImportBody;
  const agent = requireAgent(ctx.state, b.agentID, b.agentType, '/body/agentID');
  const task = findTask(ctx, b);
  if (!task) throw new SimFailure(400, '/body/campaignId: campaignId or code must name the outbound task (both are blank)');
  if (task.creatorUUID !== agent.agentUUID) throw new SimFailure(403, `/body/campaignId: task ${task.id} was created by another agent; only its creator may import into it`);
  let list = ctx.state.callingLists.find((l) => l.callingListCode === b.callingListCode);
  if (list && list.campaignId !== task.id) throw new SimFailure(409, `/body/callingListCode: ${b.callingListCode} already belongs to another task and cannot be reused`);
  if (list && list.removeDuplicatesRule !== b.removeDuplicatesRule) {
    throw new SimFailure(409, `/body/removeDuplicatesRule: calling list ${b.callingListCode} was started with ${list.removeDuplicatesRule}; a batch keeps one rule`);
  }
  const assign = assigner(ctx, b); // refuses unknown agents before anything is applied
  if (!list) {
    list = { callingListCode: b.callingListCode, campaignId: task.id, removeDuplicatesRule: b.removeDuplicatesRule, creationTime: ctx.now, rowsSeen: 0, chunks: [], rows: [], errors: [] };
    ctx.state.callingLists.push(list);
  }
  const scope = duplicateScope(ctx.state, list, b.removeDuplicatesRule).map(phonesOf);
  const mine = phonesOf(list);
  const forbidden = b.enableFilterDoNotCallListNumber === 'Filter' ? forbiddenSet(ctx) : undefined;
  const knownWorkNos = new Set(ctx.state.agents.map((a) => a.agentID));
  const chunk = { acceptedAt: ctx.now, settleAt: ctx.now + ctx.settleMs, success: 0, repeat: 0, error: 0 };
  for (const row of b.dataDetails) {
    const n = ++list.rowsSeen;
    const refuse = (field: string, reason: string) => {
      chunk.error++;
      list!.errors.push({ row: n, telephone: row.telephone, field, reason });
    };
    if (!DIALLABLE.test(row.telephone)) refuse('telephone', 'not a phone number (3 to 20 digits, optionally after +)');
    else if (row.allocationAgent !== undefined && !knownWorkNos.has(row.allocationAgent)) refuse('allocationAgent', `no agent with work number ${row.allocationAgent}`);
    else if (forbidden?.has(row.telephone)) refuse('telephone', 'in the forbidden-number list');
    else if (scope.some((s) => s.has(row.telephone))) chunk.repeat++;
    else {
      const to = assign(row);
      list.rows.push({ telephone: row.telephone, ...(row.name !== undefined && { name: row.name }), ...(to && { agentUUID: to.agentUUID }) });
      mine.add(row.telephone);
      chunk.success++;
    }
  }
  list.chunks.push(chunk);
  return { kind: 'ApiRespCampaignsVO', data: { campaignId: task.id, callingListCode: list.callingListCode, code: task.code } };
};

const getCallingListImportResults: Handler = (ctx) => {
  const b = ctx.body as S['CallingListImportResultsRequest'];
  requireAgent(ctx.state, b.agentID, b.agentType, '/body/agentID');
  const task = findTask(ctx, b);
  const codes = new Map(ctx.state.outboundTasks.map((t) => [t.id, t.code]));
  const list = ctx.state.callingLists
    .filter((l) => (b.callingListCode === undefined || l.callingListCode === b.callingListCode) && (!task || l.campaignId === task.id))
    .map((l): S['CallingListImportResult'] => {
      const settled = l.chunks.filter((c) => c.settleAt <= ctx.now);
      const sum = (k: 'success' | 'repeat' | 'error') => settled.reduce((s, c) => s + c[k], 0);
      const errors = sum('error');
      return {
        campaignId: l.campaignId, code: codes.get(l.campaignId) ?? '', callingListCode: l.callingListCode, creationTime: l.creationTime,
        removeDuplicatesRule: l.removeDuplicatesRule as S['RemoveDuplicatesRule'],
        successCount: sum('success'), repeatCount: sum('repeat'), removeDuplicatesCount: sum('repeat'), errorCount: errors,
        errorReportPath: errors ? `${ctx.baseUrl}/__sim/reports/${encodeURIComponent(l.callingListCode)}.csv` : '',
      };
    });
  return { kind: 'ApiRepsICallListResult', data: page(ctx.op, b, list) };
};

/** The error report behind `errorReportPath`: one CSV line per refused row. */
export function errorReport(state: SimState, callingListCode: string): string | undefined {
  const list = state.callingLists.find((l) => l.callingListCode === callingListCode);
  if (!list) return undefined;
  const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return ['row,telephone,field,reason', ...list.errors.map((e) => [String(e.row), e.telephone, e.field, e.reason].map(cell).join(','))].join('\n') + '\n';
}

export const callingListHandlers = { importCallingList, getCallingListImportResults };
