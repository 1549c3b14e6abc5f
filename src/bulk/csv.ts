/**
 * Streams a CSV file (csv-parser.ts): one chunk of text at a time, never the whole file in
 * memory. The first record is the header. Empty cells are left out of the row (an empty cell is
 * an absent value, so the schema's `required` speaks for it). A record whose number of fields
 * differs from the header's is reported as an invalid row rather than silently cut or padded.
 * A syntax error (e.g. a stray quote) ends the reading with an error naming the line: rows after
 * it cannot be told apart reliably.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { ROW_BATCHES, SourceRow, type RowBatches } from './source-row.js';

export interface CsvOptions {
  /** field delimiter (default `,`) */
  delimiter?: string;
  /** file encoding (default utf8; a UTF-8 BOM is dropped) */
  encoding?: BufferEncoding;
}

export type TextSource = string | Readable | AsyncIterable<string | Uint8Array>;

export function openText(input: TextSource, encoding: BufferEncoding = 'utf8'): Readable {
  if (typeof input === 'string') return createReadStream(input, { encoding, highWaterMark: 1 << 16 });
  return input instanceof Readable ? input : Readable.from(input);
}

/** Records of the input, a chunk's worth at a time. */
async function* records(input: TextSource, options: CsvOptions): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser(options.delimiter ?? ',');
  const decoder = new StringDecoder(options.encoding ?? 'utf8');
  for await (const chunk of openText(input, options.encoding) as AsyncIterable<string | Uint8Array>) {
    const out = parser.push(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    if (out.length) yield out;
  }
  const last = parser.push(decoder.end());
  parser.end(last);
  if (last.length) yield last;
}

/** SourceRows, a chunk of the file at a time (the bulk import takes them so, without a promise per row). */
async function* csvBatches(input: TextSource, options: CsvOptions): AsyncGenerator<SourceRow[]> {
  let header: string[] | undefined;
  for await (const batch of records(input, options)) {
    const rows: SourceRow[] = [];
    for (const { fields, line } of batch) {
      if (!header) {
        header = fields.map((h) => h.trim());
        continue;
      }
      if (fields.length !== header.length) {
        rows.push(new SourceRow(undefined, line, true, {
          field: '(row)', rule: 'columns', message: `has ${fields.length} fields, the header has ${header.length}`,
        }, header));
        continue;
      }
      const value: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) if (fields[i] !== '') value[header[i]!] = fields[i]!;
      rows.push(new SourceRow(value, line, true, undefined, header));
    }
    if (rows.length) yield rows;
  }
}

export function readCsv(input: TextSource, options: CsvOptions = {}): AsyncGenerator<SourceRow> & RowBatches {
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const batch of csvBatches(input, options)) yield* batch;
  }
  // a generator not iterated reads nothing, so offering both ways costs nothing
  return Object.assign(rows(), { [ROW_BATCHES]: () => csvBatches(input, options) });
}

/** Counts data rows (records after the header) in one streaming pass; syntax errors surface here, before anything is sent. */
export async function countCsvRows(input: TextSource, options: CsvOptions = {}): Promise<number> {
  let n = -1;
  for await (const batch of records(input, options)) n += batch.length;
  return Math.max(n, 0);
}
