/** Accounts for every input row: each one lands in exactly one bucket, and the totals add up. */
import type {
  ChunkSummary, DuplicateRow, ImportReport, ImportTotals, InvalidRow, RowIssue, RowRange, ServerResults, ServerRowDetail,
} from './types.js';
import type { ChunkOutcome } from './profiles.js';

export interface ChunkRow { row: number; line?: number; item: unknown }

/** Sorted, adjacent ranges joined (rows of a chunk stopped late come after later rows). */
function mergeRanges(ranges: RowRange[]): RowRange[] {
  const out: RowRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

export class ReportBuilder {
  readonly totals: ImportTotals = { rows: 0, accepted: 0, rejected: 0, duplicate: 0, invalid: 0, unknown: 0, pending: 0 };
  readonly invalid: InvalidRow[] = [];
  readonly duplicate: DuplicateRow[] = [];
  readonly rejected: ServerRowDetail[] = [];
  readonly unknown: ServerRowDetail[] = [];
  readonly pending: RowRange[] = [];
  readonly chunks: ChunkSummary[] = [];
  readonly warnings: string[] = [];
  server?: ServerResults;
  /** rows settled from chunks replayed out of a checkpoint (not counted in the rate) */
  replayedRows = 0;

  read(): void {
    this.totals.rows++;
  }

  addInvalid(row: number, line: number | undefined, issues: RowIssue[]): void {
    this.totals.invalid++;
    this.invalid.push({ row, ...(line !== undefined && { line }), issues });
  }

  addDuplicate(row: number, line: number | undefined, duplicateOf: number): void {
    this.totals.duplicate++;
    this.duplicate.push({ row, ...(line !== undefined && { line }), duplicateOf });
  }

  addPending(row: number): void {
    this.totals.pending++;
    const last = this.pending[this.pending.length - 1];
    if (last && last.to === row - 1) last.to = row;
    else this.pending.push({ from: row, to: row });
  }

  /** Files one chunk's outcome; rows the outcome does not name were accepted. */
  addChunk(index: number, rows: ChunkRow[], outcome: ChunkOutcome, meta: Pick<ChunkSummary, 'via' | 'idempotencyKey'>): void {
    const named = new Set<number>();
    const at = (i: number) => rows[i]!;
    const ref = (i: number) => ({ row: at(i).row, ...(at(i).line !== undefined && { line: at(i).line }), chunk: index });
    for (const r of outcome.rejected) {
      if (named.has(r.index) || !rows[r.index]) continue;
      named.add(r.index);
      this.rejected.push({ ...ref(r.index), detail: r.detail, ...(r.raw && { raw: r.raw }), ...(r.field && { field: r.field }) });
    }
    let unknown = 0;
    for (const u of outcome.unknown) {
      if (named.has(u.index) || !rows[u.index]) continue;
      named.add(u.index);
      unknown++;
      this.unknown.push({ ...ref(u.index), detail: u.detail });
    }
    const rejected = named.size - unknown;
    const accepted = rows.length - named.size;
    this.totals.accepted += accepted;
    this.totals.rejected += rejected;
    this.totals.unknown += unknown;
    if (meta.via === 'checkpoint') this.replayedRows += rows.length;
    this.chunks.push({
      index, rows: rows.length, firstRow: rows[0]!.row, lastRow: rows[rows.length - 1]!.row,
      status: unknown === rows.length && rows.length > 0 ? 'unknown' : 'done',
      ...meta, accepted, rejected, unknown,
      ...(outcome.server && { server: outcome.server }),
      ...(outcome.warnings?.length && { warnings: outcome.warnings }),
    });
  }

  /** A chunk that was not sent (the import stopped first): its rows are pending. */
  addPendingChunk(index: number, rows: ChunkRow[], idempotencyKey?: string): void {
    for (const r of rows) this.addPending(r.row);
    this.chunks.push({
      index, rows: rows.length, firstRow: rows[0]!.row, lastRow: rows[rows.length - 1]!.row, status: 'pending',
      accepted: 0, rejected: 0, unknown: 0, ...(idempotencyKey && { idempotencyKey }),
    });
  }

  settled(): number {
    const t = this.totals;
    return t.accepted + t.rejected + t.duplicate + t.invalid + t.unknown + t.pending;
  }

  build(base: Omit<ImportReport, 'totals' | 'invalid' | 'duplicate' | 'rejected' | 'unknown' | 'pending' | 'chunks' | 'warnings' | 'server'>): ImportReport {
    if (this.settled() !== this.totals.rows) {
      // a bug, not an input problem: say so rather than hand out a report that does not add up
      throw new Error(`bulk report does not add up: ${this.settled()} rows accounted for, ${this.totals.rows} read`);
    }
    const byRow = <T extends { row: number }>(a: T[]) => a.sort((x, y) => x.row - y.row);
    return {
      ...base,
      totals: { ...this.totals },
      invalid: byRow(this.invalid),
      duplicate: byRow(this.duplicate),
      rejected: byRow(this.rejected),
      unknown: byRow(this.unknown),
      pending: mergeRanges(this.pending),
      chunks: this.chunks.sort((a, b) => a.index - b.index),
      ...(this.server && { server: this.server }),
      warnings: [...this.warnings],
    };
  }
}
