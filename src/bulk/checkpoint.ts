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
import { closeSync, existsSync, fdatasyncSync, linkSync, openSync, readFileSync, renameSync, truncateSync, unlinkSync, writeSync } from 'node:fs';
import { describeLockOwner, lockCheckpoint, type CheckpointLock } from './checkpoint-lock.js';
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
  /** digest of the whole input when the caller knew it up front (the CLI hashes the file): a resume must read the same */
  content?: string;
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
  /** what the journal had to do that the report should say (a stale lock taken over, a headerless file replaced) */
  readonly warnings: string[];
  state(chunk: number): ChunkState | undefined;
  append(record: JournalRecord): void;
  close(): void;
}

/**
 * Whether `path` holds a checkpoint with its header. A file without a complete first line was
 * left by a run killed while creating it (before checkpoints were created atomically) or made by
 * hand: nothing was sent under it, so it may be replaced.
 */
export function checkpointHasHeader(path: string): boolean {
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  return text.includes('\n') && text.slice(0, text.indexOf('\n')).trim() !== '';
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

/** Writes `header` to a new file at `path`, whole or not at all: aside first (synced), then hard-linked (fails if `path` exists) or renamed over a headerless one. */
function createAtomically(path: string, header: CheckpointHeader, replace: boolean): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(header)}\n`);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (replace) renameSync(tmp, path);
    else linkSync(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new SobotConfigError(`checkpoint ${path} already exists: resume that import, or remove the file to start over`);
    }
    throw e;
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}

export function openJournal(o: OpenJournalOptions): Journal {
  const lock = o.path ? lockCheckpoint(o.path) : undefined;
  try {
    return openLocked(o, lock);
  } catch (e) {
    lock?.release();
    throw e;
  }
}

function openLocked(o: OpenJournalOptions, lock: CheckpointLock | undefined): Journal {
  let states = new Map<number, ChunkState>();
  let header: CheckpointHeader;
  let fd: number | undefined;
  const { path } = o;
  const warnings: string[] = [];
  if (lock?.staleFrom) {
    warnings.push(`took over the lock of ${describeLockOwner(lock.staleFrom)}, which is no longer running (it was stopped without releasing ${lock.path})`);
  }
  const headerless = !!path && existsSync(path) && !checkpointHasHeader(path);
  if (headerless) {
    warnings.push(`checkpoint ${path} had no header (a run stopped while creating it, before any call was sent): replaced with a new one`);
  }
  const resuming = !!(path && o.resume && !headerless);

  if (path && resuming) {
    if (!existsSync(path)) throw new SobotConfigError(`no checkpoint at ${path} to resume`);
    const parsed = parseLines(path);
    header = parsed.header;
    const want = o.header;
    const differs = [
      header.operationId !== want.operationId && `operation ${header.operationId}, not ${want.operationId}`,
      header.chunkSize !== want.chunkSize && `chunk size ${header.chunkSize}, not ${want.chunkSize}`,
      header.fingerprint !== want.fingerprint && 'another template or other import options',
      want.importId !== undefined && header.importId !== want.importId && `import id ${header.importId}, not ${want.importId}`,
      header.content !== undefined && want.content !== undefined && header.content !== want.content && 'another input file (its content digest differs)',
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
    if (path && o.resume && !existsSync(path)) throw new SobotConfigError(`no checkpoint at ${path} to resume`);
    header = { ...o.header, type: 'import', version: 1, importId: o.header.importId ?? o.newImportId(), createdAt: new Date().toISOString() };
    if (header.content === undefined) delete header.content;
    if (path) {
      // a checkpoint exists whole (with its header) or not at all: a kill here leaves only a .tmp
      createAtomically(path, header, headerless);
      fd = openSync(path, 'a');
    }
  }

  const write = (value: unknown) => {
    if (fd === undefined) return;
    writeSync(fd, `${JSON.stringify(value)}\n`);
    if (o.fsync) fdatasyncSync(fd);
  };

  return {
    header,
    path,
    warnings,
    resumed: resuming,
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
      lock?.release();
    },
  };
}
