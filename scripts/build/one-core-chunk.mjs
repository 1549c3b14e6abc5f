/**
 * esbuild plugin for the split ESM build: everything `import 'sobot-cc'` loads eagerly comes out
 * as ONE chunk (plus the 0.2 kB entry file that re-exports it).
 *
 * Why: with `splitting`, esbuild puts each module into a chunk keyed by the set of entry points
 * that reach it through static imports, and every lazily loaded module (`import('./redact.js')`,
 * the error factory, the logging piece, the page walk …) is an entry point of its own. Each lazy
 * module imports a few core modules, so the core was cut into six chunks by which lazy modules
 * share which part — plus openapi-fetch, a bare import resolved through node_modules. Node's ES
 * module loader fetches them in waves (entry, chunks, then openapi-fetch), and at start-up the
 * files cost more than the code: measured in one alternating run of 40 spawns each, in-process
 * `import()` took 33.7 ms as eight files, 21.6 ms as one chunk with openapi-fetch inside, against
 * 16.6 ms for an empty module (.tmp experiment; `npm run bench`'s cold-import case measures the
 * build as shipped).
 *
 * How: a first, unwritten build of the same entry points gives the import graph (esbuild's
 * metafile). The core is what the core entry reaches through static imports. Every module outside
 * the core that imports a core module directly gets one more import: the core entry. So an entry
 * point that reaches any core module reaches all of them, every core module has the same set of
 * entry points, and esbuild emits the core as one chunk. Nothing new is loaded: a module that
 * imports part of the core runs after the core anyway, because the core entry loads it
 * (lazy modules) or because it imports the client (bulk, CLI).
 *
 * The build that uses it needs `ignoreAnnotations: true`: package.json says `"sideEffects": false`
 * (right for the users' bundlers), under which esbuild would drop a bare `import "…/index.ts"`.
 */
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * @param {import("esbuild").BuildOptions} options the split build's own options (entry points, externals …)
 * @param {string} coreEntry the key of the core in `options.entryPoints`
 * @returns {Promise<import("esbuild").Plugin>}
 */
export async function oneCoreChunk(options, coreEntry) {
  const { plugins: _ignored, outdir: _outdir, ...rest } = options;
  const analysis = await build({ ...rest, write: false, metafile: true, minify: false, sourcemap: false, outdir: "/nonexistent" });
  // absolute path -> the module's static imports (absolute paths)
  const graph = new Map(Object.entries(analysis.metafile.inputs).map(([k, v]) =>
    [resolve(k), v.imports.filter((i) => i.kind === "import-statement" && !i.external).map((i) => resolve(i.path))]));
  const coreFile = resolve(options.entryPoints[coreEntry]);
  if (!graph.has(coreFile)) throw new Error(`one-core-chunk: ${options.entryPoints[coreEntry]} is not in the build's import graph`);

  const core = new Set();
  const visit = (file) => {
    if (core.has(file)) return;
    core.add(file);
    for (const next of graph.get(file) ?? []) visit(next);
  };
  visit(coreFile);

  // outside the core, importing into it: these get the extra import of the core entry
  const linked = new Set([...graph].filter(([file, imports]) => !core.has(file) && imports.some((i) => core.has(i))).map(([file]) => file));

  /** @type {import("esbuild").Plugin} */
  return {
    name: "one-core-chunk",
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (!linked.has(args.path)) return undefined;
        const text = await readFile(args.path, "utf8");
        return { contents: `${text}\nimport ${JSON.stringify(coreFile)};\n`, loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js", resolveDir: dirname(args.path) };
      });
    },
  };
}
