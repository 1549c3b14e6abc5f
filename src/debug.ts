/**
 * Opt-in debug lines, every one through the redactor. The piece that writes one line per attempt
 * and per response (./logging.ts) loads only for a client with `debug` on.
 */
import type { Step } from './call.js';
import { lazy } from './lazy.js';
import type { Secrets } from './secrets.js';

export type DebugOption = boolean | ((line: string) => void) | undefined;

/**
 * The debug sink, every line scrubbed of `secrets`. The scrubbing code loads with the first line;
 * lines written before it has loaded wait in order, so none is written unscrubbed or out of turn.
 */
export function createLogger(debug: DebugOption, secrets: Secrets): ((line: string) => void) | undefined {
  if (!debug) return undefined;
  const sink = typeof debug === 'function' ? debug : (line: string) => console.error(line);
  const redactor = lazy(() => import('./redact.js').then((m) => m.redactorOf(secrets)));
  const waiting: string[] = [];
  const flush = (r: { text(s: string): string }) => {
    for (let line = waiting.shift(); line !== undefined; line = waiting.shift()) sink(r.text(line));
  };
  return (line) => {
    const r = redactor.value;
    if (r && waiting.length === 0) return sink(r.text(line));
    waiting.push(line);
    if (waiting.length === 1) void redactor.load().then(flush);
  };
}

/** The logging piece above `next`, loaded with the first call; `next` itself when debug is off. */
export function lazyLogging(next: Step, log: ((line: string) => void) | undefined, secrets: Secrets): Step {
  if (!log) return next;
  const piece = lazy(() => import('./logging.js').then((m) => m.logging(next, log, secrets)));
  return (call) => piece.value?.(call) ?? piece.load().then((step) => step(call));
}
