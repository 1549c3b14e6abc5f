/**
 * One tool call, through the SDK: `call` for a single answer, `paginate` for `limit`, the bulk
 * import for rows. Validation, auth, retries, Idempotency-Keys and the envelope are the SDK's;
 * this file only shapes the answer, reports progress and keeps secrets out of it.
 */
import { randomUUID } from 'node:crypto';
import type { CallInputRuntime, CallOptions } from '../../src/call.js';
import type { SobotClient } from '../../src/client.js';
import type { PageOptions } from '../../src/paging.js';
import type { Redactor } from '../../src/redact.js';
import { validationError } from '../../src/validate.js';
import { toRequest } from './arguments.js';
import { bulkOutcome } from './bulk-outcome.js';
import { toolError, type ToolErrorResult } from './errors.js';
import { ProgressReporter, type SendProgress } from './progress.js';
import { IDEMPOTENCY_HEADER, type SobotTool } from './tools.js';

export interface ToolRun {
  client: SobotClient;
  redactor: Redactor;
  signal?: AbortSignal;
  /** set when the MCP client asked for progress (it sent a progressToken) */
  progress?: SendProgress;
  /** how long a bulk tool waits for an asynchronous import's results to settle (default 45 s: under a client's usual 60 s) */
  pollTimeoutMs?: number;
}

export interface ToolSuccess {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent: Record<string, unknown>;
}

type LooseClient = {
  call(id: string, input: CallInputRuntime, options?: CallOptions): Promise<unknown>;
  paginate(id: string, input: CallInputRuntime, options?: CallOptions & PageOptions): AsyncIterable<unknown>;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function success(structured: Record<string, unknown>, redactor: Redactor): ToolSuccess {
  const safe = redactor.value(structured);
  // the JSON text too: clients that predate structuredContent read only `content`
  return { content: [{ type: 'text', text: JSON.stringify(safe) }], structuredContent: safe };
}

async function walkPages(tool: SobotTool, client: LooseClient, input: CallInputRuntime, limit: number, run: ToolRun) {
  const paging = tool.op.paging!;
  const size = paging.sizeParam && isPlainObject(input.body) ? input.body[paging.sizeParam] : undefined;
  const pageSize = typeof size === 'number' ? size : paging.maxPageSize ?? paging.defaultPageSize;
  const reporter = new ProgressReporter(run.progress);
  const items: unknown[] = [];
  // one item beyond the limit tells whether the list goes on (at worst one page more)
  const options = { limit: limit + 1, signal: run.signal, ...(typeof size === 'number' && { pageSize: size }) };
  for await (const item of client.paginate(tool.op.operationId, input, options)) {
    items.push(item);
    if (pageSize && items.length % pageSize === 0) await reporter.report(Math.min(items.length, limit), limit, `${items.length} items so far`);
  }
  const more = items.length > limit;
  if (more) items.length = limit;
  await reporter.report(limit, limit, `${items.length} items${more ? ', more remain' : ''}`);
  return { items, count: items.length, more };
}

/** Rows out of the body at x-sobot-batch.itemsPointer, and the body without them (the import's template). */
function splitRows(body: unknown, pointer: string): { rows: unknown[]; template: unknown } {
  if (pointer === '') return { rows: Array.isArray(body) ? body : [], template: undefined };
  const [key, ...deeper] = pointer.split('/').slice(1);
  if (!isPlainObject(body)) return { rows: [], template: body };
  if (deeper.length) {
    const inner = splitRows(body[key!], `/${deeper.join('/')}`);
    return { rows: inner.rows, template: { ...body, [key!]: inner.template } };
  }
  const { [key!]: rows, ...template } = body;
  return { rows: Array.isArray(rows) ? rows : [], template };
}

/** The client with the call's header arguments (timezoneid, language) on every request the import makes. */
function withHeaders(client: LooseClient, headers: Record<string, unknown>): LooseClient {
  const merged = (input: CallInputRuntime) => ({ ...input, headers: { ...headers, ...input.headers } });
  return {
    call: (id, input, options) => client.call(id, merged(input), options),
    paginate: (id, input, options) => client.paginate(id, merged(input), options),
  };
}

async function runBulk(tool: SobotTool, client: LooseClient, input: CallInputRuntime, run: ToolRun) {
  const op = tool.op;
  const { runBulkImport } = await import('../../src/bulk/index.js');
  const { [IDEMPOTENCY_HEADER]: givenKey, ...headers } = input.headers ?? {};
  // a key given names the import: a repeat derives the same key for its call, so the server applies it once
  const importId = typeof givenKey === 'string' ? givenKey : randomUUID();
  // the whole request is checked before the first row is sent: a tool call is refused whole
  // rather than imported in part. The import derives each call's key from importId (always a
  // UUID); a given key is checked as given, an absent one stands in as any UUID would.
  const { bundle } = await import('../../src/validation.js');
  const checkedHeaders = { ...headers, ...(op.idempotent && { [IDEMPOTENCY_HEADER]: givenKey ?? randomUUID() }) };
  const issues = bundle.check(op.operationId, { body: input.body, query: input.query, headers: checkedHeaders as Record<string, string> });
  if (issues.length) throw validationError(op.operationId, issues);

  const { rows, template } = splitRows(input.body, op.batch!.itemsPointer);
  const polls = !!op.batch!.resultOperation;
  const total = rows.length + (polls ? 1 : 0);
  const reporter = new ProgressReporter(run.progress);
  let pollsDone = 0;
  const report = await runBulkImport(withHeaders(client, headers) as unknown as SobotClient, op.operationId, {
    rows, template, importId, totalRows: rows.length, concurrency: 1,
    poll: { timeoutMs: run.pollTimeoutMs ?? 45_000 },
    ...(run.signal && { signal: run.signal }),
    onProgress: (p) => {
      // progress must rise with every notification: each poll moves it a little closer to the last step
      if (p.phase === 'polling') pollsDone++;
      const value = p.phase === 'importing' ? p.rowsDone : p.phase === 'polling' ? rows.length + pollsDone / (pollsDone + 1) : total;
      void reporter.report(value, total, p.phase === 'polling' ? `waiting for the server's import results (poll ${pollsDone})` : `${p.rowsDone} of ${rows.length} rows`);
    },
  });
  await reporter.report(total, total, `${report.totals.accepted} of ${report.totals.rows} rows accepted`);
  return bulkOutcome(report);
}

export async function runTool(tool: SobotTool, args: unknown, run: ToolRun): Promise<ToolSuccess | ToolErrorResult> {
  const client = run.client as unknown as LooseClient;
  const id = tool.op.operationId;
  try {
    const { input, limit } = toRequest(tool, args);
    if (tool.kind === 'bulk') return success(await runBulk(tool, client, input, run), run.redactor);
    if (limit !== undefined) return success(await walkPages(tool, client, input, limit, run), run.redactor);
    const data = await client.call(id, input, { ...(run.signal && { signal: run.signal }) });
    return success({ data }, run.redactor);
  } catch (e) {
    return toolError(tool, e, run.redactor);
  }
}
