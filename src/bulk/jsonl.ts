/** Streams JSON Lines: one JSON value per line, read line by line. A line that is not JSON is an invalid row. */
import { createInterface } from 'node:readline';
import { SourceRow } from './source-row.js';
import { openText, type TextSource } from './csv.js';

export async function* readJsonl(input: TextSource, options: { encoding?: BufferEncoding } = {}): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: openText(input, options.encoding), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (!t.trim()) continue;
    try {
      yield new SourceRow(JSON.parse(t), line);
    } catch (e) {
      yield new SourceRow(undefined, line, false, { field: '(row)', rule: 'json', message: `not JSON: ${(e as Error).message}` });
    }
  }
}

export async function countJsonlRows(input: TextSource, options: { encoding?: BufferEncoding } = {}): Promise<number> {
  let n = 0;
  for await (const text of createInterface({ input: openText(input, options.encoding), crlfDelay: Infinity })) if (text.trim()) n++;
  return n;
}
