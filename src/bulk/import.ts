/**
 * The bulk import: rows in, validated one by one with the spec's validators, split into calls
 * of at most x-sobot-batch.maxItems, sent with bounded concurrency, each call's outcome mapped
 * back to its input rows, a checkpoint journal written around every call, and a report that
 * accounts for every row.
 */
import { createHash, randomUUID } from 'node:crypto';
import { operations } from '../../generated/runtime-operations.js';
import { SobotApiError, SobotConfigError, SobotError, SobotHttpError, SobotNetworkError, SobotTimeoutError, SobotValidationError } from '../errors.js';
import { validationError } from '../validate.js';
import { sleep as realSleep } from '../retry/sleep.js';
import type { OperationMeta } from '../spec-types.js';
import type { SobotClient } from '../client.js';
import { asBulkClient } from './client.js';
import { checkpointHasHeader, openJournal, type Journal } from './checkpoint.js';
import { chunkDigest, chunkIdempotencyKey } from './idempotency.js';
import { claimImportId } from './import-ledger.js';
import { AdaptiveLimit } from './adaptive-limit.js';
import { SeenKeys } from './seen-keys.js';
import { backoffDelay } from '../retry/backoff.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import { resolveRetry } from '../retry/policy.js';
import { pointerSegments } from '../../lint/spec-reader/pointer.js';
import { bodyWithItems, templateWithoutItems } from './pointer.js';
import { pollResults } from './poll.js';
import { Pool, type TaskResult } from './pool.js';
import { profileFor, type ChunkOutcome } from './profiles.js';
import { ProgressMeter } from './progress.js';
import { ReportBuilder, type ChunkRow } from './report.js';
import { createRowChecker, rowType } from './row-check.js';
import { rowBatches, type SourceRow } from './source-row.js';
import { stableJson } from './stable-json.js';
import type { BulkImportOptions, ImportReport, RowIssue } from './types.js';

const IN_FLIGHT_NOT_IDEMPOTENT =
  'was being sent when an earlier run stopped; this operation takes no Idempotency-Key, so it was not sent again: check on the server whether these rows arrived';

/** `concurrency` when the caller gives none: the pool starts at 4 calls in flight and may grow to this (adaptive-limit.ts). */
export const DEFAULT_MAX_CONCURRENCY = 16;
/** a chunk refused (429) more often than this stops the import; its rows stay pending for a resume */
const MAX_REFUSALS_PER_CHUNK = 30;
/** chunks built and waiting for a slot */
const READY_CHUNKS = 4;
/** waits after a 429 without Retry-After: exponential with full jitter between these */
const REFUSAL_BASE_MS = 250;
const REFUSAL_MAX_MS = 10_000;

interface PreparedChunk { index: number; rows: ChunkRow[]; body: unknown; digest: string; key: string | undefined }

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A refusal the server stated (failure envelope or 4xx): the chunk was not applied, and sending it again would not help. */
function isRefusal(e: SobotError): boolean {
  if (e instanceof SobotApiError) return true;
  return e instanceof SobotHttpError && e.status !== undefined && e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status);
}

/**
 * A failure worth another attempt of a chunk (the SDK's transient set, read off the public
 * error classes; a 429 is handled apart, as a refusal): a network failure, an attempt timeout,
 * a 408 or a 5xx — and only when repeating cannot apply the rows twice: the chunk carries its
 * Idempotency-Key, or the attempt provably did not reach the server.
 */
function retryable(e: SobotError, idempotent: boolean): boolean {
  const transient = e instanceof SobotNetworkError
    || (e instanceof SobotTimeoutError && e.timeout === 'attempt')
    || (e instanceof SobotHttpError && e.status !== undefined && (e.status === 408 || (e.status >= 500 && e.status <= 599)));
  return transient && (idempotent || !e.mayHaveBeenApplied);
}

function serverWords(e: SobotError): string {
  const httpFailed = e.status !== undefined && (e.status < 200 || e.status > 299);
  const parts = [httpFailed && `HTTP ${e.status}`, e.retCode && `retCode ${e.retCode}`, e.retMsg].filter(Boolean);
  return oneLine(parts.length ? parts.join(', ') : e.message);
}

function chunkSizeFor(op: OperationMeta, requested: number | undefined): { size: number; source: ImportReport['chunkSizeSource'] } {
  const batch = op.batch!;
  if (requested === undefined) return { size: batch.maxItems, source: batch.maxItemsSource };
  if (!Number.isInteger(requested) || requested < 1) throw new SobotConfigError(`chunkSize must be a whole number ≥ 1, got ${requested}`);
  if (batch.maxItemsSource === 'seed' && requested > batch.maxItems) {
    throw new SobotConfigError(`chunkSize ${requested} is above the vendor's limit of ${batch.maxItems} rows per ${op.operationId} call`);
  }
  return { size: requested, source: 'option' };
}

export async function runBulkImport<Row = unknown, Template = unknown>(
  sobotClient: SobotClient, operationId: string, options: BulkImportOptions<Row, Template>,
): Promise<ImportReport> {
  const op = (operations as Record<string, OperationMeta>)[operationId];
  if (!op?.batch) throw new SobotConfigError(`${operationId} is not a bulk operation (it has no x-sobot-batch)`);
  const sobot = asBulkClient(sobotClient);
  const pointer = op.batch.itemsPointer;
  const profile = profileFor(operationId);
  const { size: chunkSize, source: chunkSizeSource } = chunkSizeFor(op, options.chunkSize);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_MAX_CONCURRENCY));
  const now = options.clock?.now ?? Date.now;
  const sleep = options.clock?.sleep ?? realSleep;
  const template = templateWithoutItems(options.template, pointer) as Template | undefined;
  const scalarRows = rowType(operationId, pointer, template) !== 'object';
  const valueColumn = options.valueColumn ?? profile.valueColumn;
  const itemLabel = scalarRows ? valueColumn ?? `${pointerSegments(pointer).pop() ?? 'body'} item` : 'row';
  const skipDuplicates = options.duplicates ? options.duplicates === 'skip' : profile.skipDuplicates(template);
  const check = createRowChecker({ operationId, itemsPointer: pointer, template, itemLabel });
  const report = new ReportBuilder();
  const startedAt = new Date(now()).toISOString();
  if (options.template && pointer && options.template !== template && stableJson(options.template) !== stableJson(template)) {
    report.warnings.push(`the template's ${pointer} was ignored: the rows come from \`rows\``);
  }

  const fingerprint = sha256(stableJson({ operationId, template, rowDefaults: options.rowDefaults ?? null, valueColumn: valueColumn ?? null, skipDuplicates }));
  const journalOptions = {
    path: options.checkpoint, resume: !!options.resume, fsync: options.fsync ?? true,
    header: { type: 'import' as const, version: 1 as const, importId: options.importId, operationId, chunkSize, fingerprint, content: options.contentDigest },
    newImportId: () => randomUUID(),
  };
  if (options.checkpoint && !options.resume && checkpointHasHeader(options.checkpoint)) {
    throw new SobotConfigError(`checkpoint ${options.checkpoint} already exists: resume that import, or remove the file to start over`);
  }
  if (options.resume && !options.checkpoint) throw new SobotConfigError('resume needs the checkpoint path');
  // a fresh journal is created at the first chunk, so a template error leaves no file behind
  let journal: Journal | undefined = options.resume ? openJournal(journalOptions) : undefined;
  const journalNow = () => (journal ??= openJournal(journalOptions));

  const meter = new ProgressMeter(now, options.totalRows ?? (Array.isArray(options.rows) ? options.rows.length : undefined));
  const limit = new AdaptiveLimit({ max: concurrency, initial: options.initialConcurrency });
  // a few chunks ready beside the slots: a slot that frees is refilled without waiting for the
  // reader. Not one per slot: with 16 slots that held 16 more built chunks, and the peak RSS of a
  // 1,000,000-row import went past its 150 MB (bench/cases/bulk-dedupe-rss.ts)
  // a wait before another attempt ends early when the caller stops the import (the chunk is then recorded as pending)
  const waitOrStop = (ms: number) => sleep(ms, options.signal).catch(() => undefined);
  const pool = new Pool(() => limit.limit, Math.min(concurrency, READY_CHUNKS), now, waitOrStop);
  let chunksDone = 0;
  /** `finishing`: called by a chunk's own task, which still holds its pool slot */
  const progress = (phase: 'importing' | 'polling' | 'done' = 'importing', finishing = false) =>
    options.onProgress?.(meter.snapshot(report, phase, chunksDone, pool.inFlight - (finishing ? 1 : 0)));

  let stopReason: string | undefined;
  const stop = (reason: string) => { stopReason ??= oneLine(reason); };
  const onAbort = () => {
    stop('stopped by the caller');
    pool.unpause();
  };

  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  /** Retries of one chunk's transient failures (never of a call that may have been applied, unless it carries its key). */
  const retry = resolveRetry(options.callOptions?.retry);
  const random = retry ? retry.random : Math.random;
  /** the last journal record per chunk is `sending`: a re-attempt needs no new one */
  const journaledSending = new Set<number>();

  /**
   * One attempt at one chunk, in a pool slot. Returns `{ again }` to be run again after a wait
   * (outside the slot): a 429 (nothing was applied: always, whatever the operation), or a
   * transient failure the retry policy allows.
   */
  const attempt = async (c: PreparedChunk, state: { retries: number; refusals: number; waitedMs: number }): Promise<TaskResult> => {
    const { index, rows, body, key } = c;
    if (stopReason !== undefined) {
      report.addPendingChunk(index, rows, key);
      return;
    }
    const j = journalNow();
    if (!journaledSending.has(index)) {
      j.append({ type: 'sending', chunk: index, firstRow: rows[0]!.row, lastRow: rows[rows.length - 1]!.row, rows: rows.length, digest: c.digest });
      journaledSending.add(index);
    }
    const ticket = limit.sent(pool.inFlight);
    const finish = () => {
      chunksDone++;
      progress('importing', true);
    };
    try {
      // every row and the template were checked before chunking; a chunk is only those, so it is
      // not validated again (unless a chunkTemplate hook changed the template)
      const validate = options.chunkTemplate ? undefined : false;
      const data = await sobot.call(operationId, { body }, {
        validate, ...(options.callOptions?.timeoutMs !== undefined && { timeoutMs: options.callOptions.timeoutMs }),
        retry: false, ...(key && { idempotencyKey: key }),
      });
      limit.succeeded(ticket);
      const outcome = profile.interpret(data, rows.length);
      j.append({ type: 'done', chunk: index, ...outcome });
      report.addChunk(index, rows, outcome, { via: 'sent', ...(key && { idempotencyKey: key }) });
      finish();
      return;
    } catch (e) {
      const err = e instanceof SobotError ? e : new SobotError(e instanceof Error ? e.message : String(e), { mayHaveBeenApplied: true, cause: e });
      if (err.status === 429 && !err.mayHaveBeenApplied) {
        // an explicit refusal: nothing was applied, so the chunk is sent again after the wait
        limit.refused(ticket);
        state.refusals++;
        const after = parseRetryAfter(err.headers['retry-after'], now());
        const wait = Math.min(after ?? backoffDelay(state.refusals, REFUSAL_BASE_MS, REFUSAL_MAX_MS, random), retry ? retry.maxRetryAfterMs : 60_000);
        if (state.refusals > MAX_REFUSALS_PER_CHUNK) {
          j.append({ type: 'notSent', chunk: index, reason: `refused ${state.refusals} times (HTTP 429)` });
          journaledSending.delete(index);
          report.addPendingChunk(index, rows, key);
          stop(`the server refused chunk ${index} ${state.refusals} times with HTTP 429 (too many requests); resume later`);
          finish();
          return;
        }
        // a server that refused a call sent alone: nothing starts until the wait is over. Not on
        // every refusal at a limit of 1: a refused probe at 2 leaves the other call running and
        // the server taking one at a time, and pausing then stalled the whole import for the
        // probe's backoff (a server limited to one call, 60 calls of 50 ms on a loaded machine:
        // 5.4–6.4 s with the pause, 4.4–5.3 s without; 3 runs each)
        if (ticket.inFlight <= 1) pool.pause(wait);
        if (!op.idempotent) {
          // a kill during the wait must not leave this chunk "in flight": nothing of it was applied
          j.append({ type: 'notSent', chunk: index, reason: 'refused with HTTP 429; sent again after the wait' });
          journaledSending.delete(index);
        }
        state.waitedMs += wait;
        return { again: wait };
      }
      if (retry && retryable(err, op.idempotent) && state.retries < retry.maxRetries && !options.signal?.aborted) {
        const after = parseRetryAfter(err.headers['retry-after'], now());
        const wait = after !== undefined ? Math.min(after, retry.maxRetryAfterMs) : backoffDelay(state.retries, retry.baseDelayMs, retry.maxDelayMs, retry.random);
        state.retries++;
        return { again: wait };
      }
      if (err instanceof SobotValidationError) {
        // the per-row check passed, so the request as a whole breaks a rule: nothing was sent
        j.append({ type: 'notSent', chunk: index, reason: oneLine(err.message) });
        report.addPendingChunk(index, rows, key);
        stop(err.message);
      } else if (isRefusal(err)) {
        const detail = serverWords(err);
        const outcome: ChunkOutcome = { rejected: rows.map((_, i) => ({ index: i, detail })), unknown: [] };
        j.append({ type: 'done', chunk: index, ...outcome });
        report.addChunk(index, rows, outcome, { via: 'sent', ...(key && { idempotencyKey: key }) });
      } else if (err.mayHaveBeenApplied) {
        // the journal keeps `sending`: a resume re-sends it with the same key, or reports it unknown
        const detail = `${serverWords(err)} — the server may have applied this call; ${op.idempotent ? 'resume to send it again with the same Idempotency-Key' : 'check on the server before sending these rows again'}`;
        report.addChunk(index, rows, { rejected: [], unknown: rows.map((_, i) => ({ index: i, detail })) }, { via: 'sent', ...(key && { idempotencyKey: key }) });
        stop(err.message);
      } else {
        j.append({ type: 'notSent', chunk: index, reason: oneLine(err.message) });
        report.addPendingChunk(index, rows, key);
        stop(err.message);
      }
      finish();
      return;
    }
  };

  let ledgerChecked = !options.importLedger || options.importId === undefined;
  const dispatch = async (index: number, rows: ChunkRow[]) => {
    const chunkTemplate = options.chunkTemplate ? options.chunkTemplate(template, index) : template;
    const body = bodyWithItems(chunkTemplate, pointer, rows.map((r) => r.item));
    const digest = chunkDigest(JSON.stringify(body));
    if (!ledgerChecked) {
      // before the first call: an id already used for other content is refused here
      ledgerChecked = true;
      claimImportId(options.importLedger!, {
        importId: options.importId!, operationId, identity: sha256(`${fingerprint}/${options.contentDigest ?? `first-chunk:${digest}`}`),
        ...(options.checkpoint && { source: options.checkpoint }),
      });
    }
    const key = op.idempotent ? chunkIdempotencyKey(journalNow().header.importId, index, digest) : undefined;
    const state = journal?.state(index);
    if (state?.sending && state.sending.digest !== undefined && state.sending.digest !== digest) {
      throw new SobotConfigError(
        `the rows differ from the checkpoint at chunk ${index} (rows ${rows[0]!.row}–${rows[rows.length - 1]!.row}): resume needs the same input in the same order`,
      );
    }
    if (state?.done) {
      report.addChunk(index, rows, state.done, { via: 'checkpoint', ...(key && { idempotencyKey: key }) });
      chunksDone++;
      return;
    }
    if (state?.inflight && !op.idempotent && !options.resendUnknown) {
      report.addChunk(index, rows, { rejected: [], unknown: rows.map((_, i) => ({ index: i, detail: IN_FLIGHT_NOT_IDEMPOTENT })) }, { via: 'inflight' });
      chunksDone++;
      return;
    }
    if (stopReason !== undefined) {
      report.addPendingChunk(index, rows, key);
      return;
    }
    if (state?.inflight) journaledSending.add(index);
    const chunk: PreparedChunk = { index, rows, body, digest, key };
    const tries = { retries: 0, refusals: 0, waitedMs: 0 };
    // the import may stop while this chunk waits for a free slot: then it is not sent
    await pool.submit(() => attempt(chunk, tries));
    // let responses that arrived while this chunk was built be read, so their slots refill now
    await new Promise<void>((r) => setImmediate(r));
  };

  const toValue = (src: SourceRow): unknown => {
    let v = src.value;
    if (scalarRows && isPlainObject(v)) {
      const columns = src.columns ?? Object.keys(v);
      const col = valueColumn && columns.includes(valueColumn) ? valueColumn : columns.length === 1 ? columns[0] : undefined;
      if (col === undefined) {
        throw new SobotConfigError(`each ${operationId} row is a single value: name its column (valueColumn${valueColumn ? `, default "${valueColumn}"` : ''}); the rows have ${columns.map((c) => `"${c}"`).join(', ')}`);
      }
      if (!columnsNoted && columns.length > 1) {
        report.warnings.push(`rows are read from column "${col}"; columns ${columns.filter((c) => c !== col).map((c) => `"${c}"`).join(', ')} are not used`);
      }
      columnsNoted = true;
      v = v[col] ?? '';
    } else if (!scalarRows && isPlainObject(v) && options.rowDefaults) {
      v = { ...options.rowDefaults, ...v };
    }
    return v;
  };
  let columnsNoted = false;

  // sized for the whole input when its length is known: no doubling (and no old table beside the new one) on the way
  const seen = new SeenKeys(SeenKeys.slotsFor(options.totalRows ?? (Array.isArray(options.rows) ? options.rows.length : 0)));
  let current: ChunkRow[] = [];
  let nextChunk = 0;
  let templateChecked = false;
  try {
    for await (const { first, rows: sources } of rowBatches(options.rows as Iterable<unknown>)) {
      for (let k = 0; k < sources.length; k++) {
        const row = first + k;
        const source = sources[k]!;
        report.read();
        const line = source.line;
        if (source.issue) {
          report.addInvalid(row, line, [source.issue]);
        } else {
          const result = check(toValue(source), source.text);
          if (!templateChecked) {
            templateChecked = true;
            if (result.templateIssues.length) throw validationError(operationId, result.templateIssues);
          }
          if (result.issues.length) {
            report.addInvalid(row, line, result.issues as RowIssue[]);
          } else {
            const key = skipDuplicates ? profile.key?.(result.item) : undefined;
            const first = key === undefined ? undefined : seen.firstOrAdd(key, row);
            if (first !== undefined) {
              report.addDuplicate(row, line, first);
            } else {
              current.push(line === undefined ? { row, item: result.item } : { row, line, item: result.item });
              if (current.length === chunkSize) {
                const rows = current;
                current = [];
                await dispatch(nextChunk++, rows);
              }
            }
          }
        }
        if (report.totals.rows % 500 === 0) progress();
      }
    }
    if (current.length) await dispatch(nextChunk++, current);
    await pool.drain();
    journalNow();

    const resultOp = op.batch.resultOperation;
    if (resultOp && options.poll !== false && profile.resultRequests && report.totals.accepted > 0 && stopReason === undefined) {
      const servers = report.chunks.filter((c) => c.status === 'done' && c.accepted > 0 && c.server).map((c) => c.server!);
      const { requests, codes } = profile.resultRequests(template, servers);
      progress('polling');
      try {
        report.server = await pollResults({
          sobot, operationId: resultOp, requests, codes, rowsSent: report.totals.accepted, options: options.poll || {},
          now, sleep, signal: options.signal, onPoll: () => progress('polling'),
        });
      } catch (e) {
        report.warnings.push(`could not read the server's results with ${resultOp}: ${oneLine(e instanceof Error ? e.message : String(e))}`);
      }
    }
  } finally {
    await pool.drain();
    journal?.close();
    options.signal?.removeEventListener('abort', onAbort);
  }
  progress('done');
  report.warnings.unshift(...journal!.warnings);
  if (limit.refusals) {
    report.warnings.push(`the server refused ${limit.refusals} call${limit.refusals === 1 ? '' : 's'} with HTTP 429 (too many requests); each was sent again after the wait, and the import kept ${limit.limit} call${limit.limit === 1 ? '' : 's'} in flight at the end (at most ${limit.peak})`);
  }
  return report.build({
    importId: journal!.header.importId, operationId,
    status: stopReason === undefined ? 'completed' : 'stopped', ...(stopReason !== undefined && { stopReason }),
    startedAt, finishedAt: new Date(now()).toISOString(), chunkSize, chunkSizeSource, concurrency,
    throttling: { refusals: limit.refusals, peakConcurrency: limit.peak, finalConcurrency: limit.limit }, idempotent: op.idempotent,
    ...(options.checkpoint && { checkpoint: options.checkpoint }), resumed: journal!.resumed,
  });
}
