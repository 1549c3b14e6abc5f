/**
 * Writes generated/ from openapi.yaml; with --check, writes nothing and fails when
 * generated/ differs from what the spec produces now.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { loadSpec, specPath } from "./generate/spec.js";
import { renderOperationTable, renderRuntimeOperationTable } from "./generate/operation-table.js";
import { renderValidators } from "./generate/validators.js";
import { renderExamples } from "./generate/examples.js";
import { renderEnumMeanings } from "./generate/enum-meanings.js";
import { renderExtensionTypes } from "./generate/extensions.js";

const outDir = fileURLToPath(new URL("../generated/", import.meta.url));

async function render(): Promise<Record<string, string>> {
  const doc = loadSpec();
  const ast = await openapiTS(new URL(`file://${specPath}`), { emptyObjectsUnknown: true, defaultNonNullable: false });
  const types = `// Generated from openapi.yaml by \`npm run generate\` (openapi-typescript). Do not edit.\n${astToString(ast)}`;
  const { js, dts } = renderValidators(doc);
  return {
    "types.ts": types,
    "operations.ts": renderOperationTable(doc),
    // the row type's x-sobot-* shapes, from the same JSON Schemas Spectral checks them with
    "extensions.ts": await renderExtensionTypes(),
    "runtime-operations.ts": renderRuntimeOperationTable(doc),
    "examples.ts": renderExamples(doc),
    "validators.js": js,
    "validators.d.ts": dts,
    // enum meanings for validation messages (the compiled validators drop x- keywords)
    "enum-meanings.ts": renderEnumMeanings(doc),
    // the contract as JSON, for the CLI's help and flags: no YAML parser at run time
    "openapi.json": `${JSON.stringify(doc, null, 1)}\n`,
  };
}

const files = await render();
if (process.argv.includes("--check")) {
  const drifted = Object.entries(files).filter(([name, text]) => {
    const path = join(outDir, name);
    return !existsSync(path) || readFileSync(path, "utf8") !== text;
  });
  if (drifted.length > 0) {
    console.error(`generated/ is out of date with openapi.yaml: ${drifted.map(([n]) => n).join(", ")}.\nRun \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`generated/ matches openapi.yaml (${Object.keys(files).length} files).`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`wrote ${Object.keys(files).map((n) => `generated/${n}`).join(", ")}`);
}
