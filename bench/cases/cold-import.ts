/**
 * Cold import: wall time of `node -e "import('sobot-cc')"` minus `node -e 0`, both spawned
 * many times in alternation (so drift hits both alike), medians; with `import('openapi-fetch')`
 * and `import('axios')` for reference. Then one run with module hooks lists every module the
 * import loads, to check that no CLI, bulk or validation module is among them.
 *
 *   node --import tsx bench/cases/cold-import.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emulateDist } from '../lib/emulate-dist.js';
import { BENCH, ROOT } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { packageEntry } from '../lib/sdk.js';
import { fmt, median, quantile } from '../lib/stats.js';
import { FORBIDDEN } from '../lib/forbidden.js';

// 100: between two runs of 40 the empty module alone moved from 5 to 14 ms; paired medians of 100 move less
const N = Number(process.env.BENCH_COLD_RUNS ?? (quick() ? 10 : 100));

function time(code: string, retries = 3): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    // a concurrent `npm run build` empties dist/ for a moment: wait and take the sample again
    if (retries > 0) {
      spawnSync('sleep', ['2']);
      return time(code, retries - 1);
    }
    throw new Error(`node -e ${code} failed: ${r.stderr}`);
  }
  return ms;
}

async function main() {
  const t0 = performance.now();
  const entry = packageEntry();
  let target: string;
  let label: string;
  if (entry) {
    target = 'sobot-cc';
    label = `\`import('sobot-cc')\` (package exports → ${entry})`;
  } else {
    const file = await emulateDist();
    target = pathToFileURL(file).href;
    label = `\`import('${relative(ROOT, file)}')\` — no built package yet: src/ transpiled file by file with esbuild`;
  }
  // reference: an empty ES module — what Node's ES module loader costs before any package code runs
  const emptyDir = mkdtempSync(join(tmpdir(), 'sobot-empty-'));
  const empty = join(emptyDir, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  const cases: [string, string][] = [
    ['node -e 0', '0'],
    ['an empty ES module (reference)', `import(${JSON.stringify(pathToFileURL(empty).href)})`],
    ['sobot-cc', `import(${JSON.stringify(target)})`],
    ...(entry ? [['require(\'sobot-cc\') (the CommonJS build)', "require('sobot-cc')"] as [string, string]] : []),
    ['openapi-fetch', "import('openapi-fetch')"],
    ['axios', "import('axios')"],
  ];
  for (const [, code] of cases) time(code); // warm the file cache
  const ms = new Map<string, number[]>(cases.map(([k]) => [k, []]));
  for (let i = 0; i < N; i++) {
    const order = i % 2 ? [...cases].reverse() : cases;
    for (const [k, code] of order) ms.get(k)!.push(time(code));
  }
  const base = median(ms.get('node -e 0')!);
  // paired differences: each run against the baseline spawned next to it
  const diff = (k: string) => median(ms.get(k)!.map((v, i) => v - ms.get('node -e 0')![i]));
  const sobot = diff('sobot-cc');

  // which modules the import loads
  const dir = mkdtempSync(join(tmpdir(), 'sobot-loads-'));
  const logFile = join(dir, 'loaded.txt');
  const hooks = join(BENCH, 'lib/record-loads.mjs');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hooks).href, '-e', `import(${JSON.stringify(target)})`], {
    cwd: ROOT, env: { ...process.env, BENCH_LOADED_LOG: logFile }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`module listing failed: ${r.stderr}`);
  const loaded = [...new Set(readFileSync(logFile, 'utf8').split('\n').filter((u) => u.startsWith('file:')))]
    .map((u) => relative(ROOT, fileURLToPath(u)));
  rmSync(dir, { recursive: true, force: true });
  const own = loaded.filter((p) => !p.includes('node_modules') && !p.startsWith('..'));
  const deps = [...new Set(loaded.filter((p) => p.includes('node_modules')).map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1]))];
  const leaks = FORBIDDEN.map((f) => ({ what: f.what, hits: loaded.filter(f.test) }));
  const clean = leaks.every((l) => l.hits.length === 0);

  const loader = diff('an empty ES module (reference)');
  rmSync(emptyDir, { recursive: true, force: true });
  const cjs = entry ? diff('require(\'sobot-cc\') (the CommonJS build)') : undefined;
  const rows: Row[] = [
    { case: 'cold import: `import(\'sobot-cc\')` − `node -e 0`', figure: `${fmt(sobot)} ms (node -e 0: ${fmt(base)} ms)`, target: '≤ 15 ms', met: sobot <= 15 },
    { case: 'cold import: an empty ES module − `node -e 0` (Node\'s ES module loader alone; reference)', figure: `${fmt(loader)} ms`, target: '—', met: null },
    { case: 'cold import: `import(\'sobot-cc\')` − an empty ES module (the package\'s own share)', figure: `${fmt(sobot - loader)} ms`, target: '—', met: null },
    ...(cjs === undefined ? [] : [{ case: 'cold import: `require(\'sobot-cc\')` (CommonJS build) − `node -e 0`', figure: `${fmt(cjs)} ms`, target: '≤ 15 ms', met: cjs <= 15 }]),
    { case: 'cold import loads no CLI, bulk or validation module', figure: clean ? `none (${own.length} own modules, deps: ${deps.join(', ') || 'none'})` : leaks.filter((l) => l.hits.length).map((l) => `${l.what}: ${l.hits.join(', ')}`).join('; '), target: 'none', met: clean },
  ];
  const table = mdTable(
    ['command', 'median ms', 'p25–p75 ms', 'minus `node -e 0` (median of paired diffs)'],
    cases.map(([k]) => [k === 'node -e 0' ? 'node -e 0' : k.includes(' ') ? k : `node -e "import('${k}')"`, fmt(median(ms.get(k)!)),
      `${fmt(quantile(ms.get(k)!, 0.25))}–${fmt(quantile(ms.get(k)!, 0.75))}`, k === 'node -e 0' ? '—' : fmt(diff(k))]),
    ['l', 'r', 'r', 'r'],
  );
  const details = [
    `${N} spawns of each, alternating order; wall time of the whole process (spawnSync), cwd = the repo (so \`sobot-cc\` resolves to the package itself). Target: ${label}.`,
    '',
    table,
    '',
    `Modules loaded by the import (module hooks): ${own.map((p) => `\`${p}\``).join(', ')}; from node_modules: ${deps.join(', ') || 'none'}.`,
  ].join('\n');
  emit({ name: 'cold-import', rows, details, data: { runs: Object.fromEntries(ms), base, sobot, loaded, target }, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`cold-import failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
