// Builds the SDK into dist/: ESM (dist/esm), CJS (dist/cjs) and declarations (dist/types,
// dist/cjs/types as .d.cts). The validators are their own file in each format, loaded lazily,
// so importing the client does not load them until a validated call needs them.
// Leaves the rest of dist/ (docs, test artifacts) alone.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { cp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL(".", import.meta.url).pathname;
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const external = Object.keys(pkg.dependencies ?? {});
for (const d of ["dist/esm", "dist/cjs", "dist/types"]) await rm(join(root, d), { recursive: true, force: true });

/** `import('./validation.js')` in the core stays a separate file. */
const lazyValidation = (ext) => ({
  name: "lazy-validation",
  setup(b) {
    b.onResolve({ filter: /^\.\/validation\.js$/ }, (args) =>
      args.importer.endsWith("client.ts") ? { path: `./validation${ext}`, external: true } : undefined);
  },
});

const common = { bundle: true, platform: "node", target: "node20", external, sourcemap: true, minify: true, legalComments: "none", logLevel: "warning" };
for (const [format, dir, ext] of [["esm", "dist/esm", ".js"], ["cjs", "dist/cjs", ".cjs"]]) {
  await build({ ...common, format, entryPoints: { index: "src/index.ts" }, outdir: dir, outExtension: { ".js": ext }, plugins: [lazyValidation(ext)] });
  await build({ ...common, format, entryPoints: { validation: "src/validation.ts" }, outdir: dir, outExtension: { ".js": ext } });
}

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
console.log(`dist/esm/index.js ${await size("dist/esm/index.js")} B gz (core), dist/esm/validation.js ${await size("dist/esm/validation.js")} B gz (lazy)`);
