/**
 * What the bulk helper knows per operation beyond the spec's metadata: which rows are the same
 * number, and how to read the server's answer for one chunk. Limits, the rows' place in the body,
 * idempotency and the result operation all come from generated/operations.ts.
 */
import { describeForbiddenDetail, parseForbiddenDetail } from './forbidden-details.js';

/** The server's answer for one chunk, by row position within the chunk (0-based). */
export interface ChunkOutcome {
  rejected: { index: number; detail: string; raw?: string; field?: string }[];
  unknown: { index: number; detail: string }[];
  server?: Record<string, unknown>;
  warnings?: string[];
}

export interface BulkProfile {
  /** the column a bare-value row (a phone number) is read from when a CSV has several */
  valueColumn?: string;
  /** what makes two rows the same number */
  key?: (item: unknown) => string | undefined;
  /** whether repeated numbers are skipped when the caller does not say */
  skipDuplicates: (template: unknown) => boolean;
  interpret: (data: unknown, rows: number) => ChunkOutcome;
  /** requests for x-sobot-batch.resultOperation, from the template and what the chunks returned */
  resultRequests?: (template: unknown, servers: Record<string, unknown>[]) => { requests: Record<string, unknown>[]; codes: Set<string> };
}

const field = (item: unknown, name: string) =>
  item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;
const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

const acceptAll = (): ChunkOutcome => ({ rejected: [], unknown: [] });

/** Forbidden numbers: `details` names the refused rows; every other row was imported. */
function interpretForbidden(data: unknown, rows: number): ChunkOutcome {
  const out: ChunkOutcome = { rejected: [], unknown: [], warnings: [] };
  const d = (data ?? {}) as { successCount?: unknown; failedCount?: unknown; details?: unknown };
  const details = Array.isArray(d.details) ? d.details.map(String) : [];
  const seen = new Set<number>();
  for (const raw of details) {
    const parsed = parseForbiddenDetail(raw);
    if (!parsed) {
      out.warnings!.push(`server detail not understood: ${raw}`);
      continue;
    }
    if (parsed.position < 1 || parsed.position > rows) {
      out.warnings!.push(`server detail names row ${parsed.position} of a ${rows}-row call: ${raw}`);
      continue;
    }
    if (seen.has(parsed.position)) continue;
    seen.add(parsed.position);
    out.rejected.push({ index: parsed.position - 1, detail: describeForbiddenDetail(parsed), raw, field: parsed.field });
  }
  const success = Number(d.successCount);
  const failed = d.failedCount === undefined ? undefined : Number(d.failedCount);
  if ((Number.isFinite(success) && success !== rows - seen.size) || (failed !== undefined && failed !== seen.size)) {
    // the per-row details are the evidence; the counts are kept for the record
    out.warnings!.push(`server counts (successCount ${d.successCount}, failedCount ${d.failedCount ?? '-'}) do not match the ${rows} rows sent and the ${seen.size} rows it names`);
  }
  out.server = { successCount: d.successCount, failedCount: d.failedCount };
  if (!out.warnings!.length) delete out.warnings;
  return out;
}

/** Contact plans: one id per number, in order; any other count leaves every row of the call in doubt. */
function interpretContactPlans(data: unknown, rows: number): ChunkOutcome {
  const ids = Array.isArray(data) ? data.map(String) : [];
  if (ids.length === rows) return { rejected: [], unknown: [], server: { ids } };
  const detail = `the server returned ${ids.length} plan ids for ${rows} numbers; which plans were created is not known`;
  return { rejected: [], unknown: Array.from({ length: rows }, (_, index) => ({ index, detail })), server: { ids } };
}

/** Calling lists import asynchronously: the call accepts the rows, the result operation counts them. */
function interpretCallingList(data: unknown): ChunkOutcome {
  const d = (data ?? {}) as Record<string, unknown>;
  return { rejected: [], unknown: [], server: { callingListCode: d.callingListCode, campaignId: d.campaignId, code: d.code } };
}

/** One query per batch code the server returned, as the importing agent. */
function callingListResultRequests(template: unknown, servers: Record<string, unknown>[]) {
  const codes = new Set<string>();
  const sent = str(field(template, 'callingListCode'));
  if (sent) codes.add(sent);
  const byCode = new Map<string, Record<string, unknown>>();
  for (const s of servers) {
    const code = str(s.callingListCode) ?? sent;
    if (!code) continue;
    codes.add(code);
    if (byCode.has(code)) continue;
    const body: Record<string, unknown> = {
      agentID: field(template, 'agentID'),
      agentType: field(template, 'agentType'),
      campaignId: str(s.campaignId) ?? field(template, 'campaignId'),
      code: str(s.code) ?? field(template, 'code'),
      callingListCode: code,
    };
    for (const k of Object.keys(body)) if (body[k] === undefined || body[k] === '') delete body[k];
    byCode.set(code, body);
  }
  return { requests: [...byCode.values()], codes };
}

const profiles: Record<string, BulkProfile> = {
  importCallingList: {
    key: (item) => str(field(item, 'telephone')),
    // the caller asked the server to keep repeated numbers: send them
    skipDuplicates: (t) => field(t, 'removeDuplicatesRule') !== 'NonRemoveDuplicates',
    interpret: interpretCallingList,
    resultRequests: callingListResultRequests,
  },
  importForbiddenNumbers: {
    // a number may be forbidden for inbound and outbound calls separately
    key: (item) => {
      const n = str(field(item, 'callNumber'));
      return n === undefined ? undefined : `${n}|${str(field(item, 'callType')) ?? ''}`;
    },
    skipDuplicates: () => true,
    interpret: interpretForbidden,
  },
  createContactPlans: {
    valueColumn: 'phone',
    key: (item) => str(item),
    skipDuplicates: () => true,
    interpret: interpretContactPlans,
  },
};

/** Operations with x-sobot-batch but no profile are imported with every sent row counted as accepted. */
const generic: BulkProfile = { skipDuplicates: () => false, interpret: acceptAll };

export function profileFor(operationId: string): BulkProfile {
  return profiles[operationId] ?? generic;
}
