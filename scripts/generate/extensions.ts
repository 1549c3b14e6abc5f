/**
 * The `x-sobot-*` extensions whose values have a shape (paging, batch, field rules), described once
 * by the JSON Schemas in lint/spectral/extensions/ that Spectral's `schema` function also checks
 * (rule sobot-extension-shape).
 * The generator refuses an operation whose extension breaks its schema (ajv, naming the
 * operation, the field and the rule) and emits the row type's extension types from the same
 * schemas (openapi-typescript), so no shape is written twice by hand.
 */
import AjvModule from "ajv";
import openapiTS, { astToString } from "openapi-typescript";
import { EXTENSION_SCHEMAS } from "../../lint/spectral/extensions/index.js";
import type { JsonObject } from "./spec.js";

// ajv is CommonJS: under NodeNext its class is on `.default`
const Ajv = AjvModule.default;

const ajv = new Ajv({ allErrors: true });
const validators = Object.fromEntries(
  Object.entries(EXTENSION_SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)]),
);

/** Throws when one of the operation's extensions does not have its schema's shape. */
export function checkExtensions(operationId: string, op: JsonObject): void {
  for (const [name, validate] of Object.entries(validators)) {
    if (op[name] === undefined || validate(op[name])) continue;
    const problems = (validate.errors ?? []).map((e) => `${name}${e.instancePath.replace(/\//g, ".")}: ${e.message} (${e.keyword})`);
    throw new Error(`${operationId}: ${name} does not match lint/spectral/extensions/${name}.schema.js:\n  ${problems.join("\n  ")}`);
  }
}

/** generated/extensions.ts: one type per extension schema, under `components["schemas"]`. */
export async function renderExtensionTypes(): Promise<string> {
  const schemas = Object.fromEntries(
    // each type is named by its schema's title (XSobotPaging); $schema means nothing to OpenAPI 3.0
    Object.values(EXTENSION_SCHEMAS).map(({ $schema: _s, ...schema }) => [schema.title, schema]),
  );
  const doc = { openapi: "3.0.3", info: { title: "x-sobot-* extensions", version: "1" }, paths: {}, components: { schemas } };
  const ast = await openapiTS(doc as never, { immutable: true, emptyObjectsUnknown: true });
  return `// Generated from lint/spectral/extensions/*.schema.js by \`npm run generate\` (openapi-typescript). Do not edit.\n${astToString(ast)}`;
}
