/** The end of an import in a few lines: totals, where the report is, the first problem rows. */
import type { ImportReport, RowRef } from '../../src/bulk/types.js';

const where = (r: RowRef) => (r.line !== undefined ? `line ${r.line} (row ${r.row})` : `row ${r.row}`);
const SHOWN = 10;

export function summaryText(report: ImportReport, reportPath: string, problemsPath?: string): string {
  const t = report.totals;
  const lines = [
    `${report.operationId}: ${t.rows} rows — ${t.accepted} accepted, ${t.rejected} refused by the server, ${t.invalid} invalid, ${t.duplicate} duplicate, ${t.unknown} unknown outcome, ${t.pending} not sent`,
    `  import ${report.importId}${report.resumed ? ' (resumed)' : ''}: ${report.chunks.length} call${report.chunks.length === 1 ? '' : 's'} of up to ${report.chunkSize} rows; report: ${reportPath}`,
  ];
  if (problemsPath) lines.push(`  rows to look at, for a spreadsheet: ${problemsPath}`);
  if (report.status === 'stopped') lines.push(`  stopped: ${report.stopReason} — run again with --resume to continue`);
  if (report.server) {
    const s = report.server;
    lines.push(`  server (${s.operationId}${s.settled ? '' : ', not settled yet'}): ${s.successCount} imported, ${s.errorCount} failed, ${Math.max(s.repeatCount, s.removeDuplicatesCount)} duplicates${s.errorReportPaths.length ? `; error report: ${s.errorReportPaths.join(' ')}` : ''}`);
  }
  const show = <T extends RowRef>(title: string, rows: T[], text: (r: T) => string) => {
    if (!rows.length) return;
    lines.push(`  ${title}:`);
    for (const r of rows.slice(0, SHOWN)) lines.push(`    ${where(r)}: ${text(r)}`);
    if (rows.length > SHOWN) lines.push(`    … ${rows.length - SHOWN} more in the report`);
  };
  show('invalid (not sent)', report.invalid, (r) => r.issues.map((i) => `${i.field}: ${i.rule} (${i.message})`).join('; '));
  show('refused by the server', report.rejected, (r) => r.detail);
  show('unknown outcome', report.unknown, (r) => r.detail);
  show('duplicates (not sent)', report.duplicate, (r) => `same as row ${r.duplicateOf}`);
  for (const w of report.warnings) lines.push(`  note: ${w}`);
  return `${lines.join('\n')}\n`;
}
