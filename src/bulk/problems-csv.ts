/**
 * The rows of an import that need a person — invalid, refused by the server, unknown outcome,
 * duplicates — as CSV, the form they are fixed in: a spreadsheet. Every cell that a spreadsheet
 * would read as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return: the
 * OWASP "CSV injection" set) is prefixed with `'`, so a row or a server message such as
 * `=HYPERLINK(...)` shows as text instead of running. The JSON report stays faithful: it holds
 * every value as read or as the server sent it; only this spreadsheet-bound copy is neutralized.
 */
import type { ImportReport } from './types.js';

const FORMULA = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet will not evaluate. */
export function neutralizeCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number | undefined): string {
  const s = value === undefined ? '' : neutralizeCell(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const PROBLEM_COLUMNS = ['line', 'row', 'outcome', 'field', 'rule', 'detail', 'chunk'] as const;

/** The problem rows of `report`, by row number, one line each (an invalid row's issues joined). */
export function problemsCsv(report: ImportReport): string {
  type Line = { row: number; cells: (string | number | undefined)[] };
  const lines: Line[] = [];
  for (const r of report.invalid) {
    lines.push({ row: r.row, cells: [r.line, r.row, 'invalid', r.issues.map((i) => i.field).join('; '), r.issues.map((i) => i.rule).join('; '), r.issues.map((i) => i.message).join('; '), undefined] });
  }
  for (const r of report.rejected) lines.push({ row: r.row, cells: [r.line, r.row, 'refused', r.field, undefined, r.raw ? `${r.detail} (${r.raw})` : r.detail, r.chunk] });
  for (const r of report.unknown) lines.push({ row: r.row, cells: [r.line, r.row, 'unknown', undefined, undefined, r.detail, r.chunk] });
  for (const r of report.duplicate) lines.push({ row: r.row, cells: [r.line, r.row, 'duplicate', undefined, undefined, `same number as row ${r.duplicateOf}`, undefined] });
  lines.sort((a, b) => a.row - b.row);
  return `${[PROBLEM_COLUMNS.join(','), ...lines.map((l) => l.cells.map(csvCell).join(','))].join('\r\n')}\r\n`;
}
