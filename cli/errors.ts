/** Exit codes and the one line an error prints. */
import { pointerSegments } from '../lint/spec-reader/pointer.js';
import { SobotConfigError, SobotError, SobotValidationError, type AllowedValue } from '../src/errors.js';

/** 130 = 128 + SIGINT: stopped by Ctrl-C, the shell convention. */
export const EXIT = { ok: 0, api: 1, usage: 2, rejected: 3, interrupted: 130 } as const;

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** `/body/customerPhoneNumberList/0` → `body.customerPhoneNumberList[0]` */
export function fieldOf(path: string): string {
  if (path !== '' && !path.startsWith('/')) return path; // not a pointer: shown as given rather than lost to a throw
  const [where, ...rest] = pointerSegments(path);
  const name = rest.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
  return `${where ?? ''}${name}`;
}

/**
 * `must be one of 0 = Agent work number, 1 = Agent UUID/id`: values as they are typed on the
 * command line (a flag's text is the string), quoted only when they could not be typed bare.
 */
function allowedText(allowed: AllowedValue[]): string {
  const typed = (v: unknown) => (typeof v === 'string' && /^[^\s,=;"]+$/.test(v) ? v : JSON.stringify(v));
  return `must be one of ${allowed.map((a) => `${typed(a.value)}${a.meaning ? ` = ${a.meaning}` : ''}`).join(', ')}`;
}

/** Prints the error as one line on stderr and returns the exit code it means. */
export function reportError(e: unknown, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): number {
  if (e instanceof UsageError) {
    write(`sobot-cc: ${oneLine(e.message)}`);
    return EXIT.usage;
  }
  if (e instanceof SobotValidationError) {
    const issues = e.issues.map((i) => `${fieldOf(i.path)}: ${i.rule} (${i.allowed ? allowedText(i.allowed) : i.message})`).join('; ');
    write(`sobot-cc: ${e.operationId ?? 'request'}: invalid, nothing was sent: ${oneLine(issues || e.message)}`);
    return EXIT.usage;
  }
  if (e instanceof SobotConfigError) {
    write(`sobot-cc: ${oneLine(e.message)}`);
    return EXIT.usage;
  }
  if (e instanceof SobotError) {
    write(`sobot-cc: ${oneLine(e.message)}`);
    return EXIT.api;
  }
  const err = e as NodeJS.ErrnoException;
  write(`sobot-cc: ${oneLine(err?.message ?? String(e))}`);
  return EXIT.api;
}
