/**
 * Paging: 10,000 items of a paged operation (searchPublishedIvrFlows, `total` shape, 50 per
 * page — its maxPageSize) from bench/servers/fake-sobot.ts with 20 ms per request, read with
 * the SDK's `paginate` at concurrency 1 (sequential) and 2/4/8, interleaved, repeated;
 * medians. Every run checks it got every item once, in order.
 *
 *   node --import tsx bench/cases/paging.ts
 */
import { BENCH, startServer } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { loadSdk } from '../lib/sdk.js';
import { fmt, fmtRatio, median, rotate } from '../lib/stats.js';

const Q = quick();
const ITEMS = Number(process.env.BENCH_PAGING_ITEMS ?? (Q ? 2_000 : 10_000));
const LATENCY = 20;
const PAGE = 50;
const REPS = Number(process.env.BENCH_PAGING_REPS ?? (Q ? 1 : 3));
const LEVELS = [1, 2, 4, 8];

async function main() {
  const t0 = performance.now();
  const server = await startServer(`${BENCH}servers/fake-sobot.ts`, ['--latency', String(LATENCY), '--inflight', '64', '--items', String(ITEMS)]);
  try {
    const { sdk, from } = await loadSdk();
    const sobot = sdk.createSobotClient({ baseUrl: server.url, credentials: { appId: 'bench-app', appSecret: 'bench-secret' } });
    const readAll = async (concurrency: number) => {
      await server.reset();
      const t = performance.now();
      let n = 0;
      for await (const item of sobot.paginate('searchPublishedIvrFlows', { body: {} }, { concurrency, pageSize: PAGE })) {
        if ((item as { code?: string }).code !== String(n)) throw new Error(`item ${n} out of order: ${JSON.stringify(item)}`);
        n++;
      }
      const ms = performance.now() - t;
      if (n !== ITEMS) throw new Error(`got ${n} items, expected ${ITEMS}`);
      const st = await server.stats();
      return { ms, pages: st.pages as number, maxInflight: st.maxInflight as number };
    };
    await readAll(4); // warm-up (token, JIT)
    const ms = new Map<number, number[]>(LEVELS.map((c) => [c, []]));
    const inflight = new Map<number, number>();
    let pages = 0;
    for (let r = 0; r < REPS; r++) {
      for (const c of rotate(LEVELS, r)) {
        const res = await readAll(c);
        ms.get(c)!.push(res.ms);
        inflight.set(c, res.maxInflight);
        pages = res.pages;
        log(`paging: concurrency ${c}: ${fmt(res.ms, 0)} ms (${res.pages} pages, peak ${res.maxInflight} in flight)`);
      }
    }
    const seq = median(ms.get(1)!);
    // the best a client can do: page 1 alone (it announces the total), then `c` pages per round trip
    const ideal = (c: number) => (c === 1 ? pages : 1 + Math.ceil((pages - 1) / c)) * LATENCY;
    const s4 = seq / median(ms.get(4)!);
    const rows: Row[] = [
      { case: `paging: ${ITEMS.toLocaleString('en-US')} items, concurrency 4 vs sequential`, figure: `${fmtRatio(s4)} faster (${fmt(median(ms.get(4)!), 0)} vs ${fmt(seq, 0)} ms)`, target: '≥ 3×', met: s4 >= 3 },
    ];
    const table = mdTable(
      ['concurrency', 'median ms', 'items/s', 'speed-up vs sequential', 'ideal ms (latency only)', 'of ideal', 'peak in flight at server'],
      LEVELS.map((c) => {
        const m = median(ms.get(c)!);
        return [String(c), fmt(m, 0), fmt(ITEMS / (m / 1000), 0), fmtRatio(seq / m), fmt(ideal(c), 0), `${((ideal(c) / m) * 100).toFixed(0)} %`, String(inflight.get(c))];
      }),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );
    const details = [
      `\`sobot.paginate('searchPublishedIvrFlows', {body: {}}, {concurrency, pageSize: ${PAGE}})\` over ${ITEMS.toLocaleString('en-US')} items = ${pages} pages, ${LATENCY} ms per request at the server (bench/servers/fake-sobot.ts, no in-flight cap binding); ${REPS} repetitions per level, interleaved, medians. Concurrency 1 is the sequential read. SDK: ${from}.`,
      `The ideal is ${pages} × ${LATENCY} ms sequentially and (1 + ⌈${pages - 1}/c⌉) × ${LATENCY} ms at concurrency c (the first page announces the total), so at most ${fmtRatio(ideal(1) / ideal(4))} at c = 4.`,
      '',
      table,
    ].join('\n');
    emit({ name: 'paging', rows, details, data: { items: ITEMS, pages, latency: LATENCY, ms: Object.fromEntries(ms), from }, seconds: (performance.now() - t0) / 1000 });
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  log(`paging failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
