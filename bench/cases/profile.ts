/**
 * Where the per-call CPU goes: the per-call clients of percall.ts under the V8 sampling
 * profiler (inspector, 50 µs interval, only the measured calls), self time per category and
 * per function, in µs per call. The SDK is loaded from src/ through tsx here so that functions
 * keep their names and files. Explains the per-call ratios; the ratios themselves come from percall.ts (no profiler).
 *
 *   node --import tsx bench/cases/profile.ts       BENCH_PROFILE_CASES=fetch,sobot-cc
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise, type Profile, type Summary } from '../lib/cpuprofile.js';
import { forkWorker } from '../lib/ipc.js';
import { BENCH, startServer } from '../lib/proc.js';
import { emit, log, mdTable, quick } from '../lib/report.js';
import { fmt } from '../lib/stats.js';

const cases = process.env.BENCH_PROFILE_CASES?.split(',') ?? ['fetch', 'openapi-fetch', 'sobot-cc', 'sobot-cc+request'];
const N = quick() ? 1000 : 4000;
const WARM = quick() ? 1500 : 5000;

async function main() {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'sobot-prof-'));
  const server = await startServer(`${BENCH}servers/envelope.ts`);
  const results = new Map<string, Summary & { n: number }>();
  try {
    for (const c of cases) {
      const w = await forkWorker(`${BENCH}cases/percall-worker.ts`, [c, server.url], { tsx: true }, { BENCH_SDK: 'src' });
      try {
        await w.next();
        await w.ask({ warm: WARM });
        const r = await w.ask<{ file: string; n: number }>({ profile: N, file: join(dir, `${c}.cpuprofile`) });
        results.set(c, { ...summarise(JSON.parse(readFileSync(r.file, 'utf8')) as Profile), n: N });
        log(`profile: ${c} done`);
      } finally {
        await w.stop();
      }
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const cats = [...new Set([...results.values()].flatMap((s) => [...s.byCategory.keys()]))]
    .sort((a, b) => (results.get('sobot-cc')?.byCategory.get(b) ?? 0) - (results.get('sobot-cc')?.byCategory.get(a) ?? 0));
  const per = (s: Summary & { n: number }, us: number) => us / s.n;
  const catTable = mdTable(
    ['self time, µs/call', ...cases],
    [
      ...cats.map((cat) => [cat, ...cases.map((c) => fmt(per(results.get(c)!, results.get(c)!.byCategory.get(cat) ?? 0)))]),
      ['**total (busy)**', ...cases.map((c) => `**${fmt(per(results.get(c)!, results.get(c)!.totalUs))}**`)],
    ],
    ['l', ...cases.map(() => 'r' as const)],
  );
  const topOf = (c: string, filter: (cat: string) => boolean, k = 12) => {
    const s = results.get(c);
    if (!s) return '';
    const top = [...s.byFunction.entries()].filter(([, v]) => filter(v.cat)).sort((a, b) => b[1].us - a[1].us).slice(0, k);
    return mdTable(['function', 'category', 'µs/call'], top.map(([k2, v]) => [`\`${k2}\``, v.cat, fmt(per(s, v.us), 2)]), ['l', 'l', 'r']);
  };
  const details = [
    `V8 sampling profiler (50 µs) over ${N} sequential calls per client after ${WARM} warm-up calls; self time, with V8 builtins (JSON, Promise, Map…) counted for their nearest JavaScript caller. The profiler itself inflates every figure somewhat; compare columns, not with percall's absolute numbers.`,
    '',
    catTable,
    '',
    '**sobot-cc: top functions of its own code and openapi-fetch**',
    '',
    topOf('sobot-cc', (cat) => cat === 'sobot-cc' || cat === 'openapi-fetch'),
    '',
    '**sobot-cc: top functions overall**',
    '',
    topOf('sobot-cc', () => true, 15),
  ].join('\n');
  const data = Object.fromEntries([...results].map(([c, s]) => [c, {
    n: s.n, totalUsPerCall: s.totalUs / s.n,
    byCategory: Object.fromEntries([...s.byCategory].map(([k, v]) => [k, v / s.n])),
    top: [...s.byFunction.entries()].sort((a, b) => b[1].us - a[1].us).slice(0, 40).map(([k, v]) => [k, v.cat, v.us / s.n]),
  }]));
  emit({ name: 'profile', rows: [], details, data, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`profile failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
