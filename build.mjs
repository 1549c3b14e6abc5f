// Builds the SDK into dist/: ESM (dist/esm), CJS (dist/cjs) and declarations (dist/types,
// dist/cjs/types as .d.cts). The validators are their own file in each format, loaded lazily,
// so importing the client does not load them until a validated call needs them.
// openapi-fetch is bundled into the core (its licence is copied next to it): as a separate
// package it was one more file and one more resolution through node_modules at every cold start.
// It stays a dependency, for the declarations, which import its types.
// Leaves the rest of dist/ (docs, test artifacts) alone.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { cp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { oneCoreChunk } from "./scripts/build/one-core-chunk.mjs";
import { writeThirdPartyLicenses } from "./scripts/build/third-party-licenses.mjs";

const root = new URL(".", import.meta.url).pathname;
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
/** bundled, not external: see above */
const bundledDependencies = ["openapi-fetch"];
const external = Object.keys(pkg.dependencies ?? {}).filter((d) => !bundledDependencies.includes(d));
for (const d of ["dist/esm", "dist/cjs", "dist/types"]) await rm(join(root, d), { recursive: true, force: true });

/** CJS: `import('./validation.js')` in the core stays a separate file. */
const lazyValidation = (ext) => ({
  name: "lazy-validation",
  setup(b) {
    b.onResolve({ filter: /^\.\/validation\.js$/ }, (args) =>
      args.importer.endsWith("client.ts") ? { path: `./validation${ext}`, external: true } : undefined);
  },
});

const common = { bundle: true, platform: "node", target: "node20", external, sourcemap: true, minify: true, legalComments: "none", logLevel: "warning", metafile: true };

// ESM: every entry in one build with code splitting, so the core, the lazy validators, the bulk
// helpers and the CLI share one copy of the client (one SobotError class for `instanceof`), and
// the core is one chunk (scripts/build/one-core-chunk.mjs says why and how).
const esm = {
  ...common,
  format: "esm",
  splitting: true,
  entryPoints: { index: "src/index.ts", validation: "src/validation.ts", bulk: "src/bulk/index.ts", undici: "src/transports/undici.ts", sim: "src/sim/index.ts", cli: "cli/main.ts" },
  outdir: "dist/esm",
  chunkNames: "chunks/[name]-[hash]",
  // optional peers, loaded only by the commands that need them (sobot-cc mock, sobot-cc mcp): never bundled
  external: [...external, "@stoplight/prism-cli", "undici", "@modelcontextprotocol/sdk"],
};
const esmBuilt = await build({ ...esm, ignoreAnnotations: true, plugins: [await oneCoreChunk(esm, "index")] });
// CJS: the client only (esbuild cannot split CJS); the bulk helpers, the undici transport and the CLI are ESM-only.
const cjsBuilt = [
  await build({ ...common, format: "cjs", entryPoints: { index: "src/index.ts" }, outdir: "dist/cjs", outExtension: { ".js": ".cjs" }, plugins: [lazyValidation(".cjs")] }),
  await build({ ...common, format: "cjs", entryPoints: { validation: "src/validation.ts" }, outdir: "dist/cjs", outExtension: { ".js": ".cjs" } }),
];
await writeThirdPartyLicenses([esmBuilt.metafile], join(root, "dist/esm/THIRD-PARTY-LICENSES.txt"));
await writeThirdPartyLicenses(cjsBuilt.map((r) => r.metafile), join(root, "dist/cjs/THIRD-PARTY-LICENSES.txt"));

execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

// CJS declarations: same files as .d.cts, relative specifiers pointing at .cjs
await cp(join(root, "dist/types"), join(root, "dist/cjs/types"), { recursive: true });
async function toCts(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await toCts(p);
    else if (e.name.endsWith(".d.ts")) {
      const text = await readFile(p, "utf8");
      await writeFile(p, text.replace(/(from\s+|import\()(["'])(\.\.?\/[^"']+)\.js\2/g, "$1$2$3.cjs$2"));
      await rename(p, p.replace(/\.d\.ts$/, ".d.cts"));
    }
  }
}
await toCts(join(root, "dist/cjs/types"));

const size = async (f) => gzipSync(await readFile(join(root, f))).length;
console.log(`dist/cjs/index.cjs ${await size("dist/cjs/index.cjs")} B gz (core), dist/cjs/validation.cjs ${await size("dist/cjs/validation.cjs")} B gz (lazy); ESM split into dist/esm (index, validation, bulk, cli)`);
