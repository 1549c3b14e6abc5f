/**
 * One input row with where it came from. Readers (CSV, JSONL) yield these so problems are
 * reported by file line; plain values given by a caller are wrapped with their position only.
 */
import type { RowIssue } from './types.js';

export class SourceRow {
  constructor(
    /** the parsed value: a CSV record (column → cell, empty cells left out), a JSON value, or the caller's row */
    readonly value: unknown,
    /** 1-based line of the file where the row starts */
    readonly line?: number,
    /** true when every value is text (CSV): numbers and booleans are converted where the schema asks for them */
    readonly text = false,
    /** a problem found while reading (bad JSON, wrong number of fields): the row is invalid */
    readonly issue?: RowIssue,
    /** the CSV header, when the row comes from one */
    readonly columns?: readonly string[],
  ) {}
}

/** Readers that can hand over rows a chunk at a time offer them under this key. */
export const ROW_BATCHES = Symbol.for('sobot-cc.rowBatches');
export interface RowBatches {
  [ROW_BATCHES](): AsyncIterable<SourceRow[]>;
}

type Rows = Iterable<unknown> | AsyncIterable<unknown>;

const wrap = (value: unknown): SourceRow => (value instanceof SourceRow ? value : new SourceRow(value));

/** Consecutive input rows; the first is row `first` (1-based). */
export interface RowBatch {
  first: number;
  rows: SourceRow[];
}

/**
 * The input rows in order, in batches: a reader offering ROW_BATCHES (readCsv) and arrays are
 * taken a batch at a time, other iterables a row at a time. Plain values are wrapped.
 */
export async function* rowBatches(rows: Rows): AsyncGenerator<RowBatch> {
  let first = 1;
  if (Array.isArray(rows)) {
    for (let i = 0; i < rows.length; i += 500) yield { first: i + 1, rows: rows.slice(i, i + 500).map(wrap) };
    return;
  }
  const batches = (rows as Partial<RowBatches>)[ROW_BATCHES];
  if (typeof batches === 'function') {
    for await (const batch of batches.call(rows)) {
      yield { first, rows: batch };
      first += batch.length;
    }
    return;
  }
  for await (const value of rows as AsyncIterable<unknown>) yield { first: first++, rows: [wrap(value)] };
}
