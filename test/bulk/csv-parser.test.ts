import { parse as csvParse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvParser, CsvSyntaxError, MAX_RECORD_CHARS, type CsvRecord } from "../../src/bulk/csv-parser.js";

/** Feeds `text` to a parser in the given pieces; returns records or the syntax error. */
function parseIn(pieces: string[], delimiter = ","): CsvRecord[] | CsvSyntaxError {
  const p = new CsvParser(delimiter);
  const out: CsvRecord[] = [];
  try {
    for (const piece of pieces) p.push(piece, out);
    p.end(out);
    return out;
  } catch (e) {
    if (e instanceof CsvSyntaxError) return e;
    throw e;
  }
}

/** Deterministic pseudo-random numbers (xorshift), so a failure can be replayed from its seed. */
function rng(seed: number) {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const ALPHABET = ["a", "b", "7", " ", ",", ";", '"', "\n", "\r", "\r\n", "é", "中", "😀", "\t", "||"];

/** A random CSV text with the records it holds and the line each starts on. */
function randomCsv(rand: () => number, delimiter: string, eol?: string) {
  // mixed: no bare CR between records, or a CR and the LF of an empty line after it would be one CRLF
  const pickEol = () => eol ?? ["\n", "\r\n"][Math.floor(rand() * 2)]!;
  const records: string[][] = [];
  const lines: number[] = [];
  let text = rand() < 0.2 ? "\uFEFF" : "";
  let line = 1;
  const nRecords = 1 + Math.floor(rand() * 12);
  for (let r = 0; r < nRecords; r++) {
    while (rand() < 0.15) {
      // empty lines are skipped but counted
      text += pickEol();
      line++;
    }
    const nFields = 1 + Math.floor(rand() * 5);
    const fields: string[] = [];
    for (let f = 0; f < nFields; f++) {
      let v = "";
      const len = Math.floor(rand() * 6);
      for (let k = 0; k < len; k++) {
        const ch = ALPHABET[Math.floor(rand() * ALPHABET.length)]!;
        v += eol && /[\r\n]/.test(ch) ? eol : ch;
      }
      fields.push(v);
    }
    // a record of one empty field would be an empty line
    if (fields.length === 1 && fields[0] === "") fields[0] = "x";
    const needsQuotes = (v: string) => /["\r\n]/.test(v) || v.includes(delimiter) || (v === "" && rand() < 0.3) || rand() < 0.1;
    const cells = fields.map((v) => (needsQuotes(v) ? `"${v.replace(/"/g, '""')}"` : v));
    records.push(fields);
    lines.push(line);
    text += cells.join(delimiter);
    for (const v of fields) if (needsQuotes(v) || /[\r\n]/.test(v)) line += (v.match(/\r\n|\r|\n/g) ?? []).length;
    const last = r === nRecords - 1 && rand() < 0.3 ? "" : pickEol();
    text += last;
    line++;
  }
  return { text, records, lines };
}

function randomPieces(rand: () => number, text: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < text.length) {
    const n = 1 + Math.floor(rand() * (rand() < 0.5 ? 3 : 40));
    pieces.push(text.slice(i, i + n));
    i += n;
  }
  return pieces;
}

describe("CsvParser (RFC 4180, streaming)", () => {
  it("reads back 4,000 random files, cut into random pieces, and knows each record's first line; agrees with csv-parse", () => {
    for (let seed = 1; seed <= 4000; seed++) {
      const rand = rng(seed);
      const delimiter = [",", ";", "\t", "||"][seed % 4]!;
      // csv-parse takes the first line break it meets as the only one: it is the oracle for files with one kind
      const eol = seed % 2 === 0 ? ["\n", "\r\n", "\r"][seed % 3] : undefined;
      const { text, records, lines } = randomCsv(rand, delimiter, eol);
      const got = parseIn(randomPieces(rand, text), delimiter);
      if (got instanceof CsvSyntaxError) throw new Error(`seed ${seed}: ${got.message}\n${JSON.stringify(text)}`);
      expect(got.map((r) => r.fields), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(records);
      if (eol) {
        const oracle = csvParse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true }) as string[][];
        expect(got.map((r) => r.fields), `seed ${seed} (csv-parse): ${JSON.stringify(text)}`).toEqual(oracle);
      }
      expect(got.map((r) => r.line), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(lines);
    }
  });

  it("gives the same records whatever the chunking, down to one character at a time", () => {
    const text = '\uFEFFa,b\r\n"x\r\ny","q""t"\r\n\r\n1,\r2,"",\n';
    const whole = parseIn([text]);
    expect(whole).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["x\r\ny", 'q"t'], line: 2 },
      { fields: ["1", ""], line: 5 },
      { fields: ["2", "", ""], line: 6 },
    ]);
    expect(parseIn([...text])).toEqual(whole);
  });

  it.each([
    ['phone\n111\n"222\n', 3, /quote not closed/],
    ["phone,name\n111,a\"b\n", 2, /quote inside an unquoted cell/],
    ['phone,name\n111,"ab"c\n', 2, /closing quote must end the cell, but "c" follows it/],
    ['phone,name\n"1\n1",x\n2," "y\n', 4, /closing quote/],
  ])("stops at a syntax error and names its line: %j", (text, line, message) => {
    for (const pieces of [[text], [...text]]) {
      const err = parseIn(pieces);
      expect(err).toBeInstanceOf(CsvSyntaxError);
      expect((err as CsvSyntaxError).line).toBe(line);
      expect((err as CsvSyntaxError).message).toMatch(message);
      expect((err as CsvSyntaxError).message).toContain(`line ${line}`);
    }
  });

  it("refuses a record longer than the limit (a quote left open) instead of holding the whole file", () => {
    const p = new CsvParser();
    p.push('phone\n"');
    expect(() => {
      for (let i = 0; i < 20; i++) p.push("x".repeat(MAX_RECORD_CHARS / 10));
    }).toThrow(/line 2: a record is longer than/);
  });

  it("refuses a delimiter it could not tell from the data", () => {
    for (const d of ["", '"', "\n", ",\r"]) expect(() => new CsvParser(d)).toThrow(/delimiter/);
  });
});
