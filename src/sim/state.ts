/**
 * The simulator's whole state as plain JSON: what `/__sim/state` exports and loads, what
 * `--state FILE` keeps and what `--data FILE` seeds. Plain records (no classes, no Maps) so an
 * export is `JSON.stringify(state)` and a load is a parse plus the shape check below.
 */

export interface SimAgent {
  agentUUID: string;
  /** work number */
  agentID: string;
  agentName: string;
  /** bound extension number, '' when none */
  ext: string;
  /** bound phone number, '' when none */
  phone: string;
  wrapUpType: 1 | 2;
  wrapUpTime: number;
  loginStatus: number;
  notReadyReasonCode: number;
  createTimeMs: number;
  updateTimeMs: number;
}

export interface SimSkillGroupMember {
  agentUUID: string;
  level: number;
  checkin: boolean;
}

export interface SimSkillGroup {
  queueID: string;
  queueName: string;
  /** a string of digits, as the vendor sends it on create */
  queueWeight: string;
  members: SimSkillGroupMember[];
}

export interface SimExtension {
  ext: string;
  password: string;
  /** the agent it is bound to, or absent */
  agentUUID?: string;
  bindTime?: number;
}

export interface SimForbiddenNumber {
  callNumber: string;
  numberType: number;
  callType: number;
  enabled: number;
  expirationTime?: string;
  zoneId?: string;
  description?: string;
}

export interface SimRelayNumber {
  gatewayNumber: string;
  alias: string;
  remark: string;
  enabledCode: 0 | 1 | 2;
}

export interface SimOutboundTask {
  id: string;
  code: string;
  name: string;
  /** UUID of the agent who created it (the only one who may import into it) */
  creatorUUID: string;
  dataTemplateCode: string;
  wrapUpTemplateCode: string;
  scheduleStartTime: number;
  scheduleEndTime: number;
  scheduleTimeZoneId?: string;
  description: string;
  creationTime: number;
  state: number;
}

/** One accepted import call: its counts become visible at `settleAt`. */
export interface SimImportChunk {
  acceptedAt: number;
  settleAt: number;
  success: number;
  repeat: number;
  error: number;
}

export interface SimCallingListRow {
  telephone: string;
  name?: string;
  /** agent UUID the row is assigned to, absent when unassigned */
  agentUUID?: string;
}

export interface SimCallingListError {
  /** 1-based position over every row sent to this calling list */
  row: number;
  telephone: string;
  field: string;
  reason: string;
}

export interface SimCallingList {
  callingListCode: string;
  campaignId: string;
  removeDuplicatesRule: string;
  creationTime: number;
  rowsSeen: number;
  chunks: SimImportChunk[];
  rows: SimCallingListRow[];
  errors: SimCallingListError[];
}

export interface SimContactPlan {
  id: string;
  name: string;
  bak?: string;
  scheduleStartTime: number;
  scheduleEndTime: number;
  customerPhoneNumber: string;
  executorUUID: string;
  creatorUUID: string;
  zoneId?: string;
  zoneValue?: string;
  creationTime: number;
}

export interface SimIvrFlow {
  code: string;
  name: string;
  remarks?: string;
}

export interface SimState {
  /** format version of this document */
  version: 1;
  /** counter behind every generated id, so a replayed sequence of requests gives the same ids */
  seq: number;
  agents: SimAgent[];
  skillGroups: SimSkillGroup[];
  extensions: SimExtension[];
  forbiddenNumbers: SimForbiddenNumber[];
  relayNumbers: SimRelayNumber[];
  outboundTasks: SimOutboundTask[];
  callingLists: SimCallingList[];
  contactPlans: SimContactPlan[];
  ivrFlows: SimIvrFlow[];
}

const LISTS = ['agents', 'skillGroups', 'extensions', 'forbiddenNumbers', 'relayNumbers', 'outboundTasks', 'callingLists', 'contactPlans', 'ivrFlows'] as const;

export function emptyState(): SimState {
  return {
    version: 1, seq: 0, agents: [], skillGroups: [], extensions: [], forbiddenNumbers: [], relayNumbers: [],
    outboundTasks: [], callingLists: [], contactPlans: [], ivrFlows: [],
  };
}

/**
 * A state document read from a file or the admin API: missing lists become empty (a data file
 * may hold only agents), anything else that is not a list is refused with the field named.
 */
export function parseState(doc: unknown, source: string): SimState {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${source}: a state document must be a JSON object`);
  const d = doc as Record<string, unknown>;
  if (d.version !== undefined && d.version !== 1) throw new Error(`${source}: /version must be 1, got ${JSON.stringify(d.version)}`);
  const state = emptyState();
  for (const key of LISTS) {
    const v = d[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) throw new Error(`${source}: /${key} must be an array`);
    v.forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) throw new Error(`${source}: /${key}/${i} must be an object`);
    });
    (state as unknown as Record<string, unknown>)[key] = structuredClone(v);
  }
  if (d.seq !== undefined) {
    if (!Number.isInteger(d.seq) || (d.seq as number) < 0) throw new Error(`${source}: /seq must be a non-negative integer`);
    state.seq = d.seq as number;
  }
  requireAndDefault(state, source);
  return state;
}

/** The keys each record cannot do without; named with their pointer when missing. */
const REQUIRED: { [K in (typeof LISTS)[number]]: string[] } = {
  agents: ['agentUUID', 'agentID'],
  skillGroups: ['queueID'],
  extensions: ['ext', 'password'],
  forbiddenNumbers: ['callNumber', 'callType', 'enabled'],
  relayNumbers: ['gatewayNumber', 'enabledCode'],
  outboundTasks: ['id', 'code', 'creatorUUID'],
  callingLists: ['callingListCode', 'campaignId'],
  contactPlans: ['id', 'customerPhoneNumber'],
  ivrFlows: ['code', 'name'],
};

/** Refuses records without their key fields; fills the defaults a hand-written data file may leave out. */
function requireAndDefault(state: SimState, source: string): void {
  for (const key of LISTS) {
    (state[key] as unknown as Record<string, unknown>[]).forEach((item, i) => {
      for (const field of REQUIRED[key]) {
        if (item[field] === undefined || item[field] === null || item[field] === '') throw new Error(`${source}: /${key}/${i}/${field} is required`);
      }
    });
  }
  for (const a of state.agents) {
    a.agentName ??= a.agentID;
    a.ext ??= '';
    a.phone ??= '';
    a.wrapUpType ??= 1;
    a.wrapUpTime ??= 0;
    a.loginStatus ??= 0;
    a.notReadyReasonCode ??= 0;
    a.createTimeMs ??= 0;
    a.updateTimeMs ??= a.createTimeMs;
  }
  for (const g of state.skillGroups) {
    g.queueName ??= g.queueID;
    g.queueWeight ??= '0';
    g.members ??= [];
  }
  for (const t of state.outboundTasks) {
    t.name ??= t.code;
    t.dataTemplateCode ??= '';
    t.wrapUpTemplateCode ??= '';
    t.scheduleStartTime ??= 0;
    t.scheduleEndTime ??= 0;
    t.description ??= '';
    t.creationTime ??= 0;
    t.state ??= 1;
  }
  for (const l of state.callingLists) {
    l.removeDuplicatesRule ??= 'NonRemoveDuplicates';
    l.creationTime ??= 0;
    l.rowsSeen ??= 0;
    l.chunks ??= [];
    l.rows ??= [];
    l.errors ??= [];
  }
  for (const r of state.relayNumbers) {
    r.alias ??= '';
    r.remark ??= '';
  }
}
