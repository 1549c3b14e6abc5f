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

  constructor(private readonly limit: number) {}

  record(at: number, method: string, url: URL, headers: IncomingHttpHeaders, body: unknown, operationId?: string): JournalEntry {
    const entry: JournalEntry = {
      seq: ++this.seq, at, method, path: url.pathname, ...(operationId && { operationId }),
      query: Object.fromEntries(url.searchParams), headers: mask(headers), body,
    };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
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
