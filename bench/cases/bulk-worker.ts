/**
 * One bulk import in a fresh process (so its peak RSS is its own): the calling-list CSV
 * through `importCallingList` (readCsv → per-row validation → chunks of 500 → bounded
 * concurrency) into the fake server. Prints BENCH_RESULT with wall time, peak RSS, CPU.
 *
 *   (compiled by lib/compile.ts) bench/cases/bulk-worker.ts import <csv> <baseUrl> <concurrency> [checkpoint]
 *                                bench/cases/bulk-worker.ts read <csv>
 *                                bench/cases/bulk-worker.ts ideal - <baseUrl> <concurrency>
 */
import { examples } from '../../generated/examples.js';
import { MARKER } from '../lib/report.js';
import { loadBulk, loadSdk } from '../lib/sdk.js';

const [mode, csv, baseUrl, conc, checkpoint] = process.argv.slice(2);

/** The reader alone: how fast rows come out of readCsv, nothing else. */
async function readOnly() {
  const { bulk, from: bulkFrom } = await loadBulk();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for await (const _ of bulk.readCsv(csv)) n++;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  process.stdout.write(`${MARKER}${JSON.stringify({
    name: 'bulk-read', rows: [], details: '',
    data: { ms, rowsRead: n, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024, bulkFrom },
  })}\n`);
}

/**
 * The bound the server itself sets: the same 200 chunks of 500 rows, built before the clock
 * starts (no reading, no checks), sent by `conc` loops through sobot.call. No client can do
 * better at that concurrency, whatever its own costs.
 */
async function ideal() {
  const { sdk, from } = await loadSdk();
  const sobot = sdk.createSobotClient({ baseUrl, credentials: { appId: 'bench-app', appSecret: 'bench-secret' } });
  const { dataDetails: _rows, ...template } = examples.importCallingList.body.seed;
  const bodies = Array.from({ length: 200 }, (_, c) => ({
    ...template,
    dataDetails: Array.from({ length: 500 }, (_, i) => ({ telephone: String(13_800_000_000 + c * 500 + i), name: `Customer ${i}`, description: `row ${i}` })),
  }));
  // token and connections before the clock, as a long-running client would have them
  await sobot.call('importCallingList', { body: { ...template, dataDetails: [{ telephone: '10000000000' }] } }, { validate: false });
  const t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: Number(conc) }, async () => {
    for (let c = next++; c < bodies.length; c = next++) await sobot.call('importCallingList', { body: bodies[c] } as never, { validate: false });
  }));
  const ms = performance.now() - t0;
  process.stdout.write(`${MARKER}${JSON.stringify({ name: 'bulk-ideal', rows: [], details: '', data: { ms, rows: 100_000, from } })}\n`);
}

async function main() {
  if (mode === 'read') return readOnly();
  if (mode === 'ideal') return ideal();
  const { sdk, from } = await loadSdk();
  const { bulk, from: bulkFrom } = await loadBulk();
  const sobot = sdk.createSobotClient({ baseUrl, credentials: { appId: 'bench-app', appSecret: 'bench-secret' } });
  const { dataDetails: _rows, ...template } = examples.importCallingList.body.seed;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await bulk.importCallingList(sobot, {
    template,
    rows: bulk.readCsv(csv),
    concurrency: Number(conc),
    poll: false,
    ...(checkpoint ? { checkpoint } : {}),
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const ru = process.resourceUsage();
  process.stdout.write(`${MARKER}${JSON.stringify({
    name: 'bulk-run', rows: [], details: '',
    data: {
      ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: ru.maxRSS * 1024,
      totals: report.totals, status: report.status, stopReason: report.stopReason, chunks: report.chunks.length,
      chunkSize: report.chunkSize, concurrency: report.concurrency, from, bulkFrom,
    },
  })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bulk-worker failed: ${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 1;
});
