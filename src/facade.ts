/** Builds `sobot.<tag>.<method>` from the operation table (names mirror typing.ts MethodName). */
import type { CallInputRuntime, CallOptions } from './call.js';
import { paginate, type PageOptions } from './paging.js';
import type { OperationMeta, OperationTable } from './spec-types.js';

const verbOf = (id: string) => /^[a-z]*/.exec(id)![0];
const mapVerb = (v: string) => (v === 'search' ? 'list' : v);
const words = (tag: string) => tag.split(/[ _-]/);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
export const tagNoun = (tag: string) => words(tag).map(cap).join('');
export const tagKey = (tag: string) => words(tag).map((w, i) => (i ? cap(w) : w.toLowerCase())).join('');
const singular = (n: string) => (n.endsWith('s') ? n.slice(0, -1) : n);

function stripOne(rest: string, noun: string): string | undefined {
  const r = rest.toLowerCase();
  const n = noun.toLowerCase();
  if (r.startsWith(n)) return rest.slice(n.length);
  if (r.endsWith(n)) return rest.slice(0, rest.length - n.length);
  return undefined;
}

/** The operationId's noun without the tag's noun (plural or singular, at either end, any case). */
export function nounOf(op: OperationMeta): string {
  const rest = op.operationId.slice(verbOf(op.operationId).length);
  const noun = tagNoun(op.tag);
  return stripOne(rest, noun) ?? stripOne(rest, singular(noun)) ?? rest;
}

/** Mirrors `MethodName` in typing.ts. */
export function methodName(table: OperationTable, op: OperationMeta): string {
  const verb = mapVerb(verbOf(op.operationId));
  const noun = nounOf(op);
  if (noun === '') return verb;
  const peers = Object.values(table).filter((o) => o !== op && o.tag === op.tag);
  if (peers.some((o) => nounOf(o) === '')) return verb + noun;
  return peers.some((o) => mapVerb(verbOf(o.operationId)) === verb) ? verb + noun : verb;
}

type Call = (op: OperationMeta, input: CallInputRuntime, options: CallOptions) => Promise<unknown>;
type MethodOptionsRuntime = CallOptions & PageOptions & { headers?: Record<string, unknown>; query?: Record<string, unknown> };

/** Splits a facade argument into `{query, body}`: the body when the operation has one, else the query. */
export function toInput(op: OperationMeta, arg: unknown, o: MethodOptionsRuntime = {}): CallInputRuntime {
  return op.requestBody
    ? { body: arg, query: o.query, headers: o.headers }
    : { query: { ...(arg as Record<string, unknown> | undefined), ...o.query }, headers: o.headers };
}

/** A paged operation: one call per page, page/size fields set where the operation takes its input. */
export function pagedMethod(op: OperationMeta, call: Call) {
  const paging = op.paging!;
  return (arg?: unknown, o: MethodOptionsRuntime = {}) => {
    // each page is its own logical call: its own Idempotency-Key, never one shared by all pages
    const { limit, pageSize, concurrency, signal, idempotencyKey: _k, ...callOptions } = o;
    return paginate(paging, (page, size, pageSignal) => {
      const fields: Record<string, unknown> = {};
      if (paging.shape !== 'none') {
        if (paging.pageParam) fields[paging.pageParam] = page;
        if (paging.sizeParam && size !== undefined) fields[paging.sizeParam] = size;
      }
      const input = toInput(op, Array.isArray(arg) ? arg : { ...(arg as object | undefined), ...fields }, o);
      return call(op, input, { ...callOptions, signal: pageSignal });
    }, { limit, pageSize, concurrency, signal });
  };
}

export function buildFacade(table: OperationTable, call: Call): Record<string, Record<string, unknown>> {
  const facade: Record<string, Record<string, unknown>> = {};
  for (const op of Object.values(table)) {
    const group = (facade[tagKey(op.tag)] ??= {});
    group[methodName(table, op)] = op.paging
      ? pagedMethod(op, call)
      : (arg?: unknown, o: MethodOptionsRuntime = {}) => call(op, toInput(op, arg, o), o);
  }
  return facade;
}
