/** Builds `sobot.<group>.<method>` from the operation table: both names are the table's (the generator derives them). */
import type { CallInputRuntime, CallOptions } from './call.js';
import { paginate, type PageOptions } from './paging.js';
import type { OperationMeta, OperationTable } from './spec-types.js';

export type Call = (op: OperationMeta, input: CallInputRuntime, options: CallOptions) => Promise<unknown>;
export type MethodOptionsRuntime = CallOptions & PageOptions & { headers?: Record<string, unknown>; query?: Record<string, unknown> };

/** Splits a facade argument into `{query, body}`: the body when the operation has one, else the query. */
export function toInput(op: OperationMeta, arg: unknown, o: MethodOptionsRuntime = {}): CallInputRuntime {
  return op.requestBody
    ? { body: arg, query: o.query, headers: o.headers }
    : { query: { ...(arg as Record<string, unknown> | undefined), ...o.query }, headers: o.headers };
}

/** A paged operation: one call per page of `input`, page/size fields set where the operation takes its input. */
export function pagedMethod(op: OperationMeta, call: Call) {
  return (input: CallInputRuntime, options: MethodOptionsRuntime = {}) => paginate({ op, call, input, options });
}

export function buildFacade(table: OperationTable, call: Call): Record<string, Record<string, unknown>> {
  const facade: Record<string, Record<string, unknown>> = {};
  for (const op of Object.values(table)) {
    const group = (facade[op.group] ??= {});
    const paged = op.paging && pagedMethod(op, call);
    group[op.sdkMethod] = paged
      ? (arg?: unknown, o: MethodOptionsRuntime = {}) => paged(toInput(op, arg, o), o)
      : (arg?: unknown, o: MethodOptionsRuntime = {}) => call(op, toInput(op, arg, o), o);
  }
  return facade;
}
