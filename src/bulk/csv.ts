/**
 * Streams a CSV file through csv-parse: one record at a time, never the whole file in memory.
 * The first record is the header. Empty cells are left out of the row (an empty cell is an
 * absent value, so the schema's `required` speaks for it). A record whose number of fields
 * differs from the header's is reported as an invalid row rather than silently cut or padded.
 * A syntax error (e.g. a stray quote) ends the reading with an error naming the line: rows after
 * it cannot be told apart reliably.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { SourceRow } from './source-row.js';

export interface CsvOptions {
  /** field delimiter (default `,`) */
  delimiter?: string;
  /** file encoding (default utf8; a UTF-8 BOM is dropped) */
  encoding?: BufferEncoding;
}

export type TextSource = string | Readable | AsyncIterable<string | Uint8Array>;

export function openText(input: TextSource, encoding: BufferEncoding = 'utf8'): Readable {
  if (typeof input === 'string') return createReadStream(input, { encoding });
  return input instanceof Readable ? input : Readable.from(input);
}

/** Line breaks inside quoted cells (CRLF as one): the record started that many lines before it ended. */
const breaks = (fields: string[]) => fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
/** csv-parse 7 counts a CRLF inside a quoted cell as two lines: its line count runs ahead by that many. */
const crlfs = (fields: string[]) => fields.reduce((n, f) => n + (f.match(/\r\n/g)?.length ?? 0), 0);

export async function* readCsv(input: TextSource, options: CsvOptions = {}): AsyncGenerator<SourceRow> {
  const parser = openText(input, options.encoding).pipe(parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }));
  let header: string[] | undefined;
  let ahead = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    ahead += crlfs(record);
    const line = info.lines - ahead - breaks(record);
    if (!header) {
      header = record.map((h) => h.trim());
      continue;
    }
    if (record.length !== header.length) {
      yield new SourceRow(undefined, line, true, {
        field: '(row)', rule: 'columns', message: `has ${record.length} fields, the header has ${header.length}`,
      }, header);
      continue;
    }
    const value: Record<string, string> = {};
    header.forEach((name, i) => {
      if (record[i] !== '') value[name] = record[i]!;
    });
    yield new SourceRow(value, line, true, undefined, header);
  }
}

/** Counts data rows (records after the header) in one streaming pass; syntax errors surface here, before anything is sent. */
export async function countCsvRows(input: TextSource, options: CsvOptions = {}): Promise<number> {
  let n = -1;
  const parser = openText(input, options.encoding).pipe(parse({ bom: true, delimiter: options.delimiter ?? ',', skip_empty_lines: true, relax_column_count: true }));
  for await (const _ of parser) n++;
  return Math.max(n, 0);
}
