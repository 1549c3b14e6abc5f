/**
 * Bulk: 100,000 calling-list rows from a CSV through `importCallingList` into the fake server
 * (bench/servers/fake-sobot.ts: 20 ms per request, at most 4 requests processed at once, the
 * rest queue). The server's theoretical maximum is inflight × chunk rows / latency
 * = 4 × 500 / 20 ms = 100,000 rows/s. Each import runs in a fresh process (bulk-worker.ts),
 * so peak RSS (getrusage maxRSS) is that import's alone. Repeated; medians. The server checks
 * every row arrived exactly once. For the why: the CSV reader alone, the client against a
 * server without latency (its own ceiling), and one import under the CPU profiler.
 *
 *   node --import tsx bench/cases/bulk.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandNodeFlags } from '../lib/command-flags.js';
import { summarise, type Profile } from '../lib/cpuprofile.js';
import { callingListCsv } from '../lib/csv-gen.js';
import { BENCH, runCase, startServer } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { fmt, fmtMb, fmtPct, median } from '../lib/stats.js';

const Q = quick();
const ROWS = Number(process.env.BENCH_BULK_ROWS ?? (Q ? 20_000 : 100_000));
const REPS = Number(process.env.BENCH_BULK_REPS ?? (Q ? 1 : 3));
const LATENCY = 20;
const CAP = 4;
const CHUNK = 500;

interface Run { ms: number; cpuMs: number; maxRssBytes: number; totals: { rows: number; accepted: number }; status: string; stopReason?: string; chunks: number; concurrency: number; from: string; bulkFrom: string }

/** Where a profiled import spends CPU, by part of the pipeline. */
function bucket(key: string, cat: string): string {
  if (cat === 'GC') return 'garbage collection';
  if (/src\/bulk\/csv(-parser)?\.ts|node:internal\/(fs|streams)|string_decoder/.test(key)) return 'CSV reading (csv-parser.ts, fs stream)';
  if (/src\/bulk\/(row-check|pointer|source-row)\.ts/.test(key)) return 'per-row check: row-check.ts + pointer.ts (template copy per row)';
  if (/generated\/validators|src\/validat/.test(key)) return 'ajv validators (per row and per chunk)';
  if (/src\/bulk\//.test(key)) return 'bulk orchestration (import.ts, report, checkpoint, hashing)';
  if (/src\//.test(key)) return 'SDK call pipeline (src/)';
  if (cat === 'tsx loader' || /modules\/esm|node:internal\/modules/.test(key)) return 'module loading (tsx, only in this profiled run)';
  if (/openapi-fetch|undici|wasm|node:(net|http|_http|internal\/(http|net|webstreams|abort|event_target|url|streams\/))|^(writev|dispatch) /.test(key) || cat.startsWith('fetch')) return 'HTTP: openapi-fetch, fetch (llhttp wasm, web streams, abort signals), sockets';
  return 'other (V8 builtins, microtasks, timers, …)';
}

async function profileImport(csv: string): Promise<{ table: string; top: string; data: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'sobot-bulkprof-'));
  const server = await startServer(`${BENCH}servers/fake-sobot.ts`, ['--latency', String(LATENCY), '--inflight', String(CAP)]);
  try {
    const r = await runCase(`${BENCH}cases/bulk-worker.ts`, ['import', csv, server.url, '4'], { BENCH_SDK: 'src' },
      { tsx: true, nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200'] });
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
    // the main thread's profile is the one that ran the import (tsx's loader thread writes one too)
    const profiles = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Profile);
    const main = profiles.find((pr) => pr.nodes.some((n) => n.callFrame.url.includes('src/bulk/'))) ?? profiles[0];
    const s = summarise(main);
    const buckets = new Map<string, number>();
    for (const [key, v] of s.byFunction) buckets.set(bucket(key, v.cat), (buckets.get(bucket(key, v.cat)) ?? 0) + v.us);
    const perRow = (us: number) => us / ROWS;
    const table = mdTable(
      ['part of the import (self time, profiled run)', 'CPU ms', 'µs/row', 'share'],
      [...buckets].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, fmt(us / 1000, 0), fmt(perRow(us), 2), fmtPct(us / s.totalUs)]),
      ['l', 'r', 'r', 'r'],
    );
    const topFns = [...s.byFunction].sort((a, b) => b[1].us - a[1].us).slice(0, 14);
    const top = mdTable(['function (self time)', 'CPU ms', 'µs/row'], topFns.map(([k, v]) => [`\`${k}\``, fmt(v.us / 1000, 0), fmt(perRow(v.us), 2)]), ['l', 'r', 'r']);
    return { table, top, data: { wallMs: (r.data as Run).ms, busyMs: s.totalUs / 1000, buckets: Object.fromEntries(buckets), top: topFns.map(([k, v]) => [k, v.us]) } };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const t0 = performance.now();
  const csv = await callingListCsv(ROWS);
  const variants = [
    { label: `concurrency 4 (default) → server cap ${CAP}, ${LATENCY} ms`, conc: 4, cap: CAP, latency: LATENCY, kind: 'primary' },
    { label: `concurrency 8 → server cap ${CAP}, ${LATENCY} ms`, conc: 8, cap: CAP, latency: LATENCY, kind: 'more' },
    { label: `concurrency 4 → server cap 2, ${LATENCY} ms (a server of half the capacity)`, conc: 4, cap: 2, latency: LATENCY, kind: 'cap' },
    { label: `concurrency 4 → server cap 1, ${LATENCY} ms (a quarter)`, conc: 4, cap: 1, latency: LATENCY, kind: 'cap' },
    { label: 'concurrency 4 → server without latency or cap (the client\'s own ceiling)', conc: 4, cap: 1000, latency: 0, kind: 'ceiling' },
  ];
  const out = new Map<string, { runs: Run[]; server: Record<string, unknown>[] }>();
  for (const v of variants) {
    const server = await startServer(`${BENCH}servers/fake-sobot.ts`, ['--latency', String(v.latency), '--inflight', String(v.cap)]);
    const runs: Run[] = [];
    const stats: Record<string, unknown>[] = [];
    try {
      for (let r = 0; r < (v.kind === 'primary' ? REPS : Math.min(REPS, 2)); r++) {
        await server.reset();
        // the same V8 flags the sobot-cc command runs its imports with (cli/bin.mjs)
        const res = await runCase(`${BENCH}cases/bulk-worker.ts`, ['import', csv.path, server.url, String(v.conc)], {}, { nodeFlags: commandNodeFlags() });
        const run = res.data as Run;
        const st = await server.stats();
        if (run.status !== 'completed' || run.totals.accepted !== ROWS || st.rows !== ROWS || st.uniquePhones !== ROWS) {
          throw new Error(`bulk run incomplete: ${JSON.stringify({ status: run.status, stop: run.stopReason, totals: run.totals, serverRows: st.rows, unique: st.uniquePhones })}`);
        }
        runs.push(run);
        stats.push(st);
        log(`bulk: ${v.label}: ${fmt(run.ms, 0)} ms, ${fmt(ROWS / (run.ms / 1000), 0)} rows/s, peak RSS ${fmtMb(run.maxRssBytes)}, CPU ${fmt(run.cpuMs, 0)} ms, server peak in flight ${st.maxInflight}`);
      }
    } finally {
      await server.stop();
    }
    out.set(v.label, { runs, server: stats });
  }
  // what the server allows a client with no costs of its own: pre-built chunks, same concurrency
  const ideals: { conc: number; ms: number; rps: number }[] = [];
  for (const c of [4, 8]) {
    const server = await startServer(`${BENCH}servers/fake-sobot.ts`, ['--latency', String(LATENCY), '--inflight', String(CAP)]);
    try {
      const ms: number[] = [];
      for (let r = 0; r < Math.min(REPS, 2); r++) {
        await server.reset();
        ms.push(((await runCase(`${BENCH}cases/bulk-worker.ts`, ['ideal', '-', server.url, String(c)], {}, { nodeFlags: commandNodeFlags() })).data as { ms: number }).ms);
      }
      const m = median(ms);
      ideals.push({ conc: c, ms: m, rps: 100_000 / (m / 1000) });
      log(`bulk: server bound, concurrency ${c} (pre-built chunks): ${fmt(m, 0)} ms = ${fmt(100_000 / (m / 1000), 0)} rows/s`);
    } finally {
      await server.stop();
    }
  }
  // the reader alone
  const reads: { ms: number; cpuMs: number; maxRssBytes: number }[] = [];
  for (let r = 0; r < Math.min(REPS, 2); r++) reads.push((await runCase(`${BENCH}cases/bulk-worker.ts`, ['read', csv.path])).data as { ms: number; cpuMs: number; maxRssBytes: number });
  const readMs = median(reads.map((r) => r.ms));
  log(`bulk: readCsv alone: ${fmt(readMs, 0)} ms = ${fmt(ROWS / (readMs / 1000), 0)} rows/s`);

  const maxRowsPerS = (CAP * CHUNK) / (LATENCY / 1000);
  const summary = variants.map((v) => {
    const { runs, server } = out.get(v.label)!;
    const ms = median(runs.map((r) => r.ms));
    const rps = ROWS / (ms / 1000);
    const max = (v.cap * CHUNK) / (LATENCY / 1000);
    return {
      ...v, ms, rps, max, ofMax: v.kind === 'ceiling' ? NaN : rps / max, rss: Math.max(...runs.map((r) => r.maxRssBytes)), cpuMs: median(runs.map((r) => r.cpuMs)),
      maxInflight: Math.max(...server.map((s) => s.maxInflight as number)), maxQueued: Math.max(...server.map((s) => s.maxQueued as number)), requests: server[0].requests as number,
    };
  });
  const p = summary.find((s) => s.kind === 'primary')!;
  const ceiling = summary.find((s) => s.kind === 'ceiling')!;
  const peak = Math.max(...summary.map((s) => s.rss));
  const rows: Row[] = [
    { case: `bulk: ${ROWS.toLocaleString('en-US')} CSV rows → server capped at ${CAP} in flight, ${LATENCY} ms (rows/s of the server's maximum)`, figure: `${fmtPct(p.ofMax)} (${fmt(p.rps, 0)} of ${fmt(maxRowsPerS, 0)} rows/s)`, target: '≥ 90 %', met: p.ofMax >= 0.9 },
    { case: 'bulk: peak RSS of the importing process', figure: fmtMb(peak), target: '≤ 150 MB', met: peak <= 150 * 2 ** 20 },
    { case: 'bulk: the client\'s own ceiling (no latency) / readCsv alone', figure: `${fmt(ceiling.rps, 0)} / ${fmt(ROWS / (readMs / 1000), 0)} rows/s`, target: '—', met: null },
  ];
  for (const i of ideals) {
    rows.push({ case: `bulk: the server's own bound at concurrency ${i.conc} (200 pre-built chunks, no reading or checks, token and connection warm)`, figure: `${fmtPct(i.rps / maxRowsPerS)} (${fmt(i.rps, 0)} rows/s)`, target: '—', met: null });
  }
  const bound4 = ideals.find((i) => i.conc === p.conc);
  if (bound4) rows.push({ case: `bulk: the import ÷ the server's own bound at the same concurrency (${p.conc})`, figure: fmtPct(p.rps / bound4.rps), target: '—', met: null });
  for (const s of summary.filter((x) => x.kind === 'more' || x.kind === 'cap')) {
    rows.push({ case: `bulk: ${s.label}`, figure: `${fmtPct(s.ofMax)} of its ${fmt(s.max, 0)} rows/s (${fmt(s.rps, 0)} rows/s)`, target: '—', met: null });
  }

  let profile: Awaited<ReturnType<typeof profileImport>> | undefined;
  if (p.ofMax < 0.9 || process.env.BENCH_BULK_PROFILE === '1') {
    log('bulk: profiling one import (src through tsx, CPU profiler on)');
    profile = await profileImport(csv.path);
  }
  const table = mdTable(
    ['variant', 'median wall ms', 'rows/s', 'server max rows/s', 'of the server max', 'client CPU ms', 'CPU µs/row', 'peak RSS', 'server peak in flight / queued', 'requests'],
    [
      ...summary.map((s) => [s.label, fmt(s.ms, 0), fmt(s.rps, 0), s.kind === 'ceiling' ? '∞' : fmt(s.max, 0), fmtPct(s.ofMax), fmt(s.cpuMs, 0), fmt((s.cpuMs * 1000) / ROWS, 1), fmtMb(s.rss), s.kind === 'ceiling' ? `${s.maxInflight} / —` : `${s.maxInflight} / ${s.maxQueued}`, String(s.requests)]),
      ...ideals.map((i) => [`server bound: concurrency ${i.conc}, 200 chunks built beforehand, sent through sobot.call (no reading, no checks)`, fmt(i.ms, 0), fmt(i.rps, 0), fmt(maxRowsPerS, 0), fmtPct(i.rps / maxRowsPerS), '—', '—', '—', '—', '200']),
      ['`readCsv` alone (no validation, nothing sent)', fmt(readMs, 0), fmt(ROWS / (readMs / 1000), 0), '—', '—', fmt(median(reads.map((r) => r.cpuMs)), 0), fmt((median(reads.map((r) => r.cpuMs)) * 1000) / ROWS, 1), fmtMb(Math.max(...reads.map((r) => r.maxRssBytes))), '—', '0'],
    ],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const first = out.get(variants[0].label)!.runs[0];
  const details = [
    `\`importCallingList(sobot, {template, rows: readCsv(file), concurrency, poll: false})\` — ${ROWS.toLocaleString('en-US')} rows (${fmtMb(csv.bytes)} CSV, unique numbers), chunks of ${CHUNK} (x-sobot-batch.maxItems), validation on, no checkpoint file; result polling off (it is not row throughput).`,
    `Server: ${LATENCY} ms per request, at most ${CAP} processed at once, the rest queued; theoretical maximum ${CAP} × ${CHUNK} / ${LATENCY} ms = ${fmt(maxRowsPerS, 0)} rows/s (${fmt((ROWS / maxRowsPerS) * 1000, 0)} ms for the file), i.e. the client has ${fmt(1e6 / maxRowsPerS, 0)} µs of wall time per row.`,
    `Wall time is the whole \`importCallingList\` call in a fresh process (token, CSV reading, validation, every chunk acknowledged), ${REPS} run(s) for the main variant, median; peak RSS is getrusage maxRSS of that process (Node itself and the SDK included). SDK: ${first.from}; bulk: ${first.bulkFrom}.`,
    '',
    table,
    ...(profile ? [
      '',
      `**Why.** With as many requests in flight as the server processes, each slot idles while a response travels back and the next request travels out, and the fake's 20 ms timer fires late by about a millisecond: the "server bound" rows send 200 chunks built beforehand, with a warm token and connection, and reach only what is shown there at that concurrency — no client does better against this server. The import adds what a fresh process pays at its start (the first fetch compiles Node's internal undici, the token, the JIT warming up) and its own CPU per row, shown below.`,
      '',
      `**Where the client's CPU goes** (CPU profile of one import, 200 µs sampling, src/ through tsx so files keep their names; the profiler slows it: ${fmt((profile.data as { wallMs: number }).wallMs, 0)} ms wall; every part runs on the one JavaScript thread):`,
      '',
      profile.table,
      '',
      profile.top,
    ] : []),
  ].join('\n');
  emit({ name: 'bulk', rows, details, data: { rows: ROWS, maxRowsPerS, summary, reads, runs: Object.fromEntries(out), profile: profile?.data }, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`bulk failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
