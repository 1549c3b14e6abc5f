/**
 * Bundle size: the core client bundled (dependencies included) and minified with esbuild,
 * gzipped (level 9, each chunk on its own, summed), with and without the lazily loaded
 * validation chunk; next to openapi-fetch alone and axios. Also checks, from esbuild's
 * metafile, that the static import graph of the core pulls in no CLI, bulk or validation code.
 *
 *   node --import tsx bench/cases/size.ts
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/proc.js';
import { emit, log, mdTable, type Row } from '../lib/report.js';
import { FORBIDDEN } from '../lib/forbidden.js';
import { packageEntry } from '../lib/sdk.js';
import { fmtKb } from '../lib/stats.js';


interface Measured {
  label: string;
  /** gz bytes of what an import loads eagerly (entry + its static chunks) */
  eagerGz: number;
  eagerRaw: number;
  /** gz bytes of everything including lazily imported chunks */
  allGz: number;
  allRaw: number;
  /** bytes of the eager output that come from the package itself (not node_modules), minified, before gzip */
  ownRaw: number;
  eagerInputs: string[];
  lazyInputs: string[];
  /** minified bytes per input module in the eager output, largest first */
  contributions: [string, number][];
}

async function measure(label: string, entry: { file?: string; contents?: string }, platform: 'node' | 'browser' | 'neutral' = 'node', plugins: Plugin[] = [], external: string[] = []): Promise<Measured> {
  const outdir = mkdtempSync(join(tmpdir(), 'sobot-size-'));
  try {
    const r = await build({
      ...(entry.file ? { entryPoints: { index: entry.file } } : { stdin: { contents: entry.contents!, resolveDir: ROOT, sourcefile: 'entry.ts', loader: 'ts' } }),
      bundle: true, minify: true, format: 'esm', splitting: true, platform, target: 'es2022',
      outdir, metafile: true, write: true, logLevel: 'silent', legalComments: 'none', plugins, external,
      ...(platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
    });
    const meta: Metafile = r.metafile;
    const outs = Object.entries(meta.outputs).filter(([f]) => f.endsWith('.js'));
    // the entry's own output (index.js, or stdin.js): lazy modules behind import() carry an
    // entryPoint in the metafile too, so the first output that has one may be one of them
    const entryOut = outs.find(([f]) => /(^|\/)(index|stdin)\.js$/.test(f))?.[0] ?? outs.find(([, o]) => o.entryPoint)?.[0] ?? outs[0][0];
    // eager closure: entry + chunks reached by static imports
    const eager = new Set<string>();
    const walk = (f: string) => {
      if (eager.has(f)) return;
      eager.add(f);
      for (const imp of meta.outputs[f]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) walk(imp.path);
    };
    walk(entryOut);
    const size = (files: string[]) => {
      let raw = 0;
      let gz = 0;
      for (const f of files) {
        const buf = readFileSync(join(ROOT, f).startsWith(outdir) ? join(ROOT, f) : f);
        raw += buf.length;
        gz += gzipSync(buf, { level: 9 }).length;
      }
      return { raw, gz };
    };
    const abs = (f: string) => (f.startsWith('/') ? f : join(process.cwd(), f));
    const eagerFiles = [...eager].map(abs);
    const allFiles = outs.map(([f]) => abs(f));
    const e = size(eagerFiles);
    const a = size(allFiles);
    const inputsOf = (files: string[]) => [...new Set(files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {})))];
    const eagerInputs = inputsOf([...eager]).map((p) => relative(ROOT, abs(p)));
    const lazyInputs = inputsOf(outs.map(([f]) => f).filter((f) => !eager.has(f))).map((p) => relative(ROOT, abs(p)));
    let ownRaw = 0;
    const contributions: [string, number][] = [];
    for (const f of eager) {
      for (const [inp, v] of Object.entries(meta.outputs[f]?.inputs ?? {})) {
        if (!inp.includes('node_modules')) ownRaw += v.bytesInOutput;
        contributions.push([relative(ROOT, abs(inp)), v.bytesInOutput]);
      }
    }
    contributions.sort((x, y) => y[1] - x[1]);
    return { label, eagerGz: e.gz, eagerRaw: e.raw, allGz: a.gz, allRaw: a.raw, ownRaw, eagerInputs, lazyInputs, contributions };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * What-if: the operation table without `summary`/`description` (documentation strings the
 * runtime never reads), as a generator change would emit it for the runtime.
 */
async function leanTablePlugin(): Promise<Plugin> {
  const { operations } = await import('../../generated/operations.js');
  const lean = Object.fromEntries(Object.entries(operations).map(([k, v]) => {
    const { summary: _s, description: _d, ...rest } = v as Record<string, unknown>;
    return [k, rest];
  }));
  const contents = `export const operations = ${JSON.stringify(lean)};\nexport const operationIds = Object.keys(operations);\n`;
  return {
    name: 'lean-operation-table',
    setup(b) {
      b.onLoad({ filter: /generated[\\/]operations\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * A built entry and every file it imports statically (relative specifiers), gzipped file by file;
 * `bare` lists the packages it still imports from node_modules (none: build.mjs bundles openapi-fetch).
 */
function distClosure(entry: string): { raw: number; gz: number; files: number; bare: string[] } {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']/g)) {
      if (m[1].startsWith('.')) visit(join(dirname(file), m[1]));
      else if (!m[1].startsWith('node:')) bare.add(m[1]);
    }
  };
  visit(entry);
  let raw = 0;
  let gz = 0;
  for (const f of seen) {
    const buf = readFileSync(f);
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gz, files: seen.size, bare: [...bare] };
}

async function main() {
  const t0 = performance.now();
  const pkg = packageEntry();
  const coreFile = join(ROOT, 'src/index.ts');
  log('size: bundling src/index.ts, openapi-fetch, axios');
  const core = await measure('sobot-cc core (src/index.ts)', { file: coreFile });
  const usesFullTable = core.contributions.some(([f]) => f === 'generated/operations.ts');
  // what-if only while the core still bundles the full table (with its prose)
  const lean = usesFullTable ? await measure('sobot-cc core, table without summary/description (what-if)', { file: coreFile }, 'node', [await leanTablePlugin()]) : core;
  const own = await measure('sobot-cc core, openapi-fetch external (own code only)', { file: coreFile }, 'node', [], ['openapi-fetch']);
  const leanOwn = usesFullTable ? await measure('sobot-cc core, lean table, openapi-fetch external (what-if)', { file: coreFile }, 'node', [await leanTablePlugin()], ['openapi-fetch']) : own;
  const ofetch = await measure('openapi-fetch alone', { contents: "export { default } from 'openapi-fetch';" });
  const axiosNode = await measure('axios (platform node)', { contents: "export { default } from 'axios';" });
  const axiosBrowser = await measure('axios (platform browser)', { contents: "export { default } from 'axios';" }, 'browser');
  const dist = pkg ? distClosure(join(ROOT, pkg)) : undefined;

  const leaks = FORBIDDEN.map((f) => ({ what: f.what, hits: core.eagerInputs.filter(f.test) }));
  const clean = leaks.every((l) => l.hits.length === 0);
  const validationLazy = core.lazyInputs.some((p) => /validators|validation/.test(p));
  const tableBytes = core.contributions.filter(([p]) => /^generated\/.*operations/.test(p)).reduce((a, [, b]) => a + b, 0);

  // the target is read on what ships when it is built (dist/esm, openapi-fetch bundled by build.mjs),
  // else on this case's own bundle of src/index.ts
  const shipped = dist && dist.bare.length === 0 ? dist : undefined;
  const coreGz = shipped ? shipped.gz : core.eagerGz;
  const rows: Row[] = [
    {
      case: shipped ? `size: core including openapi-fetch, as shipped (${pkg} and its ${shipped.files - 1} static chunk(s), gz), without validation` : 'size: core including openapi-fetch (bundled + minified, gz), without validation',
      figure: shipped ? `${fmtKb(shipped.gz)} (${fmtKb(shipped.raw)} min)` : `${fmtKb(core.eagerGz)} (${fmtKb(core.eagerRaw)} min)${dist ? `; the built package still imports ${dist.bare.join(', ')}` : ''}`,
      target: '≤ 11 kB gz', met: coreGz <= 11 * 1024,
    },
    ...(shipped ? [{ case: 'size: the same core bundled by this case from src/index.ts (esbuild splitting on the core alone; reference)', figure: `${fmtKb(core.eagerGz)} (${fmtKb(core.eagerRaw)} min)`, target: '—', met: null }] : []),
    { case: 'size: core with the validation chunk', figure: `${fmtKb(core.allGz)} (${fmtKb(core.allRaw)} min)`, target: '—', met: null },
    { case: 'size: core, own code only (openapi-fetch external)', figure: `${fmtKb(own.eagerGz)}`, target: '—', met: null },
    { case: 'size: openapi-fetch alone / axios (node)', figure: `${fmtKb(ofetch.eagerGz)} / ${fmtKb(axiosNode.eagerGz)}`, target: '—', met: null },
    { case: 'size: importing the core pulls in no CLI, bulk or validation code', figure: clean ? `none (validation ${validationLazy ? 'in a lazy chunk' : 'not bundled'})` : leaks.filter((l) => l.hits.length).map((l) => `${l.what}: ${l.hits.length} files`).join('; '), target: 'none', met: clean },
  ];
  const leanSaves = core.eagerGz - lean.eagerGz;
  if (leanSaves > 64) {
    rows.splice(2, 0, { case: 'size: core if the runtime table dropped summary/description (what-if)', figure: `${fmtKb(lean.eagerGz)} (own code only: ${fmtKb(leanOwn.eagerGz)})`, target: '≤ 11 kB gz', met: lean.eagerGz <= 11 * 1024 });
  }
  const table = mdTable(
    ['bundle', 'eager min', 'eager gz', 'with lazy chunks min', 'with lazy chunks gz'],
    [core, own, ...(usesFullTable ? [lean, leanOwn] : []), ofetch, axiosNode, axiosBrowser].map((m) => [m.label, fmtKb(m.eagerRaw), fmtKb(m.eagerGz), fmtKb(m.allRaw), fmtKb(m.allGz)]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const top = mdTable(['module (eager core)', 'minified bytes'], core.contributions.slice(0, 10).map(([p, b]) => [p, String(b)]), ['l', 'r']);
  const details = [
    `esbuild ${(await import('esbuild')).version}: \`bundle, minify, format esm, splitting, platform node, target es2022\`, dependencies bundled; gzip -9 per chunk, summed.`,
    `"eager" = the entry chunk and the chunks it imports statically (what \`import 'sobot-cc'\` loads); "with lazy chunks" adds the chunks behind dynamic \`import()\` (the validators).`,
    `Of the core's eager minified bytes, ${fmtKb(core.ownRaw)} are sobot-cc's own code, the rest openapi-fetch; the operation table (generated/…operations.ts) is ${fmtKb(tableBytes)}${leanSaves > 64 ? `, and dropping its \`summary\`/\`description\` prose would save ${fmtKb(leanSaves)} gz` : ' and carries no documentation prose'}.`,
    dist ? `What \`import 'sobot-cc'\` loads from the published build (\`${pkg}\` and the ${dist.files - 1} chunk(s) it imports statically; build.mjs): ${fmtKb(dist.raw)} min, ${fmtKb(dist.gz)} gz; packages it imports from node_modules: ${dist.bare.join(', ') || 'none (openapi-fetch is bundled)'}.` : '',
    '',
    table,
    '',
    top,
    '',
    `Static-import check of the core (esbuild metafile): ${leaks.map((l) => `${l.what}: ${l.hits.length ? l.hits.join(', ') : 'absent'}`).join('; ')}.`,
    `Lazy chunks hold: ${core.lazyInputs.filter((p) => !p.includes('node_modules')).join(', ') || 'nothing'}.`,
  ].join('\n');
  const brief = (m: Measured) => ({ ...m, eagerInputs: m.eagerInputs.length, lazyInputs: m.lazyInputs, contributions: m.contributions.slice(0, 15) });
  emit({
    name: 'size', rows, details,
    data: { core: brief(core), own: brief(own), lean: brief(lean), leanOwn: brief(leanOwn), ofetch: brief(ofetch), axiosNode: brief(axiosNode), axiosBrowser: brief(axiosBrowser), dist, leaks },
    seconds: (performance.now() - t0) / 1000,
  });
}

main().catch((e: unknown) => {
  log(`size failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
