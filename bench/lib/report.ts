/**
 * What a case reports. Every case script prints exactly one line `BENCH_RESULT <json>` on
 * stdout (logs go to stderr); bench/run.ts collects them into bench/RESULTS.md.
 */

export interface Row {
  /** the case, e.g. "per-call CPU: sobot-cc / raw fetch" */
  case: string;
  /** the measured figure, formatted */
  figure: string;
  /** the target, formatted ("—" when informational) */
  target: string;
  /** true/false when there is a target; null when informational or not measurable */
  met: boolean | null;
}

export interface CaseResult {
  name: string;
  /** summary rows for the main table */
  rows: Row[];
  /** a markdown section with the details (tables, notes) */
  details: string;
  /** the raw numbers, kept in bench/.out/<name>.json */
  data?: unknown;
  /** seconds the case took */
  seconds?: number;
}

export const MARKER = 'BENCH_RESULT ';

export function emit(result: CaseResult): void {
  process.stdout.write(`${MARKER}${JSON.stringify(result)}\n`);
}

export function log(...parts: unknown[]): void {
  process.stderr.write(`${parts.map(String).join(' ')}\n`);
}

export const quick = (): boolean => process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';

/** Markdown table from a header and rows of cells. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? 'l') === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

export const metMark = (met: boolean | null): string => (met === null ? '—' : met ? 'yes' : '**no**');
