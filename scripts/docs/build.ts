// `npm run docs`: openapi.yaml -> dist/docs/index.html (self-contained Redoc page).
// 1. redocly bundle openapi.yaml -> .tmp/docs/bundled.yaml
// 2. on that copy: enum meanings in Redoc's form, repository links pointed at the repository's
//    web address, x-codeSamples generated from the request examples -> .tmp/docs/openapi.docs.yaml
// 3. redocly build-docs --inlineBundle -> dist/docs/index.html, then inline the one CDN image and
//    let sample lines wrap
// 4. check every link of the page; a broken one fails the build
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { addEnumDescriptions } from "./enum-descriptions.js";
import { injectCodeSamples } from "./inject.js";
import { makeOffline } from "./offline.js";
import { checkPageLinks, redocDefinition } from "./page-links.js";
import { pointRepoLinksAt, repositoryFileBase } from "./repo-links.js";
import { wrapSampleLines } from "./sample-wrap.js";
import { loadSpec } from "./spec.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const redocly = resolve(root, "node_modules/.bin/redocly");

export interface BuildDocsOptions {
  spec?: string;
  output?: string;
  tmpDir?: string;
  quiet?: boolean;
  /** web address that repository-relative links point at; default from package.json `repository` */
  repoBase?: string;
}

export async function buildDocs(options: BuildDocsOptions = {}): Promise<string> {
  const spec = resolve(root, options.spec ?? "openapi.yaml");
  const output = resolve(root, options.output ?? "dist/docs/index.html");
  const tmpDir = resolve(root, options.tmpDir ?? ".tmp/docs");
  mkdirSync(tmpDir, { recursive: true });
  mkdirSync(dirname(output), { recursive: true });
  const stdio = options.quiet ? "pipe" : "inherit";
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", SCARF_ANALYTICS: "false" };

  const bundled = resolve(tmpDir, "bundled.yaml");
  execFileSync(redocly, ["bundle", spec, "-o", bundled], { cwd: root, stdio, env });

  const docsCopy = loadSpec(bundled);
  const enums = addEnumDescriptions(docsCopy);
  for (const p of enums.problems) console.warn(`docs: ${p.pointer}: ${p.message}; its values are shown without meanings`);
  const repoBase = options.repoBase ?? repositoryFileBase(root);
  if (repoBase) pointRepoLinksAt(docsCopy, repoBase);
  const { doc, report } = await injectCodeSamples(docsCopy);
  const withSamples = resolve(tmpDir, "openapi.docs.yaml");
  writeFileSync(withSamples, stringify(doc, { lineWidth: 0 }));
  for (const r of report) {
    if (r.bodySource === "synthesized") console.warn(`docs: ${r.operationId}: no request body example in the spec; sample built from property examples`);
    for (const m of r.missing) console.warn(`docs: ${r.operationId}: ${m} has no example; the sample leaves it out`);
  }

  // Redoc shows only the x-codeSamples whose label is in `codeSamples.languages`; the default list
  // has no TypeScript. The project's redocly.yaml `openapi:` options (if any) are kept.
  const redocOptions = resolve(tmpDir, "redoc-options.json");
  writeFileSync(redocOptions, JSON.stringify(redocOptionsFor(root), null, 2));

  const title = typeof (doc.info as { title?: unknown } | undefined)?.title === "string" ? String((doc.info as { title: string }).title) : "API reference";
  execFileSync(redocly, ["build-docs", withSamples, "--inlineBundle", "--openapi", redocOptions, "--title", title, "-o", output], { cwd: root, stdio, env });
  const html = wrapSampleLines(makeOffline(readFileSync(output, "utf8")).html);
  writeFileSync(output, html);

  const { problems } = checkPageLinks(redocDefinition(html), { root, repoBase });
  if (problems.length > 0) {
    throw new Error(`docs: ${problems.length} link(s) of ${output} would not work:\n${problems.map((p) => `  ${p.where}: ${p.href ? `${p.href}: ` : ""}${p.problem}`).join("\n")}`);
  }
  return output;
}

export function redocOptionsFor(dir: string): Record<string, unknown> {
  const configFile = resolve(dir, "redocly.yaml");
  const config = existsSync(configFile) ? (parse(readFileSync(configFile, "utf8")) as Record<string, unknown> | null) : null;
  const base = config && typeof config.openapi === "object" && config.openapi !== null ? (config.openapi as Record<string, unknown>) : {};
  return {
    ...base,
    codeSamples: {
      ...(typeof base.codeSamples === "object" && base.codeSamples !== null ? base.codeSamples : {}),
      languages: [
        { lang: "TypeScript", label: "TypeScript SDK" },
        { lang: "Shell", label: "CLI" },
        { lang: "curl", label: "curl" },
        { lang: "Payload", label: "Payload" },
      ],
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const specArg = process.argv.indexOf("--spec");
  const outArg = process.argv.indexOf("--output");
  const out = await buildDocs({
    spec: specArg > 0 ? process.argv[specArg + 1] : undefined,
    output: outArg > 0 ? process.argv[outArg + 1] : undefined,
  });
  console.log(`docs: wrote ${out}`);
}
