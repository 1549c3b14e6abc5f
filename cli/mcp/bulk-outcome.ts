/**
 * What a bulk tool returns: the SDK's import report (src/bulk) told row by row. The contract
 * types each call's `data`; a bulk tool answers for every row it was given instead, so its
 * output schema is this one, written once for the three bulk operations.
 */
import type { ImportReport } from '../../src/bulk/index.js';
import type { JsonObject } from '../spec/load.js';

export type RowOutcome = 'accepted' | 'rejected' | 'duplicate' | 'invalid' | 'unknown' | 'pending';

export interface RowResult {
  /** 1-based position in the rows given */
  row: number;
  outcome: RowOutcome;
  detail?: string;
  field?: string;
  duplicateOf?: number;
}

export interface BulkOutcome {
  [key: string]: unknown;
  status: 'completed' | 'stopped';
  stopReason?: string;
  importId: string;
  totals: ImportReport['totals'];
  rows: RowResult[];
  server?: Record<string, unknown>;
  results?: ImportReport['server'];
  warnings: string[];
}

const count = { type: 'integer', minimum: 0 };

export const BULK_OUTPUT_SCHEMA: JsonObject = {
  type: 'object',
  description: 'The outcome of every row given, and what the server answered.',
  properties: {
    status: { type: 'string', enum: ['completed', 'stopped'], description: '`stopped`: the call was cancelled or a failure stopped it; `pending` rows were not sent.' },
    stopReason: { type: 'string', description: 'Why the import stopped.' },
    importId: { type: 'string', description: 'Names this import; the Idempotency-Keys of its calls derive from it.' },
    totals: {
      type: 'object',
      description: 'Rows by outcome: rows = accepted + rejected + duplicate + invalid + unknown + pending.',
      properties: { rows: count, accepted: count, rejected: count, duplicate: count, invalid: count, unknown: count, pending: count },
      required: ['rows', 'accepted', 'rejected', 'duplicate', 'invalid', 'unknown', 'pending'],
    },
    rows: {
      type: 'array',
      description: 'One entry per row given, in order.',
      items: {
        type: 'object',
        properties: {
          row: { type: 'integer', minimum: 1, description: '1-based position among the rows given.' },
          outcome: {
            type: 'string', enum: ['accepted', 'rejected', 'duplicate', 'invalid', 'unknown', 'pending'],
            description: 'accepted = sent and taken; rejected = refused by the server (see detail); duplicate = not sent, the same number came earlier (duplicateOf); invalid = not sent, breaks the contract; unknown = sent, but whether the server applied it is not known; pending = not sent because the import stopped.',
          },
          detail: { type: 'string', description: "The reason, in the server's words where it gave any." },
          field: { type: 'string', description: 'The field the reason concerns.' },
          duplicateOf: { type: 'integer', minimum: 1, description: 'The earlier row with the same number.' },
        },
        required: ['row', 'outcome'],
      },
    },
    server: { type: 'object', description: "What the server's answer carried beyond the rows (e.g. callingListCode, the created plan ids)." },
    results: {
      type: 'object',
      description: "The server's own counts from the result operation (asynchronous imports), polled until they settle.",
      properties: {
        settled: { type: 'boolean', description: 'false: the counts were still changing when polling stopped; query the result operation later.' },
        successCount: count, errorCount: count, repeatCount: count, removeDuplicatesCount: count,
        errorReportPaths: { type: 'array', items: { type: 'string' }, description: "Links to the server's error reports." },
        callingListCodes: { type: 'array', items: { type: 'string' }, description: 'The batch codes the counts belong to.' },
      },
    },
    warnings: { type: 'array', items: { type: 'string' }, description: 'Anything in the answers that did not add up.' },
  },
  required: ['status', 'importId', 'totals', 'rows', 'warnings'],
};

export function bulkOutcome(report: ImportReport): BulkOutcome {
  const rows = new Map<number, RowResult>();
  for (const r of report.invalid) rows.set(r.row, { row: r.row, outcome: 'invalid', detail: r.issues.map((i) => `${i.field}: ${i.rule} (${i.message})`).join('; ') });
  for (const r of report.duplicate) rows.set(r.row, { row: r.row, outcome: 'duplicate', duplicateOf: r.duplicateOf });
  for (const r of report.rejected) rows.set(r.row, { row: r.row, outcome: 'rejected', detail: r.detail, ...(r.field && { field: r.field }) });
  for (const r of report.unknown) rows.set(r.row, { row: r.row, outcome: 'unknown', detail: r.detail });
  for (const range of report.pending) for (let row = range.from; row <= range.to; row++) rows.set(row, { row, outcome: 'pending' });
  const all: RowResult[] = [];
  for (let row = 1; row <= report.totals.rows; row++) all.push(rows.get(row) ?? { row, outcome: 'accepted' });
  const server = report.chunks.find((c) => c.server)?.server;
  return {
    status: report.status,
    ...(report.stopReason && { stopReason: report.stopReason }),
    importId: report.importId,
    totals: report.totals,
    rows: all,
    ...(server && { server }),
    ...(report.server && { results: report.server }),
    warnings: [...report.warnings, ...report.chunks.flatMap((c) => c.warnings ?? [])],
  };
}
