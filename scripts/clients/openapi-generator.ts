// Runs openapi-generator (the Maven Central jar) for one language and collects its warnings.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GO_MODULE, type GeneratorConfig } from "./generators.js";
import { ensureGeneratorJar, requireJava } from "./tools.js";

export interface GenerateResult {
  name: string;
  outDir: string;
  /** The generator's WARN lines (deduplicated): what it could not express. */
  warnings: string[];
}

function kv(record: Record<string, string | boolean>): string {
  return Object.entries(record)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
}

export function runGenerator(config: GeneratorConfig, spec: string, outRoot: string): GenerateResult {
  requireJava();
  const jar = ensureGeneratorJar();
  const outDir = join(outRoot, config.name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const args = ["-jar", jar, "generate", "-g", config.generator, "-i", spec, "-o", outDir, "--additional-properties", kv(config.additionalProperties)];
  if (config.library) args.push("--library", config.library);
  if (Object.keys(config.nameMappings).length > 0) args.push("--name-mappings", kv(config.nameMappings));
  if (Object.keys(config.enumNameMappings).length > 0) args.push("--enum-name-mappings", kv(config.enumNameMappings));
  const run = spawnSync("java", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const log = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  writeFileSync(join(outRoot, `${config.name}.generate.log`), log);
  if (run.status !== 0) throw new Error(`openapi-generator (${config.generator}) failed with exit ${run.status}; log: ${join(outRoot, `${config.name}.generate.log`)}\n${log.slice(-3000)}`);
  for (const path of config.remove) rmSync(join(outDir, path), { recursive: true, force: true });
  if (config.name === "go") writeFileSync(join(outDir, "go.mod"), `module ${GO_MODULE}\n\ngo 1.21\n`);
  const warnings = [...new Set(log.split("\n").filter((l) => /\bWARN\b/.test(l)).map((l) => l.replace(/^.*?WARN\s+/, "").trim()))];
  if (config.afterGenerate) warnings.push(...config.afterGenerate(outDir));
  return { name: config.name, outDir, warnings };
}
