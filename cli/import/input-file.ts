/**
 * What the import command learns about its input file before anything is sent: the number of
 * rows (for the progress bar; a broken file fails here), a digest of its bytes (the checkpoint
 * and the import-id ledger bind to it), and a clear refusal of a file with nothing to import.
 */
import { createHash } from 'node:crypto';
import { createReadStream, closeSync, openSync, readSync } from 'node:fs';
import { countCsvRows, countJsonlRows } from '../../src/bulk/index.js';
import { UsageError } from '../errors.js';

export interface InputFile { rows: number; digest: string }

async function digestOf(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/** Whether the file's first 64 KiB hold anything but a BOM and white space. */
function hasText(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return /\S/.test(buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, ''));
  } finally {
    closeSync(fd);
  }
}

export async function inspectInput(file: string, format: 'csv' | 'jsonl'): Promise<InputFile> {
  let rows: number;
  try {
    rows = format === 'csv' ? await countCsvRows(file) : await countJsonlRows(file);
  } catch (e) {
    const message = (e as Error).message;
    throw new UsageError(message.startsWith(file) ? message : `${file}: ${message}`);
  }
  if (rows === 0) {
    const why = !hasText(file) ? 'the file is empty'
      : format === 'csv' ? 'it has a header line but no data rows' : 'it has no JSON lines';
    throw new UsageError(`${file}: nothing to import — ${why}`);
  }
  return { rows, digest: await digestOf(file) };
}
