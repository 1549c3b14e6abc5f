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

export interface NumberedRow {
  /** 1-based position among the input rows */
  row: number;
  source: SourceRow;
}

type Rows = Iterable<unknown> | AsyncIterable<unknown>;

/** Numbers rows 1, 2, 3, … in input order, wrapping plain values. */
export async function* numberRows(rows: Rows): AsyncGenerator<NumberedRow> {
  let row = 0;
  for await (const value of rows as AsyncIterable<unknown>) {
    yield { row: ++row, source: value instanceof SourceRow ? value : new SourceRow(value) };
  }
}
