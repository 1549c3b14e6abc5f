/** The import's progress on a terminal, drawn by cli-progress; one line per few seconds elsewhere when asked. */
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../src/bulk/types.js';

export interface ProgressView {
  update(p: ImportProgress): void;
  stop(): void;
}

const eta = (s: number | undefined) => (s === undefined ? '?' : s >= 3600 ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`);

export function progressBar(total: number, stream: NodeJS.WritableStream & { isTTY?: boolean }, force: boolean): ProgressView {
  const bar = new cliProgress.SingleBar({
    stream,
    format: '{bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {etaText} | ok {accepted} · refused {rejected} · invalid {invalid} · dup {duplicate}{phaseText}',
    barsize: 24,
    hideCursor: !!stream.isTTY,
    clearOnComplete: false,
    noTTYOutput: force && !stream.isTTY,
    notTTYSchedule: 1000,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  const payload = (p: ImportProgress) => ({
    rate: p.rowsPerSecond, etaText: eta(p.etaSeconds), accepted: p.accepted, rejected: p.rejected,
    invalid: p.invalid, duplicate: p.duplicate, phaseText: p.phase === 'polling' ? ' | waiting for the server\'s counts' : '',
  });
  bar.start(total, 0, payload({ phase: 'importing', rowsRead: 0, rowsDone: 0, accepted: 0, rejected: 0, duplicate: 0, invalid: 0, unknown: 0, pending: 0, chunksDone: 0, chunksInFlight: 0, rowsPerSecond: 0 }));
  return {
    update: (p) => bar.update(Math.min(p.rowsDone, total), payload(p)),
    stop: () => bar.stop(),
  };
}
