/** The slice of the SDK client the bulk helpers use: `call` and `paginate`, by operation id. */
import type { CallOptions } from '../call.js';
import type { PageOptions } from '../paging.js';

export interface BulkClient {
  call(operationId: string, input: { body?: unknown; query?: unknown; headers?: Record<string, unknown> }, options?: CallOptions): Promise<unknown>;
  paginate(operationId: string, input?: { body?: unknown }, options?: CallOptions & PageOptions): AsyncIterable<unknown>;
}

/** Any `createSobotClient()` client: its typed `call` is this one at run time. */
export function asBulkClient(sobot: unknown): BulkClient {
  return sobot as BulkClient;
}
