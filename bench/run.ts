/**
 * `npm run bench`: runs every case, each in its own process, one after the other, and writes
 * bench/RESULTS.md (summary table: case, figure, target, met?; then each case's details and
 * the machine's description). Raw numbers go to .tmp/bench/results.json.
 *
 *   npm run bench                      full run (~8–10 min on 2 cores)
 *   BENCH_QUICK=1 npm run bench        short run (~75 s), smaller counts, no `npm test`
 *   BENCH_ONLY=percall,size npm run bench
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { describeMachine, machineMarkdown } from './lib/machine.js';
import { BENCH, ROOT, runCase, timeCommand } from './lib/proc.js';
import { log, mdTable, metMark, quick, type CaseResult } from './lib/report.js';

const CASES: { name: string; title: string; script: string }[] = [
  { name: 'size', title: 'Bundle size', script: 'cases/size.ts' },
  { name: 'cold-import', title: 'Cold import', script: 'cases/cold-import.ts' },
  { name: 'percall', title: 'Per-call cost', script: 'cases/percall.ts' },
  { name: 'overhead', title: 'Per-call: sobot-cc\'s own code (fetch stubbed)', script: 'cases/overhead.ts' },
  { name: 'transport-check', title: 'Custom transport: behaves like fetch?', script: 'cases/transport-check.ts' },
  { name: 'profile', title: 'Per-call profile (why)', script: 'cases/profile.ts' },
  { name: 'paging', title: 'Paging', script: 'cases/paging.ts' },
  { name: 'bulk', title: 'Bulk import', script: 'cases/bulk.ts' },
  { name: 'bulk-adaptive', title: 'Bulk import against an unknown rate limit', script: 'cases/bulk-adaptive.ts' },
  { name: 'bulk-dedupe-rss', title: 'Bulk import: duplicate detection in bounded memory', script: 'cases/bulk-dedupe-rss.ts' },
  { name: 'sim', title: 'Simulator', script: 'cases/sim.ts' },
  { name: 'toolchain', title: 'Toolchain', script: 'cases/toolchain.ts' },
];

/**
 * The low-noise reading of the ≤ 1.05× per-call target: openapi-fetch's real CPU per call
 * (percall.ts, against the loopback server) plus what sobot-cc's pieces cost on top of it with
 * fetch stubbed (overhead.ts, paired in one process), over openapi-fetch's real CPU.
 */
function combinedRows(results: CaseResult[]): CaseResult['rows'] {
  const percall = results.find((r) => r.name === 'percall')?.data as { summary?: { case: string; cpuUs: number }[] } | undefined;
  const overhead = results.find((r) => r.name === 'overhead')?.data as { overOpenapiFetch?: number } | undefined;
  const of = percall?.summary?.find((s) => s.case === 'openapi-fetch')?.cpuUs;
  if (of === undefined || overhead?.overOpenapiFetch === undefined) return [];
  const ratio = (of + overhead.overOpenapiFetch) / of;
  return [{
    case: 'per-call CPU: sobot-cc ÷ bare openapi-fetch, low-noise reading ((openapi-fetch real + pieces with fetch stubbed) ÷ openapi-fetch real)',
    figure: `${ratio.toFixed(3)}× (${of.toFixed(1)} + ${overhead.overOpenapiFetch.toFixed(1)} µs)`, target: '≤ 1.05×', met: ratio <= 1.05,
  }];
}

async function main() {
  const t0 = performance.now();
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  const selected = only ? CASES.filter((c) => only.includes(c.name)) : CASES;
  const machine = describeMachine();
  const loadSamples: number[] = [];
  const sampler = setInterval(() => loadSamples.push(loadavg()[0]), 5_000);
  sampler.unref();
  const results: (CaseResult & { title: string; failed?: string })[] = [];
  // measure the SDK as built from the current sources
  let buildNote = 'dist/ rebuilt with `npm run build` before the cases ran';
  if (process.env.BENCH_NO_BUILD !== '1') {
    log('=== npm run build ===');
    const b = await timeCommand(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
    if (b.code !== 0) {
      buildNote = `**\`npm run build\` failed (exit ${b.code})**: the SDK cases used the dist/ already there, or src/`;
      log(`npm run build failed:\n${b.tail}`);
    }
  } else buildNote = 'BENCH_NO_BUILD=1: dist/ used as found';
  for (const c of selected) {
    log(`\n=== ${c.title} (${c.script}) ===`);
    const started = performance.now();
    try {
      const r = await runCase(join(BENCH, c.script));
      results.push({ ...r, title: c.title, seconds: (performance.now() - started) / 1000 });
    } catch (e) {
      const msg = (e as Error)?.message ?? String(e);
      log(`${c.name} failed: ${msg}`);
      results.push({ name: c.name, title: c.title, rows: [{ case: `${c.title}: the case failed`, figure: msg.slice(0, 200), target: '—', met: false }], details: `The case failed: ${msg}`, failed: msg, seconds: (performance.now() - started) / 1000 });
    }
  }
  clearInterval(sampler);
  const totalS = (performance.now() - t0) / 1000;
  const rows = results.flatMap((r) => r.rows);
  rows.push(...combinedRows(results));
  const maxLoad = loadSamples.length ? Math.max(...loadSamples) : loadavg()[0];
  const md = [
    '# Benchmark results',
    '',
    `Written by \`${quick() ? 'BENCH_QUICK=1 ' : ''}npm run bench\`${only ? ` (BENCH_ONLY=${only.join(',')})` : ''} in ${Math.round(totalS)} s — ${quick() ? '**quick mode: small counts, indicative only**' : 'full run'}. Every case runs in its own Node process (plain JavaScript bundled from bench/ by esbuild; servers in processes of their own), on loopback only. Scripts: \`bench/cases/*.ts\`; how each number is taken is said in its section.`,
    '',
    `SDK under test: ${buildNote}.`,
    '',
    '## Summary',
    '',
    mdTable(['case', 'figure', 'target', 'met?'], rows.map((r) => [r.case, r.figure, r.target, metMark(r.met)])),
    '',
    '## Machine',
    '',
    machineMarkdown(machine, loadavg()),
    `- highest 1-minute load average seen during the run: ${maxLoad.toFixed(2)} (${machine.cores} cores; above ${machine.cores - 1} means other work competed with the bench)`,
    '',
    ...results.flatMap((r) => [`## ${r.title}`, '', r.details, '', `_(${Math.round(r.seconds ?? 0)} s)_`, '']),
    '## Reproduce',
    '',
    '```sh',
    'npm ci && npm run build        # the SDK cases load the built package (sobot-cc → dist/)',
    'npm run bench                  # everything, writes bench/RESULTS.md',
    'BENCH_QUICK=1 npm run bench    # short run',
    'BENCH_ONLY=percall npm run bench',
    'node --import tsx bench/cases/percall.ts   # one case alone; prints BENCH_RESULT <json>',
    '```',
    '',
  ].join('\n');
  writeFileSync(join(BENCH, 'RESULTS.md'), md);
  mkdirSync(join(ROOT, '.tmp/bench'), { recursive: true });
  writeFileSync(join(ROOT, '.tmp/bench/results.json'), JSON.stringify({ machine, totalS, results }, null, 2));
  log(`\nwrote bench/RESULTS.md (${Math.round(totalS)} s)`);
  log(mdTable(['case', 'figure', 'target', 'met?'], rows.map((r) => [r.case, r.figure, r.target, metMark(r.met)])));
  if (results.some((r) => r.failed)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  log(`bench failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
