/**
 * `sobot-cc/sim`: a stateful stand-in for Sobot's Basic Management API, for integration tests.
 *
 *   const sim = await startSimulator();
 *   const sobot = createSobotClient({ baseUrl: sim.url, credentials: sim.credentials });
 *   …
 *   await sim.close();
 *
 * Everything the admin API under `/__sim` does is also a method here.
 */
import type { AddressInfo } from 'node:net';
import { SimCore } from './core.js';
import type { FaultRule } from './faults.js';
import type { JournalEntry } from './journal.js';
import { resolveOptions, type SimulatorOptions } from './options.js';
import { createSimServer } from './server.js';
import type { SimState } from './state.js';

export type { SimulatorOptions } from './options.js';
export type { FaultRule } from './faults.js';
export type { JournalEntry } from './journal.js';
export { peakInFlight } from './journal.js';
export type { SimState } from './state.js';

export interface Simulator {
  /** base URL, e.g. `http://127.0.0.1:41234`: the SDK's `baseUrl` */
  readonly url: string;
  readonly port: number;
  /** the app id and secret the token operation accepts: the SDK's `credentials` */
  readonly credentials: { appId: string; appSecret: string };
  /** back to the starting data; Idempotency-Keys, faults and the journal are cleared */
  reset(options?: { empty?: boolean }): void;
  /** a copy of the whole state */
  exportState(): SimState;
  /** replaces the state (and what reset() returns to); refused whole, naming the field, when malformed */
  loadState(state: unknown): void;
  /** the requests received since the last reset, oldest first */
  requests(filter?: { operationId?: string }): JournalEntry[];
  /** adds a fault rule; returns its id */
  addFault(rule: FaultRule): number;
  removeFault(id: number): boolean;
  clearFaults(): void;
  /** every token issued so far expires now (the next call gets a 401) */
  expireTokens(): void;
  /** how long an imported chunk takes to show in the import results, ms */
  setSettleMs(ms: number): void;
  /** stops the server (open connections are cut) and writes the --state file one last time */
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const core = new SimCore(resolved);
  let url = '';
  const { server, sockets } = createSimServer(core, () => url);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address, family } = server.address() as AddressInfo;
  url = `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    credentials: { appId: resolved.appId, appSecret: resolved.appSecret },
    reset: (o) => core.reset(o?.empty ? 'empty' : undefined),
    exportState: () => core.export(),
    loadState: (state) => core.load(state, 'loadState'),
    requests: (filter) => core.journal.list(filter),
    addFault: (rule) => core.faults.add(rule),
    removeFault: (id) => core.faults.remove(id),
    clearFaults: () => core.faults.clear(),
    expireTokens: () => core.tokens.expireAll(),
    setSettleMs: (ms) => {
      if (!(ms >= 0)) throw new Error(`settleMs must be a number >= 0, got ${ms}`);
      core.settleMs = ms;
    },
    close: () => (closed ??= new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => {
        core.flush();
        resolve();
      });
    })),
  };
}
