/** The simulator's settings, with the defaults documented in docs/simulator.md. */
import type { FaultRule } from './faults.js';
import type { JournalEntry } from './journal.js';
import type { SimState } from './state.js';

export interface SimulatorOptions {
  /** 0 (default) picks a free port */
  port?: number;
  /** 127.0.0.1 unless told otherwise */
  host?: string;
  /** the app id the token operation accepts (default `sim-app-id`) */
  appId?: string;
  /** the app secret the signature is checked with (default `sim-app-secret`) */
  appSecret?: string;
  /** lifetime of issued tokens, ms (default 24 h, as the one public token seen had) */
  tokenLifetimeMs?: number;
  /** how far a token request's `currentTime` may be from the simulator's clock, ms (default 15 min; Infinity: any) */
  maxClockSkewMs?: number;
  /** start with no data at all instead of the default data set */
  empty?: boolean;
  /** start with this data: a state document or the path of a JSON file holding one */
  data?: SimState | string;
  /** keep the state in this file: loaded at start when it exists, rewritten atomically after each change */
  stateFile?: string;
  /** how long an imported chunk takes to show in the import results, ms (default 200) */
  settleMs?: number;
  /** faults in force from the start */
  faults?: FaultRule[];
  /** requests kept in the journal (default 1000, oldest dropped first) */
  journalLimit?: number;
  /** how long an Idempotency-Key is remembered, ms (default 24 h) */
  idempotencyTtlMs?: number;
  /** the largest request body accepted, bytes (default 16 MiB) */
  maxBodyBytes?: number;
  /** the clock (tests move it to expire tokens or settle imports) */
  now?: () => number;
  /** the jitter source (default Math.random) */
  random?: () => number;
  /**
   * told of every request as it arrives (its journal entry, before it is handled): a test can act
   * at that instant, e.g. note how far its input was read when each call came in. A throw is the
   * test's bug and is answered as a 500.
   */
  onRequest?: (entry: JournalEntry) => void;
}

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'data' | 'stateFile' | 'faults' | 'onRequest'>> & Pick<SimulatorOptions, 'data' | 'stateFile' | 'faults' | 'onRequest'>;

export function resolveOptions(o: SimulatorOptions): ResolvedOptions {
  const r: ResolvedOptions = {
    port: o.port ?? 0,
    host: o.host ?? '127.0.0.1',
    appId: o.appId ?? 'sim-app-id',
    appSecret: o.appSecret ?? 'sim-app-secret',
    tokenLifetimeMs: o.tokenLifetimeMs ?? 86_400_000,
    maxClockSkewMs: o.maxClockSkewMs ?? 15 * 60_000,
    empty: o.empty ?? false,
    settleMs: o.settleMs ?? 200,
    journalLimit: o.journalLimit ?? 1000,
    idempotencyTtlMs: o.idempotencyTtlMs ?? 86_400_000,
    maxBodyBytes: o.maxBodyBytes ?? 16 * 1024 * 1024,
    now: o.now ?? Date.now,
    random: o.random ?? Math.random,
    ...(o.data !== undefined && { data: o.data }),
    ...(o.stateFile !== undefined && { stateFile: o.stateFile }),
    ...(o.faults !== undefined && { faults: o.faults }),
    ...(o.onRequest !== undefined && { onRequest: o.onRequest }),
  };
  const problems: string[] = [];
  if (!Number.isInteger(r.port) || r.port < 0 || r.port > 65535) problems.push(`port must be an integer 0-65535, got ${r.port}`);
  if (!r.appId) problems.push('appId must not be empty');
  if (!r.appSecret) problems.push('appSecret must not be empty');
  for (const k of ['tokenLifetimeMs', 'settleMs', 'idempotencyTtlMs'] as const) if (!(r[k] >= 0)) problems.push(`${k} must be a number >= 0, got ${r[k]}`);
  if (!(r.maxClockSkewMs >= 0)) problems.push(`maxClockSkewMs must be a number >= 0 or Infinity, got ${r.maxClockSkewMs}`);
  for (const k of ['journalLimit', 'maxBodyBytes'] as const) if (!Number.isInteger(r[k]) || r[k] < 1) problems.push(`${k} must be an integer >= 1, got ${r[k]}`);
  if (o.onRequest !== undefined && typeof o.onRequest !== 'function') problems.push('onRequest must be a function');
  if (r.empty && r.data !== undefined) problems.push('empty and data exclude each other');
  if (problems.length) throw new Error(`simulator options: ${problems.join('; ')}`);
  return r;
}
