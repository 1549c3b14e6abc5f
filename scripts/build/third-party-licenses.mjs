/**
 * The licence texts of the packages a build bundled into its output (openapi-fetch in the core),
 * written next to that output: MIT and similar licences ask that their notice travel with every
 * copy, and the minified bundle carries no comments. Read from esbuild's metafile, so a package
 * bundled tomorrow is listed without anyone remembering to.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

/** The package directory of a bundled input path, or undefined for the project's own files. */
function packageDir(input) {
  const parts = resolve(input).split(sep);
  const i = parts.lastIndexOf("node_modules");
  if (i < 0) return undefined;
  const scoped = parts[i + 1]?.startsWith("@");
  return parts.slice(0, i + (scoped ? 3 : 2)).join(sep);
}

/**
 * @param {import("esbuild").Metafile[]} metafiles
 * @param {string} file where to write the notices
 */
export async function writeThirdPartyLicenses(metafiles, file) {
  const dirs = new Set();
  for (const m of metafiles) {
    for (const out of Object.values(m.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
        const dir = bytesInOutput > 0 ? packageDir(input) : undefined;
        if (dir) dirs.add(dir);
      }
    }
  }
  const sections = [];
  for (const dir of [...dirs].sort()) {
    const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const licenceFile = (await readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    if (!licenceFile) throw new Error(`${pkg.name}@${pkg.version} is bundled into dist/ but ships no licence file to copy`);
    const text = (await readFile(join(dir, licenceFile), "utf8")).trim();
    sections.push(`${pkg.name}@${pkg.version} (${pkg.license ?? "see below"})\n\n${text}`);
  }
  const head = "sobot-cc bundles the following packages into this directory's files. Their licences:";
  await writeFile(file, `${head}\n\n${sections.join(`\n\n${"-".repeat(72)}\n\n`)}\n`);
}
