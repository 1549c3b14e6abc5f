/** Rows settled per second and the time left, measured over this run only. */
import type { ImportProgress } from './types.js';
import type { ReportBuilder } from './report.js';

export class ProgressMeter {
  private readonly startedAt: number;

  constructor(private readonly now: () => number, private readonly totalRows: number | undefined) {
    this.startedAt = now();
  }

  snapshot(report: ReportBuilder, phase: ImportProgress['phase'], chunksDone: number, chunksInFlight: number): ImportProgress {
    const t = report.totals;
    const rowsDone = report.settled();
    const seconds = Math.max((this.now() - this.startedAt) / 1000, 0.001);
    const live = rowsDone - report.replayedRows;
    const rowsPerSecond = live > 0 ? live / seconds : 0;
    const total = this.totalRows;
    return {
      phase, rowsRead: t.rows, rowsDone, ...(total !== undefined && { totalRows: total }),
      accepted: t.accepted, rejected: t.rejected, duplicate: t.duplicate, invalid: t.invalid, unknown: t.unknown, pending: t.pending,
      chunksDone, chunksInFlight, rowsPerSecond: Math.round(rowsPerSecond * 10) / 10,
      ...(total !== undefined && rowsDone >= total && { etaSeconds: 0 }),
      ...(total !== undefined && rowsDone < total && rowsPerSecond > 0 && { etaSeconds: Math.ceil((total - rowsDone) / rowsPerSecond) }),
    };
  }
}
