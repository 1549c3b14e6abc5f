/**
 * The checkpoint journal: one JSON record per line, appended and (by default) fsynced before the
 * import goes on, so a process killed at any instant leaves a journal that says, per chunk:
 * never started, being sent (`sending` written *before* the request leaves), or finished with
 * its outcome (`done`). A torn last line (killed mid-write) is ignored.
 *
 * On resume: `done` chunks are not sent again (their outcome is replayed into the report);
 * chunks never started are sent; a chunk left `sending` is re-sent with the same
 * Idempotency-Key when the operation takes one (the server applies it at most once), and is
 * otherwise reported as `unknown` — the server may or may not have applied it, and re-sending
 * could apply it twice. `notSent` records a chunk that provably never reached the server.
 */
import { closeSync, existsSync, fdatasyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { SobotConfigError } from '../errors.js';
import type { ChunkOutcome } from './profiles.js';

export interface CheckpointHeader {
  type: 'import';
  version: 1;
  importId: string;
  operationId: string;
  chunkSize: number;
  /** hash of everything besides the rows that shapes the chunks (template, defaults, options) */
  fingerprint: string;
  createdAt: string;
}

export interface SendingRecord { type: 'sending'; chunk: number; firstRow: number; lastRow: number; rows: number; digest?: string }
export interface DoneRecord extends ChunkOutcome { type: 'done'; chunk: number }
export interface NotSentRecord { type: 'notSent'; chunk: number; reason: string }
type JournalRecord = SendingRecord | DoneRecord | NotSentRecord;

export interface ChunkState {
  sending?: SendingRecord;
  /** a `sending` with no `done`/`notSent` after it */
  inflight: boolean;
  done?: DoneRecord;
}

export interface Journal {
  readonly header: CheckpointHeader;
  readonly path?: string;
  readonly resumed: boolean;
  state(chunk: number): ChunkState | undefined;
  append(record: JournalRecord): void;
  close(): void;
}

function parseLines(path: string): { header: CheckpointHeader; records: JournalRecord[] } {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  // what follows the last newline is either nothing or a line torn by a kill mid-write
  const complete = lines.slice(0, -1);
  const values: unknown[] = [];
  complete.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      values.push(JSON.parse(line));
    } catch {
      throw new SobotConfigError(`checkpoint ${path} line ${i + 1} is not JSON; the file is damaged`);
    }
  });
  const header = values[0] as CheckpointHeader | undefined;
  if (!header || header.type !== 'import' || header.version !== 1) {
    throw new SobotConfigError(`${path} is not a sobot-cc import checkpoint`);
  }
  return { header, records: values.slice(1) as JournalRecord[] };
}

function replay(records: JournalRecord[]): Map<number, ChunkState> {
  const states = new Map<number, ChunkState>();
  for (const r of records) {
    const s = states.get(r.chunk) ?? { inflight: false };
    if (r.type === 'sending') Object.assign(s, { sending: r, inflight: true });
    else if (r.type === 'done') Object.assign(s, { done: r, inflight: false });
    else if (r.type === 'notSent') s.inflight = false;
    states.set(r.chunk, s);
  }
  return states;
}

export interface OpenJournalOptions {
  path?: string;
  resume: boolean;
  fsync: boolean;
  /** the header a fresh journal gets; on resume the file's header must agree with it */
  header: Omit<CheckpointHeader, 'importId' | 'createdAt'> & { importId?: string };
  newImportId: () => string;
}

export function openJournal(o: OpenJournalOptions): Journal {
  let states = new Map<number, ChunkState>();
  let header: CheckpointHeader;
  let fd: number | undefined;
  const { path } = o;

  if (path && o.resume) {
    if (!existsSync(path)) throw new SobotConfigError(`no checkpoint at ${path} to resume`);
    const parsed = parseLines(path);
    header = parsed.header;
    const want = o.header;
    const differs = [
      header.operationId !== want.operationId && `operation ${header.operationId}, not ${want.operationId}`,
      header.chunkSize !== want.chunkSize && `chunk size ${header.chunkSize}, not ${want.chunkSize}`,
      header.fingerprint !== want.fingerprint && 'another template or other import options',
      want.importId !== undefined && header.importId !== want.importId && `import id ${header.importId}, not ${want.importId}`,
    ].filter(Boolean);
    if (differs.length) {
      throw new SobotConfigError(`checkpoint ${path} belongs to another import (${differs.join('; ')}); resume with the same settings or start a new checkpoint`);
    }
    states = replay(parsed.records);
    // cut a torn last line off, so the next record starts on a line of its own
    const bytes = readFileSync(path);
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end < bytes.length) truncateSync(path, end);
    fd = openSync(path, 'a');
  } else {
    header = { ...o.header, type: 'import', version: 1, importId: o.header.importId ?? o.newImportId(), createdAt: new Date().toISOString() };
    if (path) {
      try {
        fd = openSync(path, 'wx', 0o600);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new SobotConfigError(`checkpoint ${path} already exists: resume that import, or remove the file to start over`);
        }
        throw e;
      }
    }
  }

  const write = (value: unknown) => {
    if (fd === undefined) return;
    writeSync(fd, `${JSON.stringify(value)}\n`);
    if (o.fsync) fdatasyncSync(fd);
  };
  if (!o.resume) write(header);

  return {
    header,
    path,
    resumed: !!(path && o.resume),
    state: (chunk) => states.get(chunk),
    append(record) {
      write(record);
      const s = states.get(record.chunk) ?? { inflight: false };
      if (record.type === 'sending') Object.assign(s, { sending: record, inflight: true });
      else if (record.type === 'done') Object.assign(s, { done: record, inflight: false });
      else s.inflight = false;
      states.set(record.chunk, s);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
