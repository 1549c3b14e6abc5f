/** What a command prints: JSON when piped or asked for (`--json`), a table on a terminal. */
import type { OperationMeta } from '../../src/spec-types.js';
import { UsageError } from '../errors.js';
import type { JsonObject } from '../spec/load.js';
import { responseColumns } from '../spec/response.js';
import { MASK, listTable, objectTable } from './table.js';

export type OutputMode = 'json' | 'table';

export function outputMode(flags: { json: boolean; output?: string }, isTTY: boolean): OutputMode {
  if (flags.output !== undefined && flags.output !== 'json' && flags.output !== 'table') {
    throw new UsageError(`--output must be json or table, got "${flags.output}"`);
  }
  if (flags.json || flags.output === 'json') return 'json';
  if (flags.output === 'table') return 'table';
  return isTTY ? 'table' : 'json';
}

export const asJson = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** A table that masked a secret says so, and how to see it (the token operation's table would otherwise hide what it is run for). */
export function withMaskNote(table: string): string {
  return table.includes(MASK) ? `${table}(${MASK}: a secret, not shown in tables; --json prints it)\n` : table;
}

/** A call's `data` as a table: the page's list and where the page sits, or the object, or the array. */
export function dataTable(doc: JsonObject, op: OperationMeta, data: unknown): string {
  return withMaskNote(dataTableOf(doc, op, data));
}

function dataTableOf(doc: JsonObject, op: OperationMeta, data: unknown): string {
  const paging = op.paging;
  const kinds = responseColumns(doc, op);
  if (paging && paging.shape !== 'none' && data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    const items = d[paging.itemsField ?? 'list'];
    if (Array.isArray(items)) {
      const total = d.total ?? d.totalCount;
      const pages = d.totalPage ?? (total !== undefined && d.pageSize ? Math.ceil(Number(total) / Number(d.pageSize)) : undefined);
      const where = [`page ${d.currPage ?? '?'}${pages !== undefined ? ` of ${pages}` : ''}`, total !== undefined && `${total} items in all`]
        .filter(Boolean).join(', ');
      return `${listTable(items, kinds)}\n\n${where}${pages !== undefined && Number(pages) > 1 ? ' (--all fetches every page)' : ''}\n`;
    }
  }
  if (Array.isArray(data)) return `${listTable(data, kinds)}\n`;
  if (data && typeof data === 'object') return `${objectTable(data as Record<string, unknown>, kinds)}\n`;
  return `${data === undefined ? '' : String(data)}\n`;
}
