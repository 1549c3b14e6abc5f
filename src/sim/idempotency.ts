/**
 * Idempotency-Key, as we model the vendor (the seed says only "UUID, idempotency"; the model is
 * Stripe's, documented in docs/simulator.md):
 * - the first request with a key is applied and its answer kept — success or refusal alike;
 * - the same key with the same operation and body replays that answer and applies nothing;
 * - the same key with another operation or body is refused (409 Conflict), as is a second
 *   request while the first with that key is still being answered (handlers are synchronous
 *   today, so requests held by latency are admitted one after the other and replay; the guard
 *   keeps an asynchronous handler from ever applying twice);
 * - a request the contract refuses, or one cut off before it was applied, keeps no answer, so
 *   the key can be used again;
 * - keys are kept for `ttlMs` (24 h by default) or until a reset.
 * Only operations that write and take a key (x-sobot-idempotent, not x-sobot-safe) replay: the
 * read-only ones that also require a key answer fresh data every time.
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../bulk/stable-json.js';

interface Entry {
  fingerprint: string;
  storedAt: number;
  answer?: { status: number; body: Record<string, unknown> };
}

export type Admission =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: Record<string, unknown> }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number, private readonly now: () => number) {}

  admit(key: string, operationId: string, body: unknown): Admission {
    const fingerprint = createHash('sha256').update(`${operationId}\n${stableJson(body)}`).digest('hex');
    const found = this.entries.get(key);
    if (found && this.now() - found.storedAt > this.ttlMs) this.entries.delete(key);
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { fingerprint, storedAt: this.now() });
      return { kind: 'new' };
    }
    if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (!entry.answer) return { kind: 'in-flight' };
    return { kind: 'replay', ...entry.answer };
  }

  /** The first answer for the key, replayed from now on. */
  settle(key: string, status: number, body: Record<string, unknown>): void {
    const entry = this.entries.get(key);
    if (entry) entry.answer = { status, body };
  }

  /** Nothing was applied: the key is free again. */
  release(key: string): void {
    if (!this.entries.get(key)?.answer) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
