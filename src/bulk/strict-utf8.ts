/**
 * UTF-8 text out of a file's bytes, refusing what is not UTF-8 instead of sending U+FFFD (or
 * column names full of NULs) to the server. A UTF-8 byte order mark is dropped. A UTF-16 file
 * (byte order mark, or NUL bytes every other byte) and any invalid byte sequence stop the
 * reading with an error naming the line and the byte offset, and how to convert the file.
 *
 * The decoding is the platform's TextDecoder (fatal mode); only the position of a failure is
 * found here, by walking back over the chunk it failed in.
 */

export class TextEncodingError extends Error {
  constructor(message: string, readonly line: number, readonly byte: number) {
    super(message);
    this.name = 'TextEncodingError';
  }
}

const CONVERT = 'save the file as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8 in.csv > out.csv`), or read it with { encoding: \'utf16le\' }';

/** Length of the valid UTF-8 prefix of `b` (a sequence cut off by the end of `b` counts as valid). */
function validPrefix(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      if (i + k >= b.length) return b.length;
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return i;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** A streaming decoder: `write(bytes)` → text, `end()` → the rest. Throws TextEncodingError. */
export class StrictUtf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private bytes = 0;
  private lines = 1;
  private first = true;

  constructor(private readonly name = 'the input') {}

  write(chunk: Uint8Array): string {
    if (this.first && chunk.length) {
      this.first = false;
      this.sniff(chunk);
    }
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw this.invalid(chunk);
    }
    this.after(chunk.length, text);
    return text;
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw new TextEncodingError(`${this.name} is not valid UTF-8: it ends inside a character (line ${this.lines}, byte ${this.bytes}); ${CONVERT}`, this.lines, this.bytes);
    }
  }

  private after(length: number, text: string): void {
    if (text.includes('\0')) {
      const at = text.indexOf('\0');
      const line = this.lines + countLines(text.slice(0, at));
      throw new TextEncodingError(`${this.name} has a NUL character at line ${line}: it is not UTF-8 text (UTF-16 or a binary file?); ${CONVERT}`, line, this.bytes);
    }
    this.bytes += length;
    this.lines += countLines(text);
  }

  private sniff(b: Uint8Array): void {
    const utf16 = (b[0] === 0xff && b[1] === 0xfe) ? 'UTF-16LE' : (b[0] === 0xfe && b[1] === 0xff) ? 'UTF-16BE' : undefined;
    if (utf16) throw new TextEncodingError(`${this.name} is ${utf16} (it starts with that byte order mark), not UTF-8; ${CONVERT}`, 1, 0);
    // UTF-16 without a mark: ASCII text comes with a NUL byte beside every character
    const probe = b.subarray(0, 64);
    let nulls = 0;
    for (const x of probe) if (x === 0) nulls++;
    if (probe.length >= 4 && nulls * 3 >= probe.length) {
      throw new TextEncodingError(`${this.name} looks like UTF-16 (every other byte is NUL), not UTF-8; ${CONVERT}`, 1, 0);
    }
  }

  /** The error for a chunk the decoder refused: where the first bad byte is. */
  private invalid(chunk: Uint8Array): TextEncodingError {
    // the decoder may hold up to 3 bytes of a character begun in the previous chunk; a
    // position inside those is reported as the chunk's start
    const ok = validPrefix(chunk);
    const good = new TextDecoder('utf-8').decode(chunk.subarray(0, ok));
    const line = this.lines + countLines(good);
    const byte = this.bytes + ok;
    const hex = Array.from(chunk.subarray(ok, ok + 4), (x) => x.toString(16).padStart(2, '0').toUpperCase()).join(' ');
    return new TextEncodingError(
      `${this.name} is not valid UTF-8 at line ${line} (byte ${byte}: ${hex || 'end of input'}); a file in another encoding (Latin-1, GBK, UTF-16) must be saved as UTF-8 first`
        + ' (e.g. `iconv -f GBK -t UTF-8 in.csv > out.csv`), or read with its { encoding }',
      line, byte,
    );
  }
}
