/**
 * The page walk behind `paginate` (./paging.ts), loaded on the first iteration. It imports
 * nothing from the core at run time (the core passes what it needs): esbuild would move
 * modules shared by the core and this chunk into a chunk of their own, loaded with the core.
 */
import type { PageOptions, PageRequest } from './paging.js';
import type { PagingMeta } from './spec-types.js';

/** Fetches one page (1-based) of `size` items; resolves to the envelope's `data`. */
type FetchPage = (page: number, size: number | undefined, signal: AbortSignal) => Promise<unknown>;

const MAX_PAGES = 100_000;

function num(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

function itemsOf(data: unknown, field: string): unknown[] {
  if (Array.isArray(data)) return data;
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
  return Array.isArray(v) ? v : [];
}

/** Number of pages the first page announces, or undefined when it announces none. */
export function totalPages(meta: PagingMeta, data: unknown, pageSize: number): number | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (meta.shape === 'totalCount') {
    const tp = num(d.totalPage);
    if (tp !== undefined) return tp;
    const tc = num(d.totalCount);
    return tc === undefined ? undefined : Math.ceil(tc / pageSize);
  }
  const t = num(d.total);
  return t === undefined ? undefined : Math.ceil(t / pageSize);
}

/** Every item, in page order, up to `limit` (also capped by the `limit` option). */
export function iterate<T>({ op, call, input, options: o }: PageRequest, limit?: number): AsyncGenerator<T> {
  const paging = op.paging!;
  // each page is its own logical call: its own Idempotency-Key, never one shared by all pages
  const { limit: optionLimit, pageSize, concurrency, signal, idempotencyKey: _k, ...callOptions } = o;
  // page fields go where the operation takes its input: the body when it has one, else the query
  const where = op.requestBody ? 'body' : 'query';
  const fetchPage: FetchPage = (page, size, pageSignal) => {
    const fields: Record<string, unknown> = {};
    if (paging.shape !== 'none') {
      if (paging.pageParam) fields[paging.pageParam] = page;
      if (paging.sizeParam && size !== undefined) fields[paging.sizeParam] = size;
    }
    const target = input[where];
    const pageInput = Array.isArray(target) ? input : { ...input, [where]: { ...(target as object | undefined), ...fields } };
    return call(op, pageInput, { ...callOptions, signal: pageSignal });
  };
  return pages<T>(paging, fetchPage, { limit: optionLimit, pageSize, concurrency, signal }, limit);
}

async function* pages<T>(meta: PagingMeta, fetchPage: FetchPage, options: PageOptions, limitArg?: number): AsyncGenerator<T> {
  const limit = Math.min(limitArg ?? Infinity, options.limit ?? Infinity);
  if (limit <= 0) return;
  const field = meta.itemsField ?? 'list';
  const requested = options.pageSize ?? meta.maxPageSize ?? meta.defaultPageSize;
  const concurrency = Math.max(1, options.concurrency ?? 3);
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const pending = new Map<number, Promise<unknown>>();
  let yielded = 0;
  try {
    const first = await fetchPage(1, meta.shape === 'none' ? undefined : requested, ctrl.signal);
    const firstItems = itemsOf(first, field);
    let size = num((first as Record<string, unknown> | null)?.pageSize) || requested || firstItems.length || 1;
    if (meta.shape !== 'none') {
      // the server may cap the page size below what it echoes: trust a short first page
      const t = totalPages(meta, first, size);
      if (t !== undefined && t > 1 && firstItems.length > 0 && firstItems.length < size) size = firstItems.length;
    }
    const known = meta.shape === 'none' ? 1 : totalPages(meta, first, size);
    const last = Math.min(known ?? Infinity, Math.ceil(limit / size), MAX_PAGES);

    for (const item of firstItems) {
      yield item as T;
      if (++yielded >= limit) return;
    }
    if (known === undefined) {
      // no total: one page at a time until a short page
      let items = firstItems;
      for (let page = 2; page <= last && items.length >= size && items.length > 0; page++) {
        items = itemsOf(await fetchPage(page, requested, ctrl.signal), field);
        for (const item of items) {
          yield item as T;
          if (++yielded >= limit) return;
        }
      }
      return;
    }
    // total known: keep up to `concurrency` pages in flight, yield in page order
    let next = 2;
    for (let page = 2; page <= last; page++) {
      while (next <= last && next < page + concurrency) {
        const p = fetchPage(next, requested, ctrl.signal);
        p.catch(() => {}); // awaited below in order; avoid unhandled rejections after an early stop
        pending.set(next++, p);
      }
      const data = await pending.get(page)!;
      pending.delete(page);
      const items = itemsOf(data, field);
      if (items.length === 0) return;
      for (const item of items) {
        yield item as T;
        if (++yielded >= limit) return;
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (pending.size) ctrl.abort(new DOMException('iteration stopped', 'AbortError'));
  }
}
