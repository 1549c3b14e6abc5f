/** Opt-in debug lines; every line passes through the redactor. */
import type { Redactor } from './redact.js';

export type DebugOption = boolean | ((line: string) => void) | undefined;

export function createLogger(debug: DebugOption, redactor: Redactor): ((line: string) => void) | undefined {
  if (!debug) return undefined;
  const sink = typeof debug === 'function' ? debug : (line: string) => console.error(line);
  return (line) => sink(redactor.text(line));
}

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
