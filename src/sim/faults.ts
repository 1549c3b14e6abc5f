/**
 * Faults to inject, per operation (WireMock's faults and LocalStack's chaos rules, made small):
 * latency with jitter, a limit of requests in flight or per second answered with 429 and
 * `Retry-After`, an error status, a connection reset, or no answer at all (a hang) — before the request is applied or
 * after it (the case clients must not apply twice). Rules can hit a number of times only, after
 * skipping some requests, so "the third call fails once" is one rule.
 */
import { operation } from './router.js';

export interface FaultRule {
  /** operationId, or `*` (default) for every operation */
  operation?: string;
  /** added before the request is handled */
  latencyMs?: number;
  /** up to this much more, at random */
  jitterMs?: number;
  /** more requests than this being handled at once are refused with 429 */
  maxInFlight?: number;
  /** more requests than this within one second are refused with 429 */
  perSecond?: number;
  /** the Retry-After of those 429s, seconds (default 1) */
  retryAfterSeconds?: number;
  /** answer with this HTTP status (a failure envelope) */
  status?: number;
  /**
   * with `status`: send the failure with HTTP 200, the status only in the envelope's `code` and
   * `retCode` — what the research notes warn a client may meet ("never assume HTTP 200 means
   * success"). Such an answer breaks the contract's 200 schema on purpose.
   */
  inEnvelopeOnly?: boolean;
  /** destroy the connection without an answer */
  reset?: boolean;
  /**
   * never answer: the connection stays open until the client gives up or the simulator closes —
   * a server that took the request and went quiet (with `when: "after"`, once it applied it),
   * what a client's timeout, or a process killed while it waits, must cope with
   */
  hang?: boolean;
  /** `before` (default): nothing is applied; `after`: the request is applied, then the fault hits */
  when?: 'before' | 'after';
  /** the rule hits this many requests, then stops (default: every one) */
  times?: number;
  /** the first this-many matching requests pass untouched */
  skip?: number;
}

const FIELDS: Record<keyof FaultRule, (v: unknown) => string | undefined> = {
  operation: (v) => (typeof v === 'string' && (v === '*' || operation(v)) ? undefined : 'must be an operationId of openapi.yaml or *'),
  latencyMs: nonNegative, jitterMs: nonNegative, retryAfterSeconds: nonNegative, skip: nonNegative,
  maxInFlight: positive, perSecond: positive, times: positive,
  status: (v) => (Number.isInteger(v) && (v as number) >= 400 && (v as number) <= 599 ? undefined : 'must be an HTTP error status (400-599)'),
  reset: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  hang: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  inEnvelopeOnly: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
  when: (v) => (v === 'before' || v === 'after' ? undefined : 'must be "before" or "after"'),
};
function nonNegative(v: unknown) {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'must be a number >= 0';
}
function positive(v: unknown) {
  return Number.isInteger(v) && (v as number) >= 1 ? undefined : 'must be an integer >= 1';
}

/** Every problem of a rule, each naming its field. */
export function faultRuleIssues(rule: unknown, where = ''): string[] {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return [`${where || '/'}: a fault rule must be a JSON object`];
  const issues: string[] = [];
  for (const [k, v] of Object.entries(rule)) {
    const check = FIELDS[k as keyof FaultRule];
    if (!check) issues.push(`${where}/${k}: unknown field (known: ${Object.keys(FIELDS).join(', ')})`);
    else {
      const problem = check(v);
      if (problem) issues.push(`${where}/${k}: ${problem}, got ${JSON.stringify(v)}`);
    }
  }
  const r = rule as FaultRule;
  if ([r.status !== undefined, r.reset === true, r.hang === true].filter(Boolean).length > 1) {
    issues.push(`${where}/${r.hang ? 'hang' : 'reset'}: a rule answers with a status, resets or hangs — one of them`);
  }
  if (r.inEnvelopeOnly && r.status === undefined) issues.push(`${where}/inEnvelopeOnly: needs a status to put in the envelope`);
  const effects = ['latencyMs', 'jitterMs', 'maxInFlight', 'perSecond', 'status', 'reset', 'hang'].filter((k) => k in r);
  if (effects.length === 0 && issues.length === 0) issues.push(`${where || '/'}: a fault rule needs an effect (latencyMs, maxInFlight, perSecond, status, reset or hang)`);
  return issues;
}

interface Live {
  id: number;
  rule: FaultRule;
  seen: number;
  hits: number;
  inFlight: number;
  arrivals: number[];
}

export type Strike = { status: number; inEnvelopeOnly: boolean } | { reset: true } | { hang: true } | undefined;

export class FaultSet {
  private rules: Live[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number, private readonly now: () => number) {}

  add(rule: FaultRule): number {
    const issues = faultRuleIssues(rule);
    if (issues.length) throw new Error(issues.join('; '));
    const id = this.nextId++;
    this.rules.push({ id, rule: { ...rule }, seen: 0, hits: 0, inFlight: 0, arrivals: [] });
    return id;
  }

  list(): (FaultRule & { id: number; hits: number })[] {
    return this.rules.map((r) => ({ id: r.id, ...r.rule, hits: r.hits }));
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  private matching(operationId: string): Live[] {
    return this.rules.filter((r) => (r.rule.operation ?? '*') === '*' || r.rule.operation === operationId);
  }

  /**
   * Admission against the limits: the Retry-After (seconds) of a refusal, or a release function to
   * call once the request is answered.
   */
  admit(operationId: string): { retryAfter: number } | { release: () => void } {
    const limits = this.matching(operationId).filter((r) => r.rule.maxInFlight !== undefined || r.rule.perSecond !== undefined);
    const now = this.now();
    for (const r of limits) {
      r.arrivals = r.arrivals.filter((t) => now - t < 1000);
      if ((r.rule.maxInFlight !== undefined && r.inFlight >= r.rule.maxInFlight) || (r.rule.perSecond !== undefined && r.arrivals.length >= r.rule.perSecond)) {
        r.hits++;
        return { retryAfter: r.rule.retryAfterSeconds ?? 1 };
      }
    }
    for (const r of limits) {
      r.inFlight++;
      r.arrivals.push(now);
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        for (const r of limits) r.inFlight--;
      },
    };
  }

  /** Milliseconds to wait before handling. */
  delay(operationId: string): number {
    let ms = 0;
    for (const r of this.matching(operationId)) ms += (r.rule.latencyMs ?? 0) + (r.rule.jitterMs ? this.random() * r.rule.jitterMs : 0);
    return ms;
  }

  /**
   * The error or reset hitting this request at this phase, if any. Each request is counted once
   * per rule, at the rule's own phase.
   */
  strike(operationId: string, phase: 'before' | 'after'): Strike {
    for (const r of this.matching(operationId)) {
      if (r.rule.status === undefined && !r.rule.reset && !r.rule.hang) continue;
      if ((r.rule.when ?? 'before') !== phase) continue;
      r.seen++;
      if (r.seen <= (r.rule.skip ?? 0)) continue;
      if (r.rule.times !== undefined && r.hits >= r.rule.times) continue;
      r.hits++;
      if (r.rule.hang) return { hang: true };
      return r.rule.reset ? { reset: true } : { status: r.rule.status!, inEnvelopeOnly: r.rule.inEnvelopeOnly === true };
    }
    return undefined;
  }
}
