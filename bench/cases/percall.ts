/**
 * Per-call cost against a loopback server in another process (bench/servers/envelope.ts).
 * Each client runs in its own process (percall-worker.ts); rounds interleave the cases in a
 * rotating order so that drift (other load, CPU frequency) hits every case alike. Per round:
 * wall µs/call and the client process's CPU µs/call (process.cpuUsage: user + system, all
 * threads); the ratios (to raw fetch, and sobot-cc's to bare openapi-fetch) are taken within each
 * round, then the median over rounds.
 *
 *   node --import tsx bench/cases/percall.ts        (BENCH_QUICK=1 for a short run)
 *   BENCH_PERCALL_CASES=fetch,sobot-cc             to run a subset
 */
import { forkWorker, type Worker } from '../lib/ipc.js';
import { BENCH, startServer } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { fmt, fmtRatio, median, quantile, relMad, rotate } from '../lib/stats.js';

const ALL = [
  'fetch', 'fetch+timeout', 'fetch(Request)', 'openapi-fetch', 'sobot-cc', 'sobot-cc-novalidate', 'sobot-cc+request', 'sobot-cc+agent',
  'axios', 'undici.request', 'undici.request+agent',
];
const DESCRIPTION: Record<string, string> = {
  'fetch': 'raw global fetch (Node built-in undici), the floor for a fetch-based client',
  'fetch+timeout': 'raw global fetch with a per-attempt timeout (AbortController + setTimeout), as any production client has',
  'fetch(Request)': 'raw global fetch handed a `Request` object (what openapi-fetch does) instead of (url, init)',
  'openapi-fetch': 'bare openapi-fetch `client.POST`, typed, no middleware, no timeout: the library sobot-cc sends every call through',
  'sobot-cc': 'sobot-cc `call()`, everything on: validation, retry wiring, company-token auth, per-attempt timeout, Idempotency-Key and default headers, its middleware, envelope',
  'sobot-cc-novalidate': 'sobot-cc as above with `validate: false` (what validation costs)',
  'sobot-cc+request': 'sobot-cc, all on, with `fetch: requestTransport()` (sobot-cc/undici: src/transports/undici.ts, undici 7 `request`)',
  'sobot-cc+agent': 'sobot-cc, all on, global fetch with an undici 7 keep-alive Agent as dispatcher',
  'axios': 'axios instance `post` (http adapter, keep-alive agent)',
  'undici.request': 'undici 7 `request` with its global dispatcher',
  'undici.request+agent': 'undici 7 `request` with a tuned keep-alive Agent',
};

const Q = quick();
const CALLS = Number(process.env.BENCH_PERCALL_CALLS ?? (Q ? 300 : 1500));
// many short rounds: on a shared VM single batches jump by 2× at times; the median of per-round ratios shrugs those off
const ROUNDS = Number(process.env.BENCH_PERCALL_ROUNDS ?? (Q ? 5 : 20));
const WARM = Q ? 500 : 5000;
const cases = (process.env.BENCH_PERCALL_CASES?.split(',') ?? ALL).filter(Boolean);
if (!cases.includes('fetch')) cases.unshift('fetch');
// the reference of the ≤ 1.05× target
if (cases.some((c) => c.startsWith('sobot-cc')) && !cases.includes('openapi-fetch')) cases.push('openapi-fetch');
/**
 * Extra clients from other worker builds, to compare a patched SDK side by side:
 * BENCH_PERCALL_EXTRA="label=/abs/worker.mjs:case,label2=…" (the worker speaks percall-worker's protocol).
 */
const extra = new Map((process.env.BENCH_PERCALL_EXTRA ?? '').split(',').filter(Boolean).map((e) => {
  const [label, rest] = e.split('=');
  const i = rest.lastIndexOf(':');
  return [label, { file: rest.slice(0, i), kase: rest.slice(i + 1) }] as const;
}));
for (const label of extra.keys()) {
  cases.push(label);
  DESCRIPTION[label] = `extra worker ${extra.get(label)!.file} running case ${extra.get(label)!.kase}`;
}

interface Batch { n: number; wallNs: number; cpuUs: number; userUs: number; sysUs: number; rssBytes: number }

async function main() {
  const t0 = performance.now();
  const server = await startServer(`${BENCH}servers/envelope.ts`);
  const workers = new Map<string, Worker>();
  const sdkFrom = new Set<string>();
  try {
    for (const c of cases) {
      const x = extra.get(c);
      const w = x ? await forkWorker(x.file, [x.kase, server.url]) : await forkWorker(`${BENCH}cases/percall-worker.ts`, [c, server.url]);
      workers.set(c, w);
      const ready = await w.next<{ from?: string }>();
      if (ready.from) sdkFrom.add(ready.from);
    }
    log(`percall: ${cases.length} cases, warm-up ${WARM} calls each, then ${ROUNDS} rounds × ${CALLS} calls`);
    for (const c of cases) await workers.get(c)!.ask({ warm: WARM });

    const per = new Map<string, { wall: number[]; cpu: number[]; server: number[]; rss: number }>(cases.map((c) => [c, { wall: [], cpu: [], server: [], rss: 0 }]));
    const ratios = new Map<string, { cpu: number[]; wall: number[]; cpuOf: number[] }>(cases.map((c) => [c, { cpu: [], wall: [], cpuOf: [] }]));
    for (let r = 0; r < ROUNDS; r++) {
      const round = new Map<string, { wall: number; cpu: number }>();
      for (const c of rotate(cases, r)) {
        const s0 = (await server.stats()).cpuUs as number;
        const b = await workers.get(c)!.ask<Batch>({ run: CALLS });
        const s1 = (await server.stats()).cpuUs as number;
        const wall = b.wallNs / 1000 / b.n;
        const cpu = b.cpuUs / b.n;
        round.set(c, { wall, cpu });
        const p = per.get(c)!;
        p.wall.push(wall);
        p.cpu.push(cpu);
        p.server.push((s1 - s0) / b.n);
        p.rss = b.rssBytes;
      }
      const f = round.get('fetch')!;
      const of = round.get('openapi-fetch');
      for (const c of cases) {
        if (of) ratios.get(c)!.cpuOf.push(round.get(c)!.cpu / of.cpu);
        ratios.get(c)!.cpu.push(round.get(c)!.cpu / f.cpu);
        ratios.get(c)!.wall.push(round.get(c)!.wall / f.wall);
      }
      log(`  round ${r + 1}/${ROUNDS}: ${cases.map((c) => `${c} ${fmt(round.get(c)!.cpu)}`).join(', ')} (CPU µs/call)`);
    }

    const summary = cases.map((c) => {
      const p = per.get(c)!;
      const q = ratios.get(c)!;
      return {
        case: c,
        wallUs: median(p.wall), cpuUs: median(p.cpu), serverCpuUs: median(p.server),
        cpuRatio: median(q.cpu), wallRatio: median(q.wall), cpuRatioOf: q.cpuOf.length ? median(q.cpuOf) : NaN,
        cpuRatioOfP25: q.cpuOf.length ? quantile(q.cpuOf, 0.25) : NaN, cpuRatioOfP75: q.cpuOf.length ? quantile(q.cpuOf, 0.75) : NaN,
        cpuRatioP25: quantile(q.cpu, 0.25), cpuRatioP75: quantile(q.cpu, 0.75),
        cpuSpread: relMad(p.cpu), rssMb: p.rss / 2 ** 20,
      };
    });
    const by = (c: string) => summary.find((s) => s.case === c);
    const rows: Row[] = [];
    const sob = by('sobot-cc');
    const ofs = by('openapi-fetch');
    if (sob && ofs) {
      rows.push({
        case: 'per-call CPU: sobot-cc (everything on) ÷ bare openapi-fetch',
        figure: `${fmtRatio(sob.cpuRatioOf)} (${fmt(sob.cpuUs)} vs ${fmt(ofs.cpuUs)} µs; per-round p25–p75 ${sob.cpuRatioOfP25.toFixed(2)}–${sob.cpuRatioOfP75.toFixed(2)})`,
        target: '≤ 1.05×', met: sob.cpuRatioOf <= 1.05,
      });
    }
    const fast = by('sobot-cc+request');
    if (fast) {
      rows.push({ case: 'per-call CPU: sobot-cc, fast transport (sobot-cc/undici requestTransport) ÷ raw fetch', figure: `${fmtRatio(fast.cpuRatio)} (${fmt(fast.cpuUs)} vs ${fmt(by('fetch')!.cpuUs)} µs; wall ${fmtRatio(fast.wallRatio)})`, target: '≤ 1.00×', met: fast.cpuRatio <= 1 });
    }
    if (sob) {
      rows.push({ case: 'per-call CPU: sobot-cc (everything on, global fetch) ÷ raw fetch (reference)', figure: `${fmtRatio(sob.cpuRatio)} (${fmt(sob.cpuUs)} µs; wall ${fmtRatio(sob.wallRatio)})`, target: '—', met: null });
      const ft = by('fetch+timeout');
      if (ft) rows.push({ case: 'per-call CPU: raw fetch with a timeout signal ÷ raw fetch (reference)', figure: `${fmtRatio(ft.cpuRatio)} (${fmt(ft.cpuUs)} µs)`, target: '—', met: null });
    }
    const agent = by('sobot-cc+agent');
    if (agent) rows.push({ case: 'per-call CPU: sobot-cc+agent ÷ raw fetch (reference)', figure: `${fmtRatio(agent.cpuRatio)} (${fmt(agent.cpuUs)} µs; wall ${fmtRatio(agent.wallRatio)})`, target: '—', met: null });
    for (const c of ['openapi-fetch', 'axios', 'undici.request']) {
      const s = by(c);
      if (s) rows.push({ case: `per-call CPU: ${c} ÷ raw fetch (reference)`, figure: `${fmtRatio(s.cpuRatio)} (${fmt(s.cpuUs)} µs)`, target: '—', met: null });
    }

    const table = mdTable(
      ['client', 'wall µs/call', 'CPU µs/call', 'CPU ÷ fetch (p25–p75)', 'CPU ÷ openapi-fetch', 'wall ÷ fetch', 'CPU spread (MAD)', 'server CPU µs/call', 'RSS MB'],
      summary.map((s) => [
        s.case, fmt(s.wallUs), fmt(s.cpuUs), `${fmtRatio(s.cpuRatio)} (${s.cpuRatioP25.toFixed(2)}–${s.cpuRatioP75.toFixed(2)})`, Number.isNaN(s.cpuRatioOf) ? '—' : fmtRatio(s.cpuRatioOf),
        fmtRatio(s.wallRatio), `${(s.cpuSpread * 100).toFixed(1)} %`, fmt(s.serverCpuUs), fmt(s.rssMb, 0),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );
    // where sobot-cc's extra CPU comes from, layer by layer (each step: one client vs the one below it)
    const steps: [string, string, string][] = [
      ['fetch', 'fetch+timeout', 'a per-attempt timeout: an AbortController, a timer, a signal fetch must watch (sobot-cc has one per attempt)'],
      ['fetch', 'fetch(Request)', 'handing fetch a `Request` object instead of (url, init): Node builds a second Request and proxies its body through a TransformStream'],
      ['fetch(Request)', 'openapi-fetch', 'openapi-fetch itself (URL, header merging, body serializer, its own `new Request`)'],
      ['openapi-fetch', 'sobot-cc-novalidate', 'sobot-cc\'s pieces around openapi-fetch (retry wiring, auth, per-attempt AbortController on the shared timer, its middleware, headers, Idempotency-Key, envelope); see the fetch-stubbed figure for it without network noise'],
      ['sobot-cc-novalidate', 'sobot-cc', 'request validation'],
    ];
    const stair = steps.filter(([a, b]) => by(a) && by(b)).map(([a, b, what]) => {
      const d = by(b)!.cpuUs - by(a)!.cpuUs;
      return [`${a} → ${b}`, what, `${d >= 0 ? '+' : ''}${fmt(d)}`, `${d >= 0 ? '+' : ''}${((d / by('fetch')!.cpuUs) * 100).toFixed(0)} %`];
    });
    const details = [
      `Sequential calls (one in flight) of \`getCallingListImportResults\` (POST, seed body, safe + idempotent) against`,
      `\`bench/servers/envelope.ts\` (node:http in its own process, fixed seed envelope, keep-alive).`,
      `${ROUNDS} interleaved rounds × ${CALLS} calls per client after ${WARM} warm-up calls; each client in its own process.`,
      `CPU = the client process's \`process.cpuUsage()\` (user + system, all its threads, GC included) ÷ calls.`,
      `Ratios are per round (same moment for every client), then the median over rounds. SDK loaded from: ${[...sdkFrom].join(', ') || 'n/a'}.`,
      '',
      table,
      '',
      ...cases.map((c) => `- \`${c}\`: ${DESCRIPTION[c] ?? ''}`),
      ...(stair.length ? [
        '',
        '**Where sobot-cc\'s extra CPU comes from** (medians above, one layer at a time; small steps are within the noise):',
        '',
        mdTable(['step', 'what it adds', 'CPU µs/call', 'of raw fetch'], stair, ['l', 'l', 'r', 'r']),
      ] : []),
    ].join('\n');
    emit({ name: 'percall', rows, details, data: { calls: CALLS, rounds: ROUNDS, warm: WARM, summary, per: Object.fromEntries(per), sdkFrom: [...sdkFrom] }, seconds: (performance.now() - t0) / 1000 });
  } finally {
    await Promise.all([...workers.values()].map((w) => w.stop()));
    await server.stop();
  }
}

main().catch((e: unknown) => {
  log(`percall failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
