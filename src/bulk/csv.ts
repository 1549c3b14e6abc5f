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
import { CsvParser, CsvSyntaxError, type CsvRecord } from './csv-parser.js';
import { StrictUtf8Decoder } from './strict-utf8.js';
import { ROW_BATCHES, SourceRow, type RowBatches } from './source-row.js';

export interface CsvOptions {
  /** field delimiter (default `,`) */
  delimiter?: string;
  /**
   * file encoding (default utf8, checked strictly: invalid bytes and UTF-16 stop the reading with
   * the line and byte; a UTF-8 BOM is dropped). Another encoding is decoded by Node as given.
   */
  encoding?: BufferEncoding;
}

export type TextSource = string | Readable | AsyncIterable<string | Uint8Array>;

const isUtf8 = (e: BufferEncoding | undefined) => e === undefined || /^utf-?8$/i.test(e);

/** The input's bytes (or strings, when the caller hands over text), a chunk at a time. */
export function openText(input: TextSource): Readable {
  if (typeof input === 'string') return createReadStream(input, { highWaterMark: 1 << 16 });
  return input instanceof Readable ? input : Readable.from(input);
}

/** The input as text, a chunk at a time: strict UTF-8 by default (strict-utf8.ts), else Node's decoder for `encoding`. */
export async function* textChunks(input: TextSource, encoding: BufferEncoding | undefined): AsyncGenerator<string> {
  const name = typeof input === 'string' ? input : 'the input';
  const strict = isUtf8(encoding) ? new StrictUtf8Decoder(name) : undefined;
  const loose = strict ? undefined : new StringDecoder(encoding);
  for await (const chunk of openText(input) as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') yield chunk;
    else yield strict ? strict.write(chunk) : loose!.write(chunk as Buffer);
  }
  const rest = strict ? strict.end() : loose!.end();
  if (rest) yield rest;
}

/** Records of the input, a chunk's worth at a time. */
async function* records(input: TextSource, options: CsvOptions): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser(options.delimiter ?? ',');
  for await (const text of textChunks(input, options.encoding)) {
    const out = parser.push(text);
    if (out.length) yield out;
  }
  const last = parser.end();
  if (last.length) yield last;
}

/** The header's column names, refused when one is named twice (the last would silently win). */
function headerOf(fields: string[], line: number): string[] {
  const header = fields.map((h) => h.trim());
  const at = new Map<string, number[]>();
  header.forEach((h, i) => at.set(h, [...(at.get(h) ?? []), i + 1]));
  const twice = [...at].filter(([, cols]) => cols.length > 1);
  if (twice.length) {
    const list = twice.map(([h, cols]) => `${h === '' ? 'an empty name' : JSON.stringify(h)} (columns ${cols.join(', ')})`).join('; ');
    throw new CsvSyntaxError(`the header names a column more than once: ${list}; rename or remove the extra columns, since only one value per column can be sent`, line);
  }
  return header;
}

/** SourceRows, a chunk of the file at a time (the bulk import takes them so, without a promise per row). */
async function* csvBatches(input: TextSource, options: CsvOptions): AsyncGenerator<SourceRow[]> {
  let header: string[] | undefined;
  for await (const batch of records(input, options)) {
    const rows: SourceRow[] = [];
    for (const { fields, line } of batch) {
      if (!header) {
        header = headerOf(fields, line);
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
  for await (const batch of records(input, options)) {
    if (n === -1 && batch.length) headerOf(batch[0]!.fields, batch[0]!.line);
    n += batch.length;
  }
  return Math.max(n, 0);
}
