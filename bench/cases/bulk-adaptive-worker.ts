/**
 * One calling-list import in a fresh process against bulk-adaptive-server.ts: the CSV through
 * `importCallingList` with chunks of `chunk` rows and at most `max` calls in flight (the pool
 * adapts below that). Prints BENCH_RESULT with wall time, the report's totals and throttling.
 *
 *   (compiled) bench/cases/bulk-adaptive-worker.ts <csv> <baseUrl> <chunk> <max> [initial]
 */
import { examples } from '../../generated/examples.js';
import { MARKER } from '../lib/report.js';
import { loadBulk, loadSdk } from '../lib/sdk.js';

const [csv, baseUrl, chunk, max, initial] = process.argv.slice(2);

async function main() {
  const { sdk, from } = await loadSdk();
  const { bulk, from: bulkFrom } = await loadBulk();
  const sobot = sdk.createSobotClient({ baseUrl: baseUrl!, credentials: { appId: 'bench-app', appSecret: 'bench-secret' } });
  const { dataDetails: _rows, ...template } = examples.importCallingList.body.seed;
  const t0 = performance.now();
  const report = await bulk.importCallingList(sobot, {
    template, rows: bulk.readCsv(csv!), chunkSize: Number(chunk), concurrency: Number(max),
    ...(initial ? { initialConcurrency: Number(initial) } : {}), poll: false,
  });
  const ms = performance.now() - t0;
  process.stdout.write(`${MARKER}${JSON.stringify({
    name: 'bulk-adaptive-run', rows: [], details: '',
    data: { ms, totals: report.totals, status: report.status, stopReason: report.stopReason, throttling: report.throttling, chunks: report.chunks.length, from, bulkFrom },
  })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bulk-adaptive-worker failed: ${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 1;
});
