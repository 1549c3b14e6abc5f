/**
 * `sobot-cc/bulk`: imports of any size for the three bulk operations, kept out of the core
 * entry so that `createSobotClient` does not load it.
 *
 *   const report = await importCallingList(sobot, { template, rows: readCsv('rows.csv'), checkpoint: 'rows.ckpt' });
 */
import type { operations as Ops } from '../../generated/types.js';
import type { SobotClient } from '../client.js';
import { runBulkImport } from './import.js';
import type { BulkImportOptions, ImportReport } from './types.js';

type Body<K extends keyof Ops> = Ops[K] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

export type CallingListTemplate = Omit<Body<'importCallingList'>, 'dataDetails'>;
export type CallingListRow = Body<'importCallingList'>['dataDetails'][number];
export type ForbiddenNumberRow = Body<'importForbiddenNumbers'>[number];
export type ContactPlanTemplate = Omit<Body<'createContactPlans'>, 'customerPhoneNumberList'>;
export type ContactPlanRow = Body<'createContactPlans'>['customerPhoneNumberList'][number];

/** "Outbound Task Import Data": rows into an outbound task's calling list; polls the import's results. */
export function importCallingList(sobot: SobotClient, options: BulkImportOptions<CallingListRow, CallingListTemplate> & { template: CallingListTemplate }): Promise<ImportReport> {
  return runBulkImport(sobot, 'importCallingList', options);
}

/** "Import Enterprise Forbidden No.": rows into the do-not-call list; refused rows carry the server's detail. */
export function importForbiddenNumbers(sobot: SobotClient, options: BulkImportOptions<ForbiddenNumberRow, undefined>): Promise<ImportReport> {
  return runBulkImport(sobot, 'importForbiddenNumbers', options);
}

/** "Create Contact Plans in Bulk": one plan per phone number, at most 50 numbers per call (the vendor's limit). */
export function createContactPlans(sobot: SobotClient, options: BulkImportOptions<ContactPlanRow, ContactPlanTemplate> & { template: ContactPlanTemplate }): Promise<ImportReport> {
  return runBulkImport(sobot, 'createContactPlans', options);
}

export { runBulkImport };
export { readCsv, countCsvRows, type CsvOptions, type TextSource } from './csv.js';
export { readJsonl, countJsonlRows } from './jsonl.js';
export { SourceRow } from './source-row.js';
export { chunkDigest, chunkIdempotencyKey } from './idempotency.js';
export { parseForbiddenDetail, type ForbiddenDetail } from './forbidden-details.js';
export type * from './types.js';
export { problemsCsv, neutralizeCell } from './problems-csv.js';
