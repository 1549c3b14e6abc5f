/**
 * Duplicate detection in bounded memory: 1,000,000 unique calling-list numbers (the worst case:
 * every number must be remembered) imported from a CSV with duplicates skipped (the default)
 * and sent (`duplicates: 'send'`, no detection), each in a fresh process; peak RSS (getrusage
 * maxRSS) against the target ≤ 150 MB. Also the detection structure alone: SeenKeys (typed
 * arrays of 64-bit digests, src/bulk/seen-keys.ts) against the Map of strings it replaced.
 *
 *   node --import tsx bench/cases/bulk-dedupe-rss.ts
 */
import { callingListCsv } from '../lib/csv-gen.js';
import { BENCH, runCase, startServer } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { fmt, fmtMb } from '../lib/stats.js';

const ROWS = Number(process.env.BENCH_DEDUPE_ROWS ?? (quick() ? 200_000 : 1_000_000));
const TARGET = 150 * 2 ** 20;

interface Run { ms: number; maxRssBytes: number; totals: { rows: number; accepted: number; duplicate: number }; status: string; stopReason?: string; bulkFrom: string }
interface Structure { kind: string; n: number; ms: number; heldBytes: number; maxRssBytes: number }

async function main() {
  const t0 = performance.now();
  const csv = await callingListCsv(ROWS);
  const server = await startServer(`${BENCH}servers/fake-sobot.ts`, ['--latency', '0', '--inflight', '1000']);
  const runs: { label: string; run: Run }[] = [];
  try {
    const variants = [
      ['duplicates skipped (detection on, the default)', 'skip', []],
      ['duplicates sent (no detection)', 'send', []],
      // what bounds the rest: V8 lets its old space grow well past what is live (about 14 MB after a
      // full GC mid-import) before collecting; capped, the same import peaks far lower. Not the
      // command's default: a report holding a million problem rows needs more than such a cap.
      ['duplicates skipped, V8 old space capped at 64 MB (--max-old-space-size=64; for the why)', 'skip', ['--max-old-space-size=64']],
      // a V8 mode that trades speed for a smaller heap, without a cap a large report could hit
      ['duplicates skipped, node --optimize-for-size (a candidate for the command\'s flags)', 'skip', ['--optimize-for-size']],
    ] as const;
    for (const [label, dup, extra] of variants) {
      await server.reset();
      // the V8 flag the sobot-cc command runs imports with (cli/bin.mjs)
      const r = (await runCase(`${BENCH}cases/bulk-dedupe-rss-worker.ts`, ['import', csv.path, server.url, dup], {}, { nodeFlags: ['--max-semi-space-size=4', ...extra] })).data as Run;
      if (r.status !== 'completed' || r.totals.accepted !== ROWS) throw new Error(`import incomplete: ${JSON.stringify(r)}`);
      runs.push({ label, run: r });
      log(`bulk-dedupe-rss: ${label}: peak RSS ${fmtMb(r.maxRssBytes)}, ${fmt(r.ms, 0)} ms`);
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
  const on = runs[0]!.run;
  const rows: Row[] = [
    { case: `bulk: ${ROWS.toLocaleString('en-US')} unique rows, duplicate detection on — peak RSS of the importing process`, figure: fmtMb(on.maxRssBytes), target: '≤ 150 MB', met: on.maxRssBytes <= TARGET },
    ...runs.slice(2).map(({ label, run }) => ({ case: `bulk: ${ROWS.toLocaleString('en-US')} unique rows, ${label} — peak RSS`, figure: fmtMb(run.maxRssBytes), target: '—', met: null })),
    { case: `bulk: duplicate detection's memory for ${ROWS.toLocaleString('en-US')} numbers: SeenKeys / the Map of strings it replaced`, figure: `${fmtMb(structures[0]!.heldBytes)} / ${fmtMb(structures[1]!.heldBytes)}`, target: '—', met: null },
  ];
  const details = [
    `\`importCallingList(sobot, {template, rows: readCsv(file), duplicates, poll: false})\` of ${ROWS.toLocaleString('en-US')} unique numbers (the generated bench CSV; chunks of 500, concurrency default) into bench/servers/fake-sobot.ts without latency, each run in a fresh process started with \`--max-semi-space-size=4\` as the sobot-cc command is; peak RSS is getrusage maxRSS (Node, the SDK and the validators included). SDK bulk: ${on.bulkFrom}.`,
    '',
    mdTable(['run', 'peak RSS', 'wall ms', 'duplicates found'], runs.map(({ label, run }) => [label, fmtMb(run.maxRssBytes), fmt(run.ms, 0), String(run.totals.duplicate)]), ['l', 'r', 'r', 'r']),
    '',
    `The structure alone, ${ROWS.toLocaleString('en-US')} distinct numbers inserted, memory held after a full GC (heap + array buffers):`,
    '',
    mdTable(['structure', 'held', 'bytes per number', 'insert ms'], structures.map((s) => [s.kind === 'map' ? 'Map<string, number> (before)' : 'SeenKeys (typed-array hash set of 64-bit digests)', fmtMb(s.heldBytes), fmt(s.heldBytes / s.n, 1), fmt(s.ms, 0)]), ['l', 'r', 'r', 'r']),
  ].join('\n');
  emit({ name: 'bulk-dedupe-rss', rows, details, data: { rows: ROWS, runs, structures }, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`bulk-dedupe-rss failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
