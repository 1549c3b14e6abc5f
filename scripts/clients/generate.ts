// `npm run clients`: openapi.yaml -> clients-out/{python,go,java} (openapi-generator, Maven Central jar)
// and clients-out/postman/sobot-cc.postman_collection.json (openapi-to-postmanv2).
// Options: --spec <file> (openapi.yaml), --out <dir> (clients-out), --only python,go,java,postman
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { GENERATORS } from "./generators.js";
import { writeGeneratorInput } from "./generator-input.js";
import { runGenerator, type GenerateResult } from "./openapi-generator.js";
import { generatePostmanCollection } from "./postman.js";
import { OPENAPI_GENERATOR } from "./tools.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

export const TARGETS = ["python", "go", "java", "postman"] as const;
export type Target = (typeof TARGETS)[number];

export interface ClientsManifest {
  spec: string;
  generators: Record<string, string>;
  outputs: Record<string, string>;
  warnings: Record<string, string[]>;
}

export function postmanCollectionPath(outRoot: string): string {
  return join(outRoot, "postman", "sobot-cc.postman_collection.json");
}

export async function generateClients(options: { spec?: string; out?: string; only?: readonly Target[] } = {}): Promise<ClientsManifest> {
  const spec = resolve(root, options.spec ?? "openapi.yaml");
  const outRoot = resolve(root, options.out ?? "clients-out");
  const only = new Set(options.only ?? TARGETS);
  mkdirSync(outRoot, { recursive: true });
  const manifest: ClientsManifest = {
    spec,
    generators: {
      "openapi-generator": `${OPENAPI_GENERATOR.groupId}:${OPENAPI_GENERATOR.artifactId}:${OPENAPI_GENERATOR.version}`,
      "openapi-to-postmanv2": (require("openapi-to-postmanv2/package.json") as { version: string }).version,
    },
    outputs: {},
    warnings: {},
  };
  // openapi-generator reads a copy without the links its parser refuses (generator-input.ts says why)
  const generatorInput = GENERATORS.some((c) => only.has(c.name)) ? writeGeneratorInput(spec, outRoot) : undefined;
  for (const config of GENERATORS) {
    if (!only.has(config.name)) continue;
    const started = Date.now();
    const result: GenerateResult = runGenerator(config, generatorInput!.path, outRoot);
    manifest.outputs[config.name] = result.outDir;
    manifest.warnings[config.name] = [
      ...generatorInput!.droppedLinks.map((l) => `link left out (requestBody is not a string for openapi-generator): ${l}`),
      ...generatorInput!.droppedAlternatives.map((a) => `"at least one of" left out (openapi-generator would require all): ${a}`),
      ...result.warnings,
    ];
    console.log(`clients: ${config.name} -> ${result.outDir} (${Date.now() - started} ms)`);
    for (const w of result.warnings) console.log(`clients:   ${config.name} generator warning: ${w}`);
  }
  if (only.has("postman")) {
    const file = await generatePostmanCollection(spec, postmanCollectionPath(outRoot));
    manifest.outputs.postman = file;
    console.log(`clients: postman -> ${file}`);
  }
  writeFileSync(join(outRoot, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { spec: { type: "string" }, out: { type: "string" }, only: { type: "string" } } });
  const only = values.only?.split(",").map((s) => s.trim()) as Target[] | undefined;
  for (const t of only ?? []) if (!TARGETS.includes(t)) throw new Error(`--only: unknown target "${t}" (one of ${TARGETS.join(", ")})`);
  generateClients({ spec: values.spec, out: values.out, only }).catch((err: Error) => {
    console.error(`clients: ${err.message}`);
    process.exitCode = 1;
  });
}
