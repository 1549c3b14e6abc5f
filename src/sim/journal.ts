/**
 * The requests received (WireMock's request journal): what a test asserts on after the fact —
 * "the import was sent once", "the retry carried the same key". Bounded, oldest dropped first,
 * so a long bench run cannot grow it without end. Tokens are masked: a journal is printed.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface JournalEntry {
  /** 1-based arrival number since the last reset */
  seq: number;
  at: number;
  method: string;
  path: string;
  operationId?: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** the status answered; absent while in flight or when the connection was reset */
  status?: number;
  /** the answer was replayed for a repeated Idempotency-Key: nothing was applied */
  replayed?: boolean;
  /** the request was applied (it changed the state or issued a token) */
  applied?: boolean;
  /** the fault that hit it: `latency`, `429`, `500`, `reset`… */
  fault?: string;
  /**
   * when the answer went out or the connection was cut (the simulator's clock); absent while in
   * flight. With `at`, how many requests a client kept in flight at once (`peakInFlight`).
   */
  answeredAt?: number;
}

/**
 * The most requests being answered at the same time over these entries: a client's concurrency
 * as the server saw it. An answer and an arrival at the same instant do not overlap.
 */
export function peakInFlight(entries: readonly JournalEntry[]): number {
  const events = entries.flatMap((e) => (e.answeredAt === undefined ? [[e.at, 1]] : [[e.at, 1], [e.answeredAt, -1]]) as [number, number][]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, d] of events) peak = Math.max(peak, (now += d));
  return peak;
}

function mask(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const text = Array.isArray(v) ? v.join(', ') : v;
    out[k] = k === 'authorization' ? `${text.slice(0, 12)}…(${text.length} chars)` : text;
  }
  return out;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private seq = 0;

  /** `onRequest` of the options: told of every request as it arrives, before it is handled */
  constructor(private readonly limit: number, private readonly listener?: (entry: JournalEntry) => void) {}

  record(at: number, method: string, url: URL, headers: IncomingHttpHeaders, body: unknown, operationId?: string): JournalEntry {
    const entry: JournalEntry = {
      seq: ++this.seq, at, method, path: url.pathname, ...(operationId && { operationId }),
      query: Object.fromEntries(url.searchParams), headers: mask(headers), body,
    };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    this.listener?.(entry);
    return entry;
  }

  list(filter: { operationId?: string } = {}): JournalEntry[] {
    return this.entries.filter((e) => filter.operationId === undefined || e.operationId === filter.operationId);
  }

  clear(): void {
    this.entries = [];
    this.seq = 0;
  }
}
