/**
 * Toolchain: wall time of `npm test` as a whole, and of its stages on their own — lint
 * (Spectral, Redocly), generation (`check:generated` runs the same generator as `generate`
 * and compares instead of writing, so the bench never rewrites generated/), type-check, vitest.
 * Each once (they take seconds to minutes). BENCH_QUICK=1 times lint + generation only.
 *
 *   node --import tsx bench/cases/toolchain.ts
 */
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { timeCommand } from '../lib/proc.js';
import { fmt } from '../lib/stats.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function main() {
  const t0 = performance.now();
  const stages: [string, string[]][] = [
    ['lint:spectral', ['run', 'lint:spectral']],
    ['lint:redocly', ['run', 'lint:redocly']],
    ['generate (check:generated)', ['run', 'check:generated']],
  ];
  // vitest is not timed on its own: it is most of `npm test`, and running it twice would double the bench
  if (!quick()) stages.push(['typecheck', ['run', 'typecheck']], ['npm test (lint, check:generated, typecheck, vitest)', ['test']]);
  const res: { stage: string; ms: number; code: number | null; tail: string }[] = [];
  for (const [stage, args] of stages) {
    log(`toolchain: ${stage} …`);
    const r = await timeCommand(npm, args, { env: { ...process.env, CI: process.env.CI ?? 'true', FORCE_COLOR: '0', NO_COLOR: '1' } });
    res.push({ stage, ...r });
    log(`toolchain: ${stage}: ${fmt(r.ms / 1000, 1)} s, exit ${r.code}`);
  }
  const s = (name: string) => res.find((r) => r.stage === name);
  const lintGen = ['lint:spectral', 'lint:redocly', 'generate (check:generated)'].map((n) => s(n)!);
  const lintGenMs = lintGen.reduce((a, r) => a + r.ms, 0);
  const failed = (rs: typeof res) => rs.filter((r) => r.code !== 0).map((r) => r.stage);
  const rows: Row[] = [
    { case: 'toolchain: lint + generate', figure: `${fmt(lintGenMs / 1000, 1)} s${failed(lintGen).length ? ` (failing: ${failed(lintGen).join(', ')})` : ''}`, target: '—', met: null },
  ];
  const all = res.find((r) => r.stage.startsWith('npm test'));
  if (all) rows.push({ case: 'toolchain: `npm test`', figure: `${fmt(all.ms / 1000, 1)} s${all.code !== 0 ? ` (exit ${all.code}: it stopped early, see details)` : ''}`, target: '—', met: null });
  const table = mdTable(['stage', 'wall s', 'exit'], res.map((r) => [r.stage, fmt(r.ms / 1000, 1), String(r.code)]), ['l', 'r', 'r']);
  // eslint-disable-next-line no-control-regex
  const plain = (t: string) => t.replace(/\u001b\[[0-9;]*m/g, '');
  const failures = res.filter((r) => r.code !== 0).map((r) => `- \`${r.stage}\` exited ${r.code}; last output:\n\n\`\`\`\n${plain(r.tail).trim().split('\n').slice(-12).join('\n')}\n\`\`\``);
  if (all) {
    const before = res.filter((r) => r !== all && r.stage !== 'lint + generate').reduce((a, r) => a + r.ms, 0);
    rows.push({ case: 'toolchain: of which vitest (npm test − the stages before it, timed alone)', figure: `≈ ${fmt(Math.max(0, all.ms - before) / 1000, 1)} s`, target: '—', met: null });
  }
  const details = [
    'Each stage once, in this order, while nothing else of the bench runs; `npm test` = lint, check:generated, typecheck, vitest (which starts Prism). vitest is not run on its own (it is most of `npm test`); its share is `npm test` minus the other stages.',
    '',
    table,
    ...(failures.length ? ['', 'Failures (a failing stage ends `npm test` early, so its time then covers only the stages up to it):', '', ...failures] : []),
  ].join('\n');
  emit({ name: 'toolchain', rows, details, data: res.map(({ tail: _t, ...r }) => r), seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`toolchain failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
