/** Plain-text tables for a terminal: lists of objects as columns, single objects as key/value rows. */

const MAX_CELL = 48;

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function listTable(items: readonly unknown[]): string {
  if (items.length === 0) return '(no items)';
  if (!items.every((i) => i && typeof i === 'object' && !Array.isArray(i))) {
    return grid(['value'], items.map((i) => [cell(i)]));
  }
  const columns: string[] = [];
  for (const item of items) for (const k of Object.keys(item as object)) if (!columns.includes(k)) columns.push(k);
  return grid(columns, items.map((i) => columns.map((c) => cell((i as Record<string, unknown>)[c]))));
}

export function objectTable(obj: Record<string, unknown>): string {
  const entries = Object.entries(obj);
  if (entries.length === 0) return '(empty)';
  const width = Math.max(...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `${k.padEnd(width)}  ${cell(v)}`).join('\n');
}
