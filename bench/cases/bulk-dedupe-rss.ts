/**
 * Duplicate detection in bounded memory: 1,000,000 unique calling-list numbers (the worst case:
 * every number must be remembered) imported from a CSV with duplicates skipped (the default)
 * and sent (`duplicates: 'send'`, no detection), each in a fresh process; peak RSS (getrusage
 * maxRSS) against the target ≤ 150 MB, with the command's V8 flags and, side by side, without its
 * --heap-growing-percent (peak RSS and CPU time: the flag must not cost more than ~5 %). Also the
 * detection structure alone: SeenKeys (typed
 * arrays of 64-bit digests, src/bulk/seen-keys.ts) against the Map of strings it replaced.
 *
 *   node --import tsx bench/cases/bulk-dedupe-rss.ts
 */
import { callingListCsv } from '../lib/csv-gen.js';
import { BENCH, runCase, startServer } from '../lib/proc.js';
import { commandNodeFlags } from '../lib/command-flags.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { fmt, fmtMb, median } from '../lib/stats.js';

const ROWS = Number(process.env.BENCH_DEDUPE_ROWS ?? (quick() ? 200_000 : 1_000_000));
/** runs of each compared variant, interleaved: the machine is noisy, and one run says little */
const REPS = Number(process.env.BENCH_DEDUPE_REPS ?? (quick() ? 1 : 3));
const TARGET = 150 * 2 ** 20;


interface Run { ms: number; cpuMs: number; maxRssBytes: number; totals: { rows: number; accepted: number; duplicate: number }; status: string; stopReason?: string; bulkFrom: string }
interface Structure { kind: string; n: number; ms: number; heldBytes: number; maxRssBytes: number }
interface Variant { label: string; dup: 'skip' | 'send'; flags: string[]; reps: number; runs: Run[] }

async function main() {
  const t0 = performance.now();
  const csv = await callingListCsv(ROWS);
  const server = await startServer(`${BENCH}servers/fake-sobot.ts`, ['--latency', '0', '--inflight', '1000']);
  const command = commandNodeFlags();
  const variants: Variant[] = [
    { label: `duplicates skipped (detection on, the default), the command's V8 flags (${command.join(' ')})`, dup: 'skip', flags: command, reps: REPS, runs: [] },
    // the before of --heap-growing-percent: V8 lets its old space grow to about 4× what survived
    // the last full collection (about 13 MB live mid-import) before collecting again
    { label: `duplicates skipped, V8's default heap growth (${command.filter((f) => !f.startsWith('--heap-growing-percent')).join(' ')} only)`, dup: 'skip', flags: command.filter((f) => !f.startsWith('--heap-growing-percent')), reps: REPS, runs: [] },
    { label: 'duplicates sent (no detection), the command\'s V8 flags', dup: 'send', flags: command, reps: 1, runs: [] },
  ];
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (const v of variants) {
        if (rep >= v.reps) continue;
        await server.reset();
        const r = (await runCase(`${BENCH}cases/bulk-dedupe-rss-worker.ts`, ['import', csv.path, server.url, v.dup], {}, { nodeFlags: v.flags })).data as Run;
        if (r.status !== 'completed' || r.totals.accepted !== ROWS) throw new Error(`import incomplete: ${JSON.stringify(r)}`);
        v.runs.push(r);
        log(`bulk-dedupe-rss: ${v.label}: peak RSS ${fmtMb(r.maxRssBytes)}, ${fmt(r.ms, 0)} ms, CPU ${fmt(r.cpuMs, 0)} ms`);
      }
    }
  } finally {
    await server.stop();
  }
  const structures: Structure[] = [];
  for (const kind of ['seen-keys', 'map']) {
    const s = (await runCase(`${BENCH}cases/bulk-dedupe-rss-worker.ts`, ['structure', kind, String(ROWS)], {}, { nodeFlags: ['--expose-gc'] })).data as Structure;
    structures.push(s);
    log(`bulk-dedupe-rss: ${kind} with ${ROWS} numbers holds ${fmtMb(s.heldBytes)} (${fmt(s.ms, 0)} ms)`);
  }
  const med = (v: Variant, f: (r: Run) => number) => median(v.runs.map(f));
  const [on, growth] = variants;
  const worst = Math.max(...on!.runs.map((r) => r.maxRssBytes));
  const rows: Row[] = [
    { case: `bulk: ${ROWS.toLocaleString('en-US')} unique rows, duplicate detection on — peak RSS of the importing process (highest of ${on!.runs.length})`, figure: fmtMb(worst), target: '≤ 150 MB', met: worst <= TARGET },
    { case: `bulk: ${ROWS.toLocaleString('en-US')} unique rows, detection on — CPU time with the command's --heap-growing-percent / V8's default growth (medians)`, figure: `${fmt(med(on!, (r) => r.cpuMs) / med(growth!, (r) => r.cpuMs), 2)}×`, target: '≤ 1.05×', met: med(on!, (r) => r.cpuMs) <= 1.05 * med(growth!, (r) => r.cpuMs) },
    { case: `bulk: ${ROWS.toLocaleString('en-US')} unique rows, detection on, V8's default heap growth — peak RSS (median of ${growth!.runs.length})`, figure: fmtMb(med(growth!, (r) => r.maxRssBytes)), target: '—', met: null },
    { case: `bulk: duplicate detection's memory for ${ROWS.toLocaleString('en-US')} numbers: SeenKeys / the Map of strings it replaced`, figure: `${fmtMb(structures[0]!.heldBytes)} / ${fmtMb(structures[1]!.heldBytes)}`, target: '—', met: null },
  ];
  const details = [
    `\`importCallingList(sobot, {template, rows: readCsv(file), duplicates, poll: false})\` of ${ROWS.toLocaleString('en-US')} unique numbers (the generated bench CSV; chunks of 500, concurrency default) into bench/servers/fake-sobot.ts without latency, each run in a fresh process started with the V8 flags named (the command's are read from the shebang of cli/bin.mjs), the variants interleaved, ${REPS} run(s) each; peak RSS is getrusage maxRSS (Node, the SDK and the validators included), CPU is the process's user + system time over the import. SDK bulk: ${on!.runs[0]!.bulkFrom}.`,
    '',
    mdTable(['run', 'runs', 'peak RSS median (min–max)', 'wall ms median', 'CPU ms median', 'duplicates found'], variants.map((v) => [
      v.label, String(v.runs.length),
      `${fmtMb(med(v, (r) => r.maxRssBytes))} (${fmtMb(Math.min(...v.runs.map((r) => r.maxRssBytes)))}–${fmtMb(Math.max(...v.runs.map((r) => r.maxRssBytes)))})`,
      fmt(med(v, (r) => r.ms), 0), fmt(med(v, (r) => r.cpuMs), 0), String(v.runs[0]!.totals.duplicate),
    ]), ['l', 'r', 'r', 'r', 'r', 'r']),
    '',
    `The structure alone, ${ROWS.toLocaleString('en-US')} distinct numbers inserted, memory held after a full GC (heap + array buffers):`,
    '',
    mdTable(['structure', 'held', 'bytes per number', 'insert ms'], structures.map((s) => [s.kind === 'map' ? 'Map<string, number> (before)' : 'SeenKeys (typed-array hash set of 64-bit digests)', fmtMb(s.heldBytes), fmt(s.heldBytes / s.n, 1), fmt(s.ms, 0)]), ['l', 'r', 'r', 'r']),
  ].join('\n');
  emit({ name: 'bulk-dedupe-rss', rows, details, data: { rows: ROWS, variants, structures }, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`bulk-dedupe-rss failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
