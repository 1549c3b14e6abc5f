/**
 * The bulk import: rows in, validated one by one with the spec's validators, split into calls
 * of at most x-sobot-batch.maxItems, sent with bounded concurrency, each call's outcome mapped
 * back to its input rows, a checkpoint journal written around every call, and a report that
 * accounts for every row.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { operations } from '../../generated/runtime-operations.js';
import { SobotApiError, SobotConfigError, SobotError, SobotHttpError, SobotValidationError } from '../errors.js';
import { validationError } from '../validate.js';
import { sleep as realSleep } from '../retry/sleep.js';
import type { OperationMeta } from '../spec-types.js';
import type { SobotClient } from '../client.js';
import { asBulkClient } from './client.js';
import { openJournal, type Journal } from './checkpoint.js';
import { chunkIdempotencyKey } from './idempotency.js';
import { bodyWithItems, pointerParts, templateWithoutItems } from './pointer.js';
import { pollResults } from './poll.js';
import { Pool } from './pool.js';
import { profileFor, type ChunkOutcome } from './profiles.js';
import { ProgressMeter } from './progress.js';
import { ReportBuilder, type ChunkRow } from './report.js';
import { createRowChecker, rowType } from './row-check.js';
import { rowBatches, type SourceRow } from './source-row.js';
import { stableJson } from './stable-json.js';
import type { BulkImportOptions, ImportReport, RowIssue } from './types.js';

const IN_FLIGHT_NOT_IDEMPOTENT =
  'was being sent when an earlier run stopped; this operation takes no Idempotency-Key, so it was not sent again: check on the server whether these rows arrived';

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A refusal the server stated (failure envelope or 4xx): the chunk was not applied, and sending it again would not help. */
function isRefusal(e: SobotError): boolean {
  if (e instanceof SobotApiError) return true;
  return e instanceof SobotHttpError && e.status !== undefined && e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status);
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
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const now = options.clock?.now ?? Date.now;
  const sleep = options.clock?.sleep ?? realSleep;
  const template = templateWithoutItems(options.template, pointer) as Template | undefined;
  const scalarRows = rowType(operationId, pointer, template) !== 'object';
  const valueColumn = options.valueColumn ?? profile.valueColumn;
  const itemLabel = scalarRows ? valueColumn ?? `${pointerParts(pointer).pop() ?? 'body'} item` : 'row';
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
    header: { type: 'import' as const, version: 1 as const, importId: options.importId, operationId, chunkSize, fingerprint },
    newImportId: () => randomUUID(),
  };
  if (options.checkpoint && !options.resume && existsSync(options.checkpoint)) {
    throw new SobotConfigError(`checkpoint ${options.checkpoint} already exists: resume that import, or remove the file to start over`);
  }
  if (options.resume && !options.checkpoint) throw new SobotConfigError('resume needs the checkpoint path');
  // a fresh journal is created at the first chunk, so a template error leaves no file behind
  let journal: Journal | undefined = options.resume ? openJournal(journalOptions) : undefined;
  const journalNow = () => (journal ??= openJournal(journalOptions));

  const meter = new ProgressMeter(now, options.totalRows ?? (Array.isArray(options.rows) ? options.rows.length : undefined));
  // as many chunks ready as there are slots: a slot that frees is refilled without waiting for the reader
  const pool = new Pool(concurrency, concurrency);
  let chunksDone = 0;
  /** `finishing`: called by a chunk's own task, which still holds its pool slot */
  const progress = (phase: 'importing' | 'polling' | 'done' = 'importing', finishing = false) =>
    options.onProgress?.(meter.snapshot(report, phase, chunksDone, pool.inFlight - (finishing ? 1 : 0)));

  let stopReason: string | undefined;
  const stop = (reason: string) => { stopReason ??= oneLine(reason); };
  const onAbort = () => stop('stopped by the caller');
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const send = async (index: number, rows: ChunkRow[], digest: string | undefined, key: string | undefined) => {
    const j = journalNow();
    j.append({ type: 'sending', chunk: index, firstRow: rows[0]!.row, lastRow: rows[rows.length - 1]!.row, rows: rows.length, ...(digest !== undefined && { digest }) });
    const chunkTemplate = options.chunkTemplate ? options.chunkTemplate(template, index) : template;
    const body = bodyWithItems(chunkTemplate, pointer, rows.map((r) => r.item));
    try {
      // every row and the template were checked before chunking; a chunk is only those, so it is
      // not validated again (unless a chunkTemplate hook changed the template)
      const validate = options.chunkTemplate ? undefined : false;
      const data = await sobot.call(operationId, { body }, { validate, ...options.callOptions, ...(key && { idempotencyKey: key }) });
      const outcome = profile.interpret(data, rows.length);
      j.append({ type: 'done', chunk: index, ...outcome });
      report.addChunk(index, rows, outcome, { via: 'sent', ...(key && { idempotencyKey: key }) });
    } catch (e) {
      const err = e instanceof SobotError ? e : new SobotError(e instanceof Error ? e.message : String(e), { mayHaveBeenApplied: true, cause: e });
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
    }
    chunksDone++;
    progress('importing', true);
  };

  const dispatch = async (index: number, rows: ChunkRow[]) => {
    const key = op.idempotent ? chunkIdempotencyKey(journalNow().header.importId, index) : undefined;
    // only a checkpoint file is ever compared with a later run's rows
    const digest = options.checkpoint ? sha256(JSON.stringify(rows.map((r) => r.item))).slice(0, 32) : undefined;
    const state = journal?.state(index);
    if (state?.sending && digest !== undefined && state.sending.digest !== digest) {
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
    // the import may stop while this chunk waits for a free slot: then it is not sent
    await pool.submit(async () => {
      if (stopReason !== undefined) report.addPendingChunk(index, rows, key);
      else await send(index, rows, digest, key);
    });
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

  const seen = new Map<string, number>();
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
            const first = key === undefined ? undefined : seen.get(key);
            if (first !== undefined) {
              report.addDuplicate(row, line, first);
            } else {
              if (key !== undefined) seen.set(key, row);
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
  return report.build({
    importId: journal!.header.importId, operationId,
    status: stopReason === undefined ? 'completed' : 'stopped', ...(stopReason !== undefined && { stopReason }),
    startedAt, finishedAt: new Date(now()).toISOString(), chunkSize, chunkSizeSource, concurrency, idempotent: op.idempotent,
    ...(options.checkpoint && { checkpoint: options.checkpoint }), resumed: journal!.resumed,
  });
}
