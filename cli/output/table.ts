/**
 * Plain-text tables for a terminal: lists of objects as columns, single objects as key/value rows.
 * Widths are display widths (string-width: a CJK character takes two columns, an emoji one glyph),
 * so columns stay aligned whatever the language. Columns the response schema marks are shown
 * readable: epoch milliseconds as UTC date-times, secrets masked. JSON output is never changed.
 */
import stringWidth from 'string-width';
import type { ColumnKinds } from '../spec/response.js';

const MAX_CELL = 48;
/** the same mask whatever the secret, so not even its length shows */
export const MASK = '••••••';

/** Cut to at most `max` display columns, ending in `…` when cut. */
function fit(s: string, max: number): string {
  if (stringWidth(s) <= max) return s;
  let out = '';
  let width = 0;
  for (const ch of new Intl.Segmenter().segment(s)) {
    const w = stringWidth(ch.segment);
    if (width + w > max - 1) break;
    out += ch.segment;
    width += w;
  }
  return `${out}…`;
}

function epochText(v: unknown): string | undefined {
  const ms = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(ms) || ms < 0) return undefined;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace('.000Z', 'Z');
}

function cell(v: unknown, kind?: ColumnKinds[string]): string {
  if (v === undefined || v === null || v === '') return '';
  if (kind === 'secret') return MASK;
  const s = (kind === 'epochMs' ? epochText(v) : undefined) ?? (typeof v === 'object' ? JSON.stringify(v) : String(v));
  return fit(s.replace(/\s+/g, ' '), MAX_CELL);
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function listTable(items: readonly unknown[], kinds: ColumnKinds = {}): string {
  if (items.length === 0) return '(no items)';
  if (!items.every((i) => i && typeof i === 'object' && !Array.isArray(i))) {
    return grid(['value'], items.map((i) => [cell(i)]));
  }
  const columns: string[] = [];
  for (const item of items) for (const k of Object.keys(item as object)) if (!columns.includes(k)) columns.push(k);
  return grid(columns, items.map((i) => columns.map((c) => cell((i as Record<string, unknown>)[c], kinds[c]))));
}

export function objectTable(obj: Record<string, unknown>, kinds: ColumnKinds = {}): string {
  const entries = Object.entries(obj);
  if (entries.length === 0) return '(empty)';
  const width = Math.max(...entries.map(([k]) => stringWidth(k)));
  return entries.map(([k, v]) => `${pad(k, width)}  ${cell(v, kinds[k])}`.trimEnd()).join('\n');
}
