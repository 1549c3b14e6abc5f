/** Async iteration over every item of a paged operation, driven by x-sobot-paging. */
import type { CallInputRuntime } from './call.js';
import type { Call, MethodOptionsRuntime } from './facade.js';
import type { OperationMeta } from './spec-types.js';

export interface PageOptions {
  /** stop after this many items (no page beyond the one holding the last is requested) */
  limit?: number;
  /** page size to request (default: maxPageSize, else defaultPageSize from the spec) */
  pageSize?: number;
  /** pages in flight at once once the total is known (default 3) */
  concurrency?: number;
  signal?: AbortSignal;
}

export interface Paged<T> extends AsyncIterable<T> {
  /** every item (or the first `limit`) in order */
  toArray(options?: { limit?: number }): Promise<T[]>;
}

/** One paged call: its operation, its input (without page fields), options, and the core's call the page walk uses. */
export interface PageRequest {
  op: OperationMeta;
  call: Call;
  input: CallInputRuntime;
  options: MethodOptionsRuntime;
}

export function paginate<T>(req: PageRequest): Paged<T> {
  // the page walk loads on the first iteration: most clients never page, and it keeps the core small
  async function* iterate(limit?: number): AsyncGenerator<T> {
    yield* (await import('./page-iterator.js')).iterate<T>(req, limit);
  }
  return {
    [Symbol.asyncIterator]: () => iterate(),
    async toArray(o) {
      const out: T[] = [];
      for await (const item of iterate(o?.limit)) out.push(item);
      return out;
    },
  };
}
