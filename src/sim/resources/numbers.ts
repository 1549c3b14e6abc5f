/**
 * Numbers: the enterprise forbidden-number list (imported with per-row failures in the vendor's
 * own text, `NO[<row>],[<field>],Content[<value>],[Reference:<rule>]`) and the relay numbers.
 * The forbidden list has no read operation in the contract; it shows in calling-list imports
 * that ask for filtering, and in `/__sim/state`.
 */
import type { components } from '../../../generated/types.js';
import type { ValidationIssue } from '../../errors.js';
import type { Handler } from '../context.js';

type S = components['schemas'];

/** Operations whose invalid rows are reported per row in the answer instead of refusing the call. */
export const PER_ROW_OPERATIONS = new Set(['importForbiddenNumbers']);

/** The vendor's reference texts for the values of each field (its example: `[Reference:1-number]`). */
const REFERENCES: Record<string, string> = {
  numberType: '1-number',
  callType: '2-Inbound,3-Outbound',
  enabled: '0-Disable,1-Enable',
  expirationTime: 'yyyy-MM-dd',
};

function rowFailure(row: number, entry: Record<string, unknown>, issue: ValidationIssue | { field: string; reference: string }): string {
  let field: string;
  let reference: string;
  if ('path' in issue) {
    field = issue.path.split('/')[3] ?? 'row';
    reference = REFERENCES[field] ?? `${issue.rule} ${issue.message}`;
  } else ({ field, reference } = issue);
  const value = entry && typeof entry === 'object' ? entry[field] : entry;
  return `NO[${row}],[${field}],Content[${value === undefined ? '' : String(value)}],[Reference:${reference}]`;
}

const importForbiddenNumbers: Handler = (ctx) => {
  const rows = ctx.body as Record<string, unknown>[];
  const byRow = new Map<number, ValidationIssue>();
  for (const issue of ctx.rowIssues ?? []) {
    const i = Number(issue.path.split('/')[2]);
    if (!byRow.has(i)) byRow.set(i, issue);
  }
  const details: string[] = [];
  let successCount = 0;
  rows.forEach((entry, i) => {
    const issue = byRow.get(i);
    if (issue) return void details.push(rowFailure(i + 1, entry, issue));
    const n = entry as S['ForbiddenNumber'];
    if (ctx.state.forbiddenNumbers.some((f) => f.callNumber === n.callNumber && f.callType === n.callType)) {
      return void details.push(rowFailure(i + 1, entry, { field: 'callNumber', reference: 'already in the forbidden list for this callType' }));
    }
    ctx.state.forbiddenNumbers.push({ ...n });
    successCount++;
  });
  return { kind: 'BatchDetail', data: { successCount, failedCount: details.length, details } };
};

const STATUS_NAMES: Record<string, [string, string, string]> = {
  en: ['Disabled', 'Enabling', 'Cancelled'],
  zh: ['停用', '启用', '注销'],
};

const searchRelayNumbers: Handler = (ctx) => {
  const b = (ctx.body ?? {}) as S['SearchRelayNumbersRequest'];
  // "When it is null, the default value is 'enabled'" (seed)
  const wanted = new Set<number>(b.enabled ?? [1]);
  const names = STATUS_NAMES[ctx.language.slice(0, 2).toLowerCase()] ?? STATUS_NAMES.en!;
  const data = ctx.state.relayNumbers
    .filter((r) => wanted.has(r.enabledCode))
    .map((r): S['RelayNumber'] => ({ gatewayNumber: r.gatewayNumber, alias: r.alias, remark: r.remark, enabled: { enabledCode: r.enabledCode, enabledName: names[r.enabledCode] } }));
  return { kind: 'List', data };
};

export const numberHandlers = { importForbiddenNumbers, searchRelayNumbers };
