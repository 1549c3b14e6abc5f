/**
 * The default data set: deterministic (no clock, no randomness), big enough to page through,
 * and holding every agent, extension, group, task and calling list the seed's examples name,
 * so the contract's own examples work against the simulator (openapi.yaml → examples → here).
 */
import { createHash } from 'node:crypto';
import { emptyState, type SimAgent, type SimState } from './state.js';

const DAY = 86_400_000;
const BASE = 1_660_000_000_000; // 2022-08-08, before every seed timestamp it is compared with
const uuid = (s: string) => createHash('md5').update(`sobot-cc-sim/dataset/${s}`).digest('hex');
const NAMES = ['Ava', 'Ben', 'Chen', 'Dara', 'Eli', 'Fang', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mei', 'Nico', 'Omar', 'Pia', 'Qiu', 'Ravi', 'Sara', 'Tom'];

function agent(agentUUID: string, agentID: string, agentName: string, i: number, extra: Partial<SimAgent> = {}): SimAgent {
  return {
    agentUUID, agentID, agentName, ext: '', phone: '', wrapUpType: 1, wrapUpTime: 30,
    loginStatus: i % 3, notReadyReasonCode: i % 3 === 2 ? 11 : 0, createTimeMs: BASE + i * DAY, updateTimeMs: BASE + i * DAY + 3_600_000, ...extra,
  };
}

export function defaultDataset(): SimState {
  const s = emptyState();
  // agents of the seed's examples
  s.agents.push(
    agent('bd4630df3550552ba7c16f27ae9a39cb', '1111', 'test', 0, { ext: '1000', phone: '13800138000', wrapUpType: 2, wrapUpTime: 60, loginStatus: 1 }),
    agent('d2a6a9fb2ab2470cba9af6b6774ef858', '2222', 'test02', 1, { ext: '1001', phone: '18600000000', loginStatus: 2, notReadyReasonCode: 11 }),
    agent('59220de7f88141829a1f38d8698acb26', '5001', 'v6_cs1', 2, { ext: '5001' }),
    agent('7b8ec043e9a24727ad0570ba1b6e82fe', '5002', 'v6_cs2', 3, { ext: '5002' }),
    agent('e906cc52bfac44b4ae30497fd39c4c4d', '12001', 'importer', 4),
    agent('2b82a4acc60647dd814b3db642e75972', '12002', 'assignee', 5),
  );
  const members = [['cef499bccbf44e11a6e78d398cfcce53', 'nicole'], ['0d0132473a7f46c390d1f6441c139980', 'venus'], ['4bd9716e859f4cdaa58218d97776eb0e', 'odin'],
    ['5f98ae6f03ca48c1a9d36d747a736211', 'zane'], ['f3cf4f25fa12483d81cbb764e4b2dfb6', 'ndidn'], ['0910ba8d7bd243a5aa86f0b5bbc77b10', 'patton']] as const;
  members.forEach(([id, name], i) => s.agents.push(agent(id, String(6001 + i), name, 6 + i)));
  // and 30 more, work numbers 3001-3030
  for (let i = 0; i < 30; i++) {
    const workNo = String(3001 + i);
    s.agents.push(agent(uuid(`agent/${workNo}`), workNo, `${NAMES[i % NAMES.length]} ${workNo}`, 12 + i, i % 4 === 0 ? { ext: String(8001 + i), phone: `1390000${workNo}` } : {}));
  }

  // extensions: the seed's, the bound ones above, and unbound ones to page through
  const bindTimes: Record<string, number> = { '5001': 1657682876629, '5002': 1657274393279 };
  for (const a of s.agents) if (a.ext) s.extensions.push({ ext: a.ext, password: '123456', agentUUID: a.agentUUID, bindTime: bindTimes[a.ext] ?? a.createTimeMs });
  for (let i = 0; i < 15; i++) s.extensions.push({ ext: String(9001 + i), password: String(10_000_000 + i * 7919).slice(0, 8) });

  // skill groups: the seed's Group1 with its six members, queue1/queue2 of the list example, 3455 of the bulk-change example, 21 more
  s.skillGroups.push(
    { queueID: '0000', queueName: 'Group1', queueWeight: '0', members: members.map(([id], i) => ({ agentUUID: id, level: 1, checkin: i > 0 })) },
    { queueID: '1111', queueName: 'queue1', queueWeight: '1', members: [{ agentUUID: 'bd4630df3550552ba7c16f27ae9a39cb', level: 1, checkin: true }] },
    { queueID: '2222', queueName: 'queue2', queueWeight: '1', members: [{ agentUUID: 'd2a6a9fb2ab2470cba9af6b6774ef858', level: 2, checkin: false }] },
    { queueID: '3455', queueName: 'skill group 1', queueWeight: '0', members: [] },
  );
  for (let i = 0; i < 21; i++) {
    const id = String(4001 + i);
    const group = s.agents.slice(12 + i, 12 + i + 3).map((a, j) => ({ agentUUID: a.agentUUID, level: 1 + j, checkin: j === 0 }));
    s.skillGroups.push({ queueID: id, queueName: `Queue ${id}`, queueWeight: String(i % 5), members: group });
  }

  s.relayNumbers.push(
    { gatewayNumber: '01051429401', alias: 'nick’s', remark: 'Nick often uses this', enabledCode: 1 },
    { gatewayNumber: '01051429402', alias: 'Lily', remark: 'no use', enabledCode: 2 },
    { gatewayNumber: '01051429403', alias: 'Sales line', remark: '', enabledCode: 1 },
    { gatewayNumber: '01051429404', alias: 'Support line', remark: 'weekdays', enabledCode: 1 },
    { gatewayNumber: '01051429405', alias: 'Old hotline', remark: 'switched off', enabledCode: 0 },
    { gatewayNumber: '01051429406', alias: 'Spare', remark: '', enabledCode: 0 },
  );

  // 33 published flows, as many as the seed's page reports; its two examples first
  s.ivrFlows.push({ name: 'test222', code: '4445', remarks: 'ssf' }, { name: 'test333', code: '1111', remarks: '2222' });
  for (let i = 0; i < 31; i++) s.ivrFlows.push({ name: `flow-${String(i + 1).padStart(2, '0')}`, code: String(7001 + i), remarks: i % 2 ? 'weekday menu' : 'after hours' });

  // the seed's two tasks and its one calling list (one number imported)
  s.outboundTasks.push(
    { id: 'cde0f90801d98M4fcb8a43eFff11b201cbff', code: 'dgug92owec', name: 'Announcement', creatorUUID: 'e906cc52bfac44b4ae30497fd39c4c4d', dataTemplateCode: 'D000000000', wrapUpTemplateCode: 'W000000000', scheduleStartTime: 1660115936310, scheduleEndTime: 1660118400638, scheduleTimeZoneId: 'Pacific/Midway', description: 'Description', creationTime: 1660632449700, state: 1 },
    { id: '2b82a4acc60647dd814b3db642e75971', code: '6yoq3b0lpf', name: '1111123', creatorUUID: '59220de7f88141829a1f38d8698acb26', dataTemplateCode: 'D000000000', wrapUpTemplateCode: 'W000000000', scheduleStartTime: 0, scheduleEndTime: 0, description: '', creationTime: 1711681298345, state: 1 },
  );
  s.callingLists.push({
    callingListCode: '20220815203412', campaignId: 'cde0f90801d98M4fcb8a43eFff11b201cbff', removeDuplicatesRule: 'RemoveDuplicatesInCallingList',
    creationTime: 1660632449700, rowsSeen: 1, chunks: [{ acceptedAt: 1660632449700, settleAt: 1660632449700, success: 1, repeat: 0, error: 0 }],
    rows: [{ telephone: '100000000', name: 'Rason', agentUUID: 'e906cc52bfac44b4ae30497fd39c4c4d' }], errors: [],
  });

  s.forbiddenNumbers.push(
    { callNumber: '15210818952', numberType: 1, callType: 2, enabled: 0, description: 'test1' },
    { callNumber: '13900000000', numberType: 1, callType: 3, enabled: 1, description: 'asked not to be called' },
  );
  return s;
}
