/**
 * Calling lists are imported asynchronously: the import call only accepts the rows. The result
 * operation (x-sobot-batch.resultOperation) reports the server's counts per batch; poll it until
 * they settle — they cover every row sent, or stop changing — or a timeout.
 */
import type { ServerResults, PollOptions } from './types.js';
import type { BulkClient } from './client.js';

interface ResultEntry {
  callingListCode?: unknown;
  successCount?: unknown;
  errorCount?: unknown;
  repeatCount?: unknown;
  removeDuplicatesCount?: unknown;
  errorReportPath?: unknown;
}

const n = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);

export interface PollInput {
  sobot: BulkClient;
  operationId: string;
  /** request bodies, one per batch code to ask about */
  requests: Record<string, unknown>[];
  /** batch codes whose entries count (the codes sent and the codes the server returned) */
  codes: Set<string>;
  rowsSent: number;
  options: PollOptions;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  onPoll?: () => void;
}

export async function pollResults(p: PollInput): Promise<ServerResults> {
  const intervalMs = p.options.intervalMs ?? 2000;
  const timeoutMs = p.options.timeoutMs ?? 120_000;
  const stablePolls = Math.max(1, p.options.stablePolls ?? 3);
  const until = p.now() + timeoutMs;
  let polls = 0;
  let last = '';
  let same = 0;
  let result: ServerResults = {
    operationId: p.operationId, settled: false, polls: 0, successCount: 0, errorCount: 0, repeatCount: 0,
    removeDuplicatesCount: 0, errorReportPaths: [], callingListCodes: [...p.codes],
  };
  for (;;) {
    const entries: ResultEntry[] = [];
    for (const body of p.requests) {
      for await (const e of p.sobot.paginate(p.operationId, { body }, { signal: p.signal })) entries.push(e as ResultEntry);
    }
    polls++;
    p.onPoll?.();
    const mine = entries.filter((e) => p.codes.has(String(e.callingListCode)));
    result = {
      ...result,
      polls,
      successCount: mine.reduce((s, e) => s + n(e.successCount), 0),
      errorCount: mine.reduce((s, e) => s + n(e.errorCount), 0),
      repeatCount: mine.reduce((s, e) => s + n(e.repeatCount), 0),
      removeDuplicatesCount: mine.reduce((s, e) => s + n(e.removeDuplicatesCount), 0),
      errorReportPaths: [...new Set(mine.map((e) => e.errorReportPath).filter((x): x is string => typeof x === 'string' && x !== ''))],
      ...(mine.length === 0 && { note: 'the server reported nothing for these batch codes yet' }),
    };
    if (mine.length) delete result.note;
    const counted = result.successCount + result.errorCount + Math.max(result.repeatCount, result.removeDuplicatesCount);
    const key = JSON.stringify([result.successCount, result.errorCount, result.repeatCount, result.removeDuplicatesCount, mine.length]);
    same = key === last ? same + 1 : 1;
    last = key;
    if (mine.length && (counted >= p.rowsSent || same >= stablePolls)) return { ...result, settled: true };
    if (p.now() + intervalMs > until || p.signal?.aborted) return result;
    await p.sleep(intervalMs, p.signal);
  }
}
