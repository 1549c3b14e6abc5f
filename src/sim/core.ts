/**
 * The simulator without HTTP: the state and where it came from, tokens, idempotency keys, faults
 * and the journal, with reset/load/export. The server (server.ts) and the admin API (admin.ts)
 * both drive this one object.
 */
import { existsSync } from 'node:fs';
import { TokenIssuer } from './auth.js';
import { defaultDataset } from './dataset.js';
import { FaultSet } from './faults.js';
import { createHandlers } from './handlers.js';
import { IdempotencyStore } from './idempotency.js';
import { Journal } from './journal.js';
import type { ResolvedOptions } from './options.js';
import { emptyState, parseState, type SimState } from './state.js';
import { readStateFile, writeStateFile } from './state-file.js';

export class SimCore {
  state: SimState;
  /** what reset() goes back to */
  private initial: SimState;
  readonly tokens: TokenIssuer;
  readonly idempotency: IdempotencyStore;
  readonly faults: FaultSet;
  readonly journal: Journal;
  readonly handlers: ReturnType<typeof createHandlers>;
  settleMs: number;
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(readonly options: ResolvedOptions) {
    const now = options.now;
    this.initial = startingData(options);
    // --state FILE: what was kept there wins over the starting data; reset still goes back to the latter
    this.state = options.stateFile && existsSync(options.stateFile) ? readStateFile(options.stateFile) : structuredClone(this.initial);
    this.tokens = new TokenIssuer({ appId: options.appId, appSecret: options.appSecret, tokenLifetimeMs: options.tokenLifetimeMs, maxClockSkewMs: options.maxClockSkewMs }, now);
    this.idempotency = new IdempotencyStore(options.idempotencyTtlMs, now);
    this.faults = new FaultSet(options.random, now);
    for (const rule of options.faults ?? []) this.faults.add(rule);
    this.journal = new Journal(options.journalLimit, options.onRequest);
    this.handlers = createHandlers(this.tokens);
    this.settleMs = options.settleMs;
  }

  /** Back to the starting data: state, keys, faults and journal all cleared. */
  reset(to?: 'empty'): void {
    if (to === 'empty') this.initial = emptyState();
    this.state = structuredClone(this.initial);
    this.idempotency.clear();
    this.faults.clear();
    this.journal.clear();
    this.changed();
  }

  /** Replaces the state (and what reset() goes back to) with a document; refuses it whole when malformed. */
  load(doc: unknown, source: string): void {
    const next = parseState(doc, source);
    this.initial = next;
    this.state = structuredClone(next);
    this.idempotency.clear();
    this.changed();
  }

  export(): SimState {
    return structuredClone(this.state);
  }

  /** After every change: with --state, the file is rewritten (at most every 50 ms, and at close). */
  changed(): void {
    if (!this.options.stateFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 50);
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.options.stateFile) writeStateFile(this.options.stateFile, this.state);
  }
}

function startingData(o: ResolvedOptions): SimState {
  if (o.empty) return emptyState();
  if (typeof o.data === 'string') return readStateFile(o.data);
  if (o.data) return parseState(o.data, 'data');
  return defaultDataset();
}
