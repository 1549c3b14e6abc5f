/** Public types of the bulk helpers. */
import type { CallOptions } from '../call.js';

/** Why a row is invalid, or why the server refused it: the field and the rule. */
export interface RowIssue {
  /** `telephone`, `customFields[0].fieldId`, the CSV column of a scalar row, or `(row)` for the whole row */
  field: string;
  /** schema keyword (`required`, `pattern`, `maxLength`, `additionalProperties`, …), or `columns` / `json` for unreadable rows */
  rule: string;
  message: string;
}

export interface RowRef {
  /** 1-based position among the input rows */
  row: number;
  /** 1-based line in the source file, when the rows come from a file */
  line?: number;
}

export interface InvalidRow extends RowRef { issues: RowIssue[] }
export interface DuplicateRow extends RowRef { duplicateOf: number }
export interface ServerRowDetail extends RowRef {
  chunk: number;
  /** one line: the server's words where it gave any */
  detail: string;
  /** the server's own string for this row, e.g. `NO[2],[numberType],Content[2],[Reference:1-number]` */
  raw?: string;
  field?: string;
}

export interface RowRange { from: number; to: number }

export interface ImportTotals {
  /** every input row; always accepted + rejected + duplicate + invalid + unknown + pending */
  rows: number;
  /** sent and accepted by the server */
  accepted: number;
  /** sent and refused by the server (see `rejected` for its detail) */
  rejected: number;
  /** not sent: the same number appeared on an earlier row */
  duplicate: number;
  /** not sent: the row breaks the spec's schema */
  invalid: number;
  /** sent, but whether the server applied it is not known (see `unknown`) */
  unknown: number;
  /** not sent because the import stopped early; a resume sends them */
  pending: number;
}

export interface ChunkSummary {
  index: number;
  rows: number;
  firstRow: number;
  lastRow: number;
  status: 'done' | 'unknown' | 'pending';
  /** `sent` in this run, `checkpoint` when a previous run had finished it, `inflight` when a previous run stopped while sending it */
  via?: 'sent' | 'checkpoint' | 'inflight';
  accepted: number;
  rejected: number;
  unknown: number;
  idempotencyKey?: string;
  /** what the server answered that matters later (e.g. the calling-list batch code, contact-plan ids) */
  server?: Record<string, unknown>;
  warnings?: string[];
}

/** The server's own view of an asynchronous import (calling lists). */
export interface ServerResults {
  operationId: string;
  /** true when the counts stopped changing (or covered every row sent) before the timeout */
  settled: boolean;
  polls: number;
  successCount: number;
  errorCount: number;
  repeatCount: number;
  removeDuplicatesCount: number;
  errorReportPaths: string[];
  /** the batch codes the counts belong to */
  callingListCodes: string[];
  note?: string;
}

export interface ImportReport {
  importId: string;
  operationId: string;
  status: 'completed' | 'stopped';
  stopReason?: string;
  startedAt: string;
  finishedAt: string;
  chunkSize: number;
  /** `seed`: the vendor's limit; `default`: the project's configurable default (x-sobot-batch) */
  chunkSizeSource: 'seed' | 'default' | 'option';
  /** the most calls the import was allowed in flight */
  concurrency: number;
  /** how the server's limit was felt: 429 refusals (each chunk refused was sent again after the wait) and the in-flight limit the pool reached */
  throttling: { refusals: number; peakConcurrency: number; finalConcurrency: number };
  idempotent: boolean;
  checkpoint?: string;
  resumed: boolean;
  totals: ImportTotals;
  invalid: InvalidRow[];
  duplicate: DuplicateRow[];
  rejected: ServerRowDetail[];
  unknown: ServerRowDetail[];
  pending: RowRange[];
  chunks: ChunkSummary[];
  server?: ServerResults;
  warnings: string[];
}

/** The running totals (as in ImportTotals) plus where the import stands. */
export interface ImportProgress extends Omit<ImportTotals, 'rows'> {
  phase: 'importing' | 'polling' | 'done';
  rowsRead: number;
  /** rows whose outcome is known (any category) */
  rowsDone: number;
  totalRows?: number;
  chunksDone: number;
  chunksInFlight: number;
  /** rows settled per second in this run (rows replayed from a checkpoint excluded) */
  rowsPerSecond: number;
  /** seconds left at the current rate, when the total is known */
  etaSeconds?: number;
}

export interface PollOptions {
  /** between polls (default 2000 ms) */
  intervalMs?: number;
  /** give up waiting after this long (default 120000 ms); the report then says `settled: false` */
  timeoutMs?: number;
  /** this many identical answers in a row count as settled (default 3) */
  stablePolls?: number;
}

export interface BulkImportOptions<Row = unknown, Template = unknown> {
  /** the rows: an array, any iterable or async iterable (e.g. `readCsv(path)`), of any size */
  rows: Iterable<Row | import('./source-row.js').SourceRow> | AsyncIterable<Row | import('./source-row.js').SourceRow>;
  /** the request body without the rows (e.g. the task and batch of a calling list) */
  template?: Template;
  /** merged under every object row (row values win), e.g. `{ numberType: 1, callType: 3, enabled: 1 }` */
  rowDefaults?: Record<string, unknown>;
  /** for rows that are bare values (contact-plan phone numbers): the CSV/JSON column that holds the value */
  valueColumn?: string;
  /** rows per call; at most the vendor's limit where the spec states one (x-sobot-batch.maxItemsSource: seed) */
  chunkSize?: number;
  /**
   * at most this many calls in flight (default 16). The pool starts at `initialConcurrency` and
   * adapts to the server: one more per window of successes, halved on a 429 (docs/bulk-imports.md)
   */
  concurrency?: number;
  /** calls in flight at the start (default 4, never above `concurrency`) */
  initialConcurrency?: number;
  /**
   * a file recording the import ids named with `importId`: an id already used there for other
   * content (another template, other rows) is refused before anything is sent. The CLI keeps one
   * next to its profiles.
   */
  importLedger?: string;
  /**
   * digest of the whole input, when the caller can compute it up front (the CLI hashes the file
   * in its counting pass): kept in the checkpoint (a resume with another file is refused) and
   * in the import-id ledger. Without it the ledger binds the id to the first chunk.
   */
  contentDigest?: string;
  /** names the import: chunk Idempotency-Keys derive from it. Default: random, or the checkpoint's */
  importId?: string;
  /** path of the checkpoint journal; with it, a stopped or killed import can be resumed */
  checkpoint?: string;
  /** continue the import recorded in `checkpoint` (it must exist); without it the checkpoint must not exist */
  resume?: boolean;
  /**
   * Non-idempotent operations only: re-send chunks a previous run was sending when it stopped
   * (default false: they are reported as `unknown`, since the server may have applied them).
   */
  resendUnknown?: boolean;
  /** fsync the checkpoint after every record (default true) */
  fsync?: boolean;
  /** `skip` (default, except calling lists with `NonRemoveDuplicates`) or `send` repeated numbers */
  duplicates?: 'skip' | 'send';
  /** number of input rows, for the ETA (taken from arrays automatically) */
  totalRows?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** stops the import gracefully: no new chunk starts, chunks in flight finish, the rest is `pending` */
  signal?: AbortSignal;
  /**
   * per-call options for the chunk calls. `retry` governs retries of transient failures (default:
   * the SDK's defaults, 2 retries; false for none); the import runs them itself, waiting outside
   * its concurrency slots, so the client's own `retry` setting does not apply to chunk calls.
   * A 429 is always retried after its wait, whatever this says: nothing was applied.
   */
  callOptions?: Pick<CallOptions, 'timeoutMs' | 'retry'>;
  /** polling of the result operation (calling lists); false to skip it */
  poll?: PollOptions | false;
  /** the body template of chunk `index` (must be deterministic, for resume); default: `template` */
  chunkTemplate?: (template: Template | undefined, index: number) => Template;
  /** injectable time (tests) */
  clock?: { now?: () => number; sleep?: (ms: number, signal?: AbortSignal) => Promise<void> };
}
