/**
 * The import ids a caller named, each bound to what it imported: one JSON line per id in a
 * file (the CLI keeps it next to its profiles). An import id re-used for other content — another
 * file, another template, another calling-list code — is refused before anything is sent:
 * its chunk keys would differ anyway (idempotency.ts), but an id names one import, and a
 * second meaning for it would make the first one's checkpoint, report and keys ambiguous.
 *
 * Lines are appended with O_APPEND in one write each, so two runs claiming ids at once do not
 * tear each other's lines; the first claim of an id in the file wins.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SobotConfigError } from '../errors.js';

export interface LedgerEntry {
  importId: string;
  operationId: string;
  /** digest of the template, options and content (or first chunk) the id was first used for */
  identity: string;
  /** what a person recognises: the file or checkpoint, when known */
  source?: string;
  claimedAt: string;
}

function entries(path: string): LedgerEntry[] {
  if (!existsSync(path)) return [];
  const out: LedgerEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as LedgerEntry;
      if (typeof v.importId === 'string' && typeof v.identity === 'string') out.push(v);
    } catch {
      // a line torn by a kill mid-write claims nothing
    }
  }
  return out;
}

/** Records `importId` for `identity`, or throws when the ledger has it for something else. */
export function claimImportId(path: string, entry: Omit<LedgerEntry, 'claimedAt'>): void {
  const earlier = entries(path).find((e) => e.importId === entry.importId);
  if (earlier) {
    if (earlier.identity === entry.identity && earlier.operationId === entry.operationId) return;
    throw new SobotConfigError(
      `import id ${entry.importId} was already used on ${earlier.claimedAt} for other content (${earlier.operationId}${earlier.source ? `, ${earlier.source}` : ''}); `
      + 'an import id names one import: choose another id (or leave it out for a new random one), or resume that import with its own file and settings',
    );
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  appendFileSync(path, `${JSON.stringify({ ...entry, claimedAt: new Date().toISOString() })}\n`, { mode: 0o600 });
  // a concurrent claim may have landed first: the first line for an id is the one that counts
  const first = entries(path).find((e) => e.importId === entry.importId)!;
  if (first.identity !== entry.identity || first.operationId !== entry.operationId) claimImportId(path, entry);
}
