/** The logging piece: one debug line per attempt and per response (./debug.ts loads it when `debug` is on). */
import type { Step } from './call.js';
import { Failure } from './failure.js';
import { requestRedactor, type Redactor } from './redact.js';
import type { Secrets } from './secrets.js';

/** JSON for a log line, sensitive keys masked, cut short. */
export function logJson(v: unknown, redactor: Redactor, max = 300): string {
  if (v === undefined) return '';
  let s: string;
  try {
    s = JSON.stringify(redactor.value(v)) ?? '';
  } catch {
    s = '[unserialisable]';
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** Sits right above the attempt, so it sees the headers of that attempt (Authorization included, masked). */
export function logging(next: Step, log: ((line: string) => void) | undefined, secrets: Secrets): Step {
  if (!log) return next;
  return async (call) => {
    const { op } = call;
    const r = requestRedactor(secrets, call.body);
    log(`sobot → ${op.method.toUpperCase()} ${op.path} ${op.operationId} attempt ${call.attempts + 1}`
      + ` headers=${logJson(call.headers, r)}${call.query ? ` query=${logJson(call.query, r)}` : ''}`
      + `${call.body !== undefined ? ` body=${logJson(call.body, r)}` : ''}`);
    try {
      const data = await next(call);
      log(`sobot ← ${call.received?.status} ${op.operationId} ${call.received?.bytes}B`);
      return data;
    } catch (f) {
      if (f instanceof Failure) log(`sobot ← ${op.operationId}: ${f.kind}${f.facts.response ? ` (HTTP ${f.facts.response.status})` : ''}`);
      throw f;
    }
  };
}
