/**
 * One page of a real list, in the operation's page shape (x-sobot-paging): `total` counts all
 * items, `totalCount`/`totalPage` count items and pages. The totals are those of the filtered
 * list at the time of the call, so they agree across pages while nothing is written.
 */
import type { SimOperation } from './router.js';

export function page<T>(op: SimOperation, body: unknown, all: readonly T[]): Record<string, unknown> {
  const paging = op.paging;
  if (!paging || paging.shape === 'none') throw new Error(`${op.operationId} does not page`);
  const b = (body ?? {}) as Record<string, unknown>;
  const currPage = Number(b[paging.pageParam ?? 'currPage'] ?? 1);
  let pageSize = Number(b[paging.sizeParam ?? 'pageSize'] ?? paging.defaultPageSize ?? 10);
  if ('maxPageSize' in paging && paging.maxPageSize) pageSize = Math.min(pageSize, paging.maxPageSize);
  const list = all.slice((currPage - 1) * pageSize, currPage * pageSize);
  const items = paging.itemsField ?? 'list';
  return paging.shape === 'total'
    ? { [items]: list, currPage, pageSize, total: all.length }
    : { [items]: list, currPage, pageSize, totalCount: all.length, totalPage: Math.ceil(all.length / pageSize) };
}
