/**
 * Peak RSS of one import in a fresh process, or of the duplicate-detection structure alone.
 *
 *   (compiled) bench/cases/bulk-dedupe-rss-worker.ts import <csv> <baseUrl> <skip|send> [concurrency]
 *              bench/cases/bulk-dedupe-rss-worker.ts structure <seen-keys|map> <n>
 */
import { examples } from '../../generated/examples.js';
import { SeenKeys } from '../../src/bulk/seen-keys.js';
import { MARKER } from '../lib/report.js';
import { loadBulk, loadSdk } from '../lib/sdk.js';

const [mode, a, b, c, conc] = process.argv.slice(2);

async function importRun() {
  const { sdk, from } = await loadSdk();
  const { bulk, from: bulkFrom } = await loadBulk();
  const sobot = sdk.createSobotClient({ baseUrl: b!, credentials: { appId: 'bench-app', appSecret: 'bench-secret' } });
  const { dataDetails: _rows, ...template } = examples.importCallingList.body.seed;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // the row count, as the sobot-cc command gives it from its counting pass (it sizes duplicate detection up front)
  const totalRows = await bulk.countCsvRows(a!);
  const report = await bulk.importCallingList(sobot, { template, rows: bulk.readCsv(a!), duplicates: c as 'skip' | 'send', totalRows, ...(conc ? { concurrency: Number(conc) } : {}), poll: false });
  process.stdout.write(`${MARKER}${JSON.stringify({
    name: 'bulk-dedupe-rss-run', rows: [], details: '',
    data: { ms: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(cpu0)), throttling: report.throttling, maxRssBytes: process.resourceUsage().maxRSS * 1024, totals: report.totals, status: report.status, stopReason: report.stopReason, from, bulkFrom },
  })}\n`);
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** Memory held by the structure after n distinct 11-digit numbers (GC'd before and after). */
function structure() {
  const n = Number(b);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  let keep: unknown;
  if (a === 'map') {
    const m = new Map<string, number>();
    for (let i = 0; i < n; i++) m.set(String(13_800_000_000 + i), i + 1);
    keep = m;
  } else {
    // sized as the import sizes it from the row count (src/bulk/import.ts)
    const s = new SeenKeys(SeenKeys.slotsFor(n));
    for (let i = 0; i < n; i++) s.firstOrAdd(String(13_800_000_000 + i), i + 1);
    keep = s;
  }
  const ms = performance.now() - t0;
  gc?.();
  const m1 = process.memoryUsage();
  const held = (m1.heapUsed - m0.heapUsed) + (m1.arrayBuffers - m0.arrayBuffers);
  process.stdout.write(`${MARKER}${JSON.stringify({ name: 'bulk-dedupe-structure', rows: [], details: '', data: { kind: a, n, ms, heldBytes: held, maxRssBytes: process.resourceUsage().maxRSS * 1024, kept: !!keep } })}\n`);
}

(mode === 'structure' ? Promise.resolve(structure()) : importRun()).catch((e: unknown) => {
  process.stderr.write(`bulk-dedupe-rss-worker failed: ${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 1;
});
