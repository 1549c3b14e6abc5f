/**
 * RFC 4180 records out of text chunks: quoted cells ("" for a quote, line breaks inside),
 * CRLF, LF or CR line ends, a UTF-8 BOM dropped, empty lines skipped. Each record carries the
 * line it starts on. Written here instead of using csv-parse: the bulk import is bound by the
 * client's CPU and csv-parse (with the line info the reports need) was its largest cost
 * (bench/RESULTS.md, "Bulk import").
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts (a line break inside a quoted cell counts) */
  line: number;
}

/** Bad CSV: reading stops here, since the rows after it cannot be told apart reliably. */
export class CsvSyntaxError extends Error {
  // the build minifies class names: without this, stack traces and util.inspect show `x [CsvSyntaxError]`
  static override readonly name: string = 'CsvSyntaxError';
  constructor(message: string, readonly line: number) {
    super(`CSV syntax error at line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A record this long is a quote left open, not data: stop before the whole file is held in memory. */
export const MAX_RECORD_CHARS = 1 << 20;

export class CsvParser {
  private rest = '';
  private line = 1;
  private started = false;
  private readonly d: string;
  private readonly d0: number;

  constructor(delimiter = ',') {
    if (!delimiter || /["\r\n]/.test(delimiter)) {
      throw new TypeError(`CSV delimiter must be a non-empty string without quotes or line breaks, got ${JSON.stringify(delimiter)}`);
    }
    this.d = delimiter;
    this.d0 = delimiter.charCodeAt(0);
  }

  /** The complete records in `chunk` (with what was left from the previous one); keeps the incomplete tail. */
  push(chunk: string, out: CsvRecord[] = []): CsvRecord[] {
    let s = this.rest + chunk;
    if (!this.started && s.length) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const end = this.parse(s, false, out);
    this.rest = s.slice(end);
    if (this.rest.length > MAX_RECORD_CHARS) {
      throw new CsvSyntaxError(`a record is longer than ${MAX_RECORD_CHARS} characters (a quote left open?)`, this.line);
    }
    return out;
  }

  /** The last record (input without a final line break), or a quote left open. */
  end(out: CsvRecord[] = []): CsvRecord[] {
    const s = this.rest;
    this.rest = '';
    if (s.length) this.parse(s, true, out);
    return out;
  }

  /** Parses whole records from `s`; returns where the first incomplete one starts (all of `s` when `final`). */
  private parse(s: string, final: boolean, out: CsvRecord[]): number {
    const n = s.length;
    const { d, d0 } = this;
    const dl = d.length;
    /** Where the text goes on after the line break at `at`; -1 when a CR ends the chunk (an LF may follow). */
    const afterBreak = (at: number) =>
      s.charCodeAt(at) === CR && at + 1 >= n && !final ? -1 : at + (s.charCodeAt(at) === CR && s.charCodeAt(at + 1) === LF ? 2 : 1);
    let i = 0;
    while (i < n) {
      const recordStart = i;
      let line = this.line;
      const c0 = s.charCodeAt(i);
      if (c0 === LF || c0 === CR) {
        // an empty line
        const next = afterBreak(i);
        if (next < 0) return recordStart;
        i = next;
        this.line++;
        continue;
      }
      const fields: string[] = [];
      for (;;) {
        // one field from i; j ends up on what follows it
        const quoted = s.charCodeAt(i) === QUOTE;
        let value = '';
        let j: number;
        if (quoted) {
          const opened = line;
          let from = i + 1;
          for (;;) {
            const q = s.indexOf('"', from);
            if (q === -1) {
              if (!final) return recordStart;
              throw new CsvSyntaxError('quote not closed: the quoted cell opened on this line runs to the end of the input', opened);
            }
            line += countBreaks(s, from, q);
            if (q + 1 >= n && !final) return recordStart;
            value += s.slice(from, q + (s.charCodeAt(q + 1) === QUOTE ? 1 : 0));
            from = q + 2;
            if (s.charCodeAt(q + 1) !== QUOTE) {
              j = q + 1;
              break;
            }
          }
        } else {
          for (j = i; j < n; j++) {
            const c = s.charCodeAt(j);
            if (c === LF || c === CR || c === QUOTE) break;
            if (c === d0) {
              if (dl === 1 || s.startsWith(d, j)) break;
              if (j + dl > n && !final) return recordStart;
            }
          }
          value = s.slice(i, j);
        }
        fields.push(value);
        if (j >= n) {
          if (!final) return recordStart;
          i = j;
          break;
        }
        const c = s.charCodeAt(j);
        if (c === d0 && (dl === 1 || s.startsWith(d, j))) {
          i = j + dl;
          continue;
        }
        if (c === LF || c === CR) {
          i = afterBreak(j);
          if (i < 0) return recordStart;
          line++;
          break;
        }
        if (quoted && c === d0 && j + dl > n && !final) return recordStart;
        throw new CsvSyntaxError(quoted
          ? `a closing quote must end the cell, but ${JSON.stringify(s[j])} follows it`
          : 'a quote inside an unquoted cell (quote the whole cell and double the quote: "a""b")', line);
      }
      out.push({ fields, line: this.line });
      this.line = line;
    }
    return i;
  }
}

function countBreaks(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) k++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) k++;
  }
  return k;
}
