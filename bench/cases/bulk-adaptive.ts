/**
 * Bulk against an unknown rate limit: bulk-adaptive-server.ts answers 429 (+ Retry-After) to a
 * request arriving while N are in flight, and applies nothing of it; N is not told to the client.
 * A calling-list import (chunks of CHUNK rows) must reach ≥ 90 % of that limit's throughput —
 * what the same server gives a client told N, measured in the same run — with ≤ 2 % of its calls
 * refused and nothing stopped, every row applied exactly once (server count). Variants:
 * Retry-After 1 s, no Retry-After; for contrast, the pool held at 4 (the old fixed default).
 *
 *   node --import tsx bench/cases/bulk-adaptive.ts
 */
import { commandNodeFlags } from '../lib/command-flags.js';
import { callingListCsv } from '../lib/csv-gen.js';
import { BENCH, runCase, startServer } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { fmt, fmtPct } from '../lib/stats.js';

const Q = quick();
const ROWS = Number(process.env.BENCH_ADAPTIVE_ROWS ?? (Q ? 20_000 : 60_000));
const CHUNK = 50;
// long enough that the client's own CPU (reading, checking rows) is never what limits it, even on a busy machine
const LATENCY = 200;

interface Run { ms: number; totals: { rows: number; accepted: number }; status: string; stopReason?: string; throttling: { refusals: number; peakConcurrency: number; finalConcurrency: number }; chunks: number; bulkFrom: string }
interface Stats { requests: number; refused: number; applied: number; rowsApplied: number; appliedTwice: number; uniquePhones: number; maxInflight: number; busyMs: number }

async function main() {
  const t0 = performance.now();
  const csv = await callingListCsv(ROWS);
  const variants: { label: string; limit: number; retryAfter: number; max: number; initial?: number; kind: 'adaptive' | 'told' | 'contrast' }[] = [
    // what the server delivers to a client that knows N: the reference the adaptive runs are read against (same machine, same run)
    { label: 'told the limit: pool pinned at 8 (the reference)', limit: 8, retryAfter: 1, max: 8, initial: 8, kind: 'told' },
    { label: 'hidden limit 8, Retry-After: 1', limit: 8, retryAfter: 1, max: 32, kind: 'adaptive' },
    { label: 'hidden limit 8, no Retry-After', limit: 8, retryAfter: -1, max: 32, kind: 'adaptive' },
    { label: 'hidden limit 8, pool held at 4 (the old fixed default, for contrast)', limit: 8, retryAfter: 1, max: 4, kind: 'contrast' },
  ];
  type Result = { v: (typeof variants)[number]; run: Run; st: Stats; capacity: number; rps: number };
  // all variants at once, each with its own server: they share whatever else the machine is
  // doing, so their ratios hold on a busy machine where one after the other they did not
  const results: Result[] = await Promise.all(variants.map(async (v): Promise<Result> => {
    const server = await startServer(`${BENCH}cases/bulk-adaptive-server.ts`, ['--limit', String(v.limit), '--latency', String(LATENCY), '--retry-after', String(v.retryAfter)]);
    try {
      const res = await runCase(`${BENCH}cases/bulk-adaptive-worker.ts`, [csv.path, server.url, String(CHUNK), String(v.max), ...(v.initial ? [String(v.initial)] : [])], {}, { nodeFlags: commandNodeFlags() });
      const run = res.data as Run;
      const st = (await server.stats()) as unknown as Stats;
      const capacity = (v.limit * CHUNK) / (LATENCY / 1000);
      // from the server's first call to its last: the import's own pace, without the process start-up (in the table)
      const rps = ROWS / (st.busyMs / 1000);
      log(`bulk-adaptive: ${v.label}: ${fmt(run.ms, 0)} ms (server busy ${fmt(st.busyMs, 0)} ms), ${fmt(rps, 0)} rows/s = ${fmtPct(rps / capacity)} of ${fmt(capacity, 0)}; ${st.refused} of ${st.requests} calls refused; peak ${run.throttling?.peakConcurrency} in flight; ${st.appliedTwice} applied twice; ${run.status}`);
      return { v, run, st, capacity, rps };
    } finally {
      await server.stop();
    }
  }));
  const exact = (r: (typeof results)[number]) => r.run.status === 'completed' && r.run.totals.accepted === ROWS && r.st.uniquePhones === ROWS && r.st.appliedTwice === 0;
  const told = results.find((x) => x.v.kind === 'told')!;
  const rows: Row[] = [];
  for (const r of results.filter((x) => x.v.kind === 'adaptive')) {
    const share = r.st.refused / r.st.requests;
    rows.push({
      case: `bulk, unknown rate limit (${r.v.label}; ${LATENCY} ms, chunks of ${CHUNK}): throughput ÷ a client told the limit / calls refused / stopped or not exactly once`,
      figure: `${fmtPct(r.rps / told.rps)} (${fmtPct(r.rps / r.capacity)} of N × chunk ÷ latency) / ${fmtPct(share)} (${r.st.refused} of ${r.st.requests}) / ${exact(r) ? 'none' : `**${r.run.status}, ${r.st.uniquePhones} unique of ${ROWS}, ${r.st.appliedTwice} twice**`}`,
      target: '≥ 90 % / ≤ 2 % / none',
      met: r.rps / told.rps >= 0.9 && share <= 0.02 && exact(r),
    });
  }
  rows.push({ case: `bulk, unknown rate limit: ${told.v.label}`, figure: `${fmtPct(told.rps / told.capacity)} of N × chunk ÷ latency (${fmt(told.rps, 0)} rows/s)`, target: '—', met: null });
  const c = results.find((x) => x.v.kind === 'contrast');
  if (c) rows.push({ case: `bulk, unknown rate limit: ${c.v.label}`, figure: `${fmtPct(c.rps / told.rps)} of the told client`, target: '—', met: null });
  const table = mdTable(
    ['variant', 'process wall ms', 'server busy ms (first call → last answer)', 'rows/s (busy window)', 'N × chunk ÷ latency rows/s', 'of that', 'of the told client', 'calls', 'refused (429)', 'peak / final in flight (client)', 'server peak in flight', 'rows applied once', 'applied twice', 'status'],
    results.map((r) => [r.v.label, fmt(r.run.ms, 0), fmt(r.st.busyMs, 0), fmt(r.rps, 0), fmt(r.capacity, 0), fmtPct(r.rps / r.capacity), fmtPct(r.rps / told.rps), String(r.st.requests), `${r.st.refused} (${fmtPct(r.st.refused / r.st.requests)})`,
      `${r.run.throttling?.peakConcurrency} / ${r.run.throttling?.finalConcurrency}`, String(r.st.maxInflight), String(r.st.uniquePhones), String(r.st.appliedTwice), r.run.status]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  );
  const details = [
    `\`importCallingList(sobot, {template, rows: readCsv(file), chunkSize: ${CHUNK}, concurrency: max, poll: false})\` — ${ROWS.toLocaleString('en-US')} rows, ${ROWS / CHUNK} calls; the pool starts at 4 in flight and adapts (src/bulk/adaptive-limit.ts): one more per window of successes, halved on a 429, climbing back fast to just below the refused level and probing above it ever more rarely. A refused chunk waits its Retry-After (or a jittered backoff) outside the pool's slots and is sent again with the same Idempotency-Key.`,
    `Server (bench/cases/bulk-adaptive-server.ts): ${LATENCY} ms per request; a request arriving while the hidden limit is in flight gets 429 and is not applied. The variants run at the same time, each against its own server, so they share the machine's load alike. The limit's throughput is what the same server delivers, in the same run, to a client told N (pool pinned at 8 from the start): on a loaded machine the server's timers fire late and no client reaches N × chunk ÷ latency, so the adaptive import is read against that client (both figures are shown). Throughput is rows ÷ the server's busy window, from the first call's arrival to the last answer (the climb from 4 in flight included; the process start-up and token before it are not — the table shows the process's whole wall time too). "Applied once" counts distinct numbers the server applied; "applied twice" those it applied more than once. SDK bulk: ${results[0]?.run.bulkFrom}.`,
    '',
    table,
  ].join('\n');
  emit({ name: 'bulk-adaptive', rows, details, data: { rows: ROWS, chunk: CHUNK, latency: LATENCY, results }, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`bulk-adaptive failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
