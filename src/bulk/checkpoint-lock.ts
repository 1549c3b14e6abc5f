/**
 * An exclusive lock on a checkpoint: `<checkpoint>.lock`, created with O_EXCL and holding the
 * owner's pid, host and start time. Two runs on one checkpoint at once (e.g. two `--resume`)
 * would send the unfinished chunks twice: the second is refused, naming the first.
 *
 * A lock whose owner is gone (same host, pid no longer running: a run killed with SIGKILL) is
 * stale. It is taken over — resuming after a kill is the checkpoint's whole point — and the
 * take-over is reported (`LockInfo.staleFrom`, a warning in the import's report), never done
 * silently. A lock from another host cannot be checked, so it is never taken over: the message
 * says which file to remove once that run is known to be over. The take-over itself is guarded
 * by a second O_EXCL file, so two runs finding the same stale lock cannot both take it.
 *
 * Hand-rolled: proper-lockfile (the maintained choice) decides staleness by mtime, so a run
 * killed with SIGKILL blocks its resume for the stale period, and it refreshes the mtime on a
 * timer; a pid check answers at once on the one host where checkpoints live.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { SobotConfigError } from '../errors.js';

export interface LockOwner { pid: number; host: string; startedAt: string; token: string }

export interface CheckpointLock {
  readonly path: string;
  /** the owner of a stale lock this run took over */
  readonly staleFrom?: LockOwner;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? (v as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates `path` holding `owner`, complete or not at all (written aside, then hard-linked: link fails if `path` exists). */
function create(path: string, owner: LockOwner): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(tmp);
  }
}

const describe = (o: LockOwner) => `process ${o.pid} on ${o.host}, since ${o.startedAt}`;

export function lockCheckpoint(checkpoint: string): CheckpointLock {
  const path = `${checkpoint}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}` };
  let staleFrom: LockOwner | undefined;
  if (!create(path, me)) {
    const owner = readOwner(path);
    if (!owner) {
      // locks are created whole (create()), so this file was not written by sobot-cc
      throw new SobotConfigError(`checkpoint ${checkpoint} is locked by ${path}, which names no owner: if no other import uses this checkpoint, remove ${path} and run again`);
    }
    if (owner.host !== me.host) {
      throw new SobotConfigError(`checkpoint ${checkpoint} is in use by ${describe(owner)}: wait for that import to end, or remove ${path} once you know it is over`);
    }
    if (alive(owner.pid)) {
      throw new SobotConfigError(`checkpoint ${checkpoint} is in use by ${describe(owner)}: two imports on one checkpoint would send the same chunks twice; wait for it to end (or stop it) and run again`);
    }
    // stale: take it over, one taker at a time
    const guard = `${path}.takeover`;
    if (!create(guard, me)) {
      throw new SobotConfigError(`checkpoint ${checkpoint} has a stale lock (${describe(owner)}, no longer running) that another run is taking over right now; if none is, remove ${guard} and ${path}`);
    }
    try {
      const again = readOwner(path);
      if (!again || again.token !== owner.token) {
        throw new SobotConfigError(`checkpoint ${checkpoint} was locked by another run while this one checked it; wait for it to end and run again`);
      }
      // replace atomically: there is no moment without a lock file
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(me), { mode: 0o600 });
      renameSync(tmp, path);
      staleFrom = owner;
    } finally {
      unlinkSync(guard);
    }
  }
  let held = true;
  return {
    path,
    ...(staleFrom && { staleFrom }),
    release() {
      if (!held) return;
      held = false;
      // only our own lock: never remove one another run holds
      if (readOwner(path)?.token === me.token) unlinkSync(path);
    },
  };
}

export const describeLockOwner = describe;
