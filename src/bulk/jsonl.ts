/**
 * Streams JSON Lines: one JSON value per line. A line that is not JSON is an invalid row; so is
 * a line longer than MAX_RECORD_CHARS (the CSV reader's record limit): its text is skipped
 * without being held — a 600 MB line once crashed the reader with `Invalid string length` — and
 * reading goes on at the next line, since JSON Lines records cannot run into each other.
 * Text is decoded as the CSV reader does it (strict UTF-8 by default, csv.ts textChunks).
 */
import { MAX_RECORD_CHARS } from './csv-parser.js';
import { textChunks, type TextSource } from './csv.js';
import { SourceRow } from './source-row.js';

interface Line { line: number; text: string; overlong?: number }

/** The input's lines (LF or CRLF), each at most `max` characters; longer ones carry their length only. */
async function* lines(input: TextSource, encoding: BufferEncoding | undefined, max: number): AsyncGenerator<Line> {
  let line = 0;
  let buf = '';
  /** characters of the current line dropped because it is too long (-1: not dropping) */
  let dropped = -1;
  const emit = (text: string): Line => {
    line++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    return dropped >= 0 ? { line, text: '', overlong: dropped + t.length } : { line, text: t };
  };
  for await (const chunk of textChunks(input, encoding)) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      const l = emit(dropped >= 0 ? piece : buf + piece);
      if (dropped < 0 && l.text.length > max) yield { line: l.line, text: '', overlong: l.text.length };
      else yield l;
      buf = '';
      dropped = -1;
      from = nl + 1;
    }
    const tail = chunk.slice(from);
    if (dropped >= 0) dropped += tail.length;
    else if (buf.length + tail.length > max) {
      dropped = buf.length + tail.length;
      buf = '';
    } else buf += tail;
  }
  if (dropped >= 0 || buf !== '') yield emit(buf);
}

export async function* readJsonl(input: TextSource, options: { encoding?: BufferEncoding; maxRecordChars?: number } = {}): AsyncGenerator<SourceRow> {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  for await (const { line, text, overlong } of lines(input, options.encoding, max)) {
    if (overlong !== undefined) {
      yield new SourceRow(undefined, line, false, {
        field: '(row)', rule: 'maxLength', message: `the line has ${overlong} characters, more than the ${max} a record may have; it was not read`,
      });
      continue;
    }
    if (!text.trim()) continue;
    try {
      yield new SourceRow(JSON.parse(text), line);
    } catch (e) {
      yield new SourceRow(undefined, line, false, { field: '(row)', rule: 'json', message: `not JSON: ${(e as Error).message}` });
    }
  }
}

export async function countJsonlRows(input: TextSource, options: { encoding?: BufferEncoding; maxRecordChars?: number } = {}): Promise<number> {
  let n = 0;
  for await (const { text, overlong } of lines(input, options.encoding, options.maxRecordChars ?? MAX_RECORD_CHARS)) if (overlong !== undefined || text.trim()) n++;
  return n;
}
