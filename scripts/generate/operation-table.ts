import { clashMessage, nameClashes, operationNames } from "../../lint/spec-reader/names.js";
import { checkExtensions } from "./extensions.js";
import { buildOperations, resolveRef, type Json, type JsonObject } from "./spec.js";

/**
 * Builds the runtime's operation table from the spec's operations and vendor extensions, with the
 * names derived from them (facade group, CLI command, MCP tool, import kind) computed here once.
 * Throws, naming both operations, when two would share a name (one of them could not be reached).
 */
export function buildOperationTable(doc: JsonObject) {
  const rows = buildRows(doc);
  const clashes = nameClashes(rows);
  if (clashes.length > 0) throw new Error(clashes.map(clashMessage).join("\n"));
  return rows;
}

function buildRows(doc: JsonObject) {
  const globalSecurity = (doc.security as Json[] | undefined) ?? [];
  return buildOperations(doc).map(({ operationId, method, path, op, parameters: params }) => {
    const tags = (op.tags as string[] | undefined) ?? [];
    if (tags.length !== 1) throw new Error(`${operationId}: exactly one tag expected`);
    if (typeof op["x-sobot-sdk-method"] !== "string") throw new Error(`${operationId}: x-sobot-sdk-method missing`);
    checkExtensions(operationId, op);
    const security = (op.security as Json[] | undefined) ?? globalSecurity;
    const parameters = params.map((param) => {
      return { name: param.name as string, in: param.in as string, required: param.required === true };
    });
    const body = op.requestBody ? (resolveRef(doc, op.requestBody) as JsonObject) : undefined;
    let requestBody = null;
    if (body) {
      const media = (body.content as JsonObject)["application/json"] as JsonObject;
      const schema = resolveRef(doc, media.schema) as JsonObject;
      requestBody = { required: body.required === true, kind: schema.type === "array" ? "array" : "object" };
    }
    const names = operationNames({ operationId, tag: tags[0]!, bulk: op["x-sobot-batch"] !== undefined });
    return {
      operationId,
      method,
      path,
      tag: tags[0]!,
      group: names.group,
      sdkMethod: op["x-sobot-sdk-method"] as string,
      command: names.command,
      tool: names.tool,
      importKind: names.importKind,
      summary: op.summary as string,
      description: op.description as string,
      security: security.length > 0,
      safe: op["x-sobot-safe"] === true,
      idempotent: op["x-sobot-idempotent"] === true,
      paging: (op["x-sobot-paging"] as JsonObject | undefined) ?? null,
      batch: (op["x-sobot-batch"] as JsonObject | undefined) ?? null,
      fieldRules: (op["x-sobot-field-rules"] as JsonObject[] | undefined) ?? [],
      parameters,
      requestBody,
    };
  });
}

export function renderOperationTable(doc: JsonObject): string {
  const rows = buildOperationTable(doc);
  const body = rows.map((r) => `  ${r.operationId}: ${JSON.stringify(r, null, 2).replace(/\n/g, "\n  ")},`).join("\n");
  return `// Generated from openapi.yaml by \`npm run generate\`. Do not edit.
import type { components } from "./extensions.js";

/** The shapes of the x-sobot-* extensions, generated from lint/spectral/extensions/*.schema.js. */
type Extensions = components["schemas"];

export interface OperationMeta {
  readonly operationId: string;
  readonly method: "get" | "post" | "put" | "delete";
  readonly path: string;
  readonly tag: string;
  /** The facade group: the tag's words in camelCase (\`Skill groups\` → \`skillGroups\`), \`sobot.<group>.<sdkMethod>\` */
  readonly group: string;
  /** x-sobot-sdk-method: the facade method, \`sobot.<group>.<sdkMethod>\` */
  readonly sdkMethod: string;
  /** The CLI command: the operationId in kebab-case (\`searchCallAgents\` → \`search-call-agents\`) */
  readonly command: string;
  /** The MCP tool: the operationId in snake_case (\`search_call_agents\`) */
  readonly tool: string;
  /** A bulk operation's \`sobot-cc import <kind>\`: the operationId without its verb (\`importCallingList\` → \`calling-list\`); null for any other */
  readonly importKind: string | null;
  readonly summary: string;
  readonly description: string;
  /** Sends Authorization (false only for the token operation). */
  readonly security: boolean;
  /** x-sobot-safe: read-only, may be retried after any transient failure. */
  readonly safe: boolean;
  /** x-sobot-idempotent: takes an Idempotency-Key; a retry with the same key is safe. */
  readonly idempotent: boolean;
  /** x-sobot-paging: how a list operation pages (null: it does not) */
  readonly paging: Extensions["XSobotPaging"] | null;
  /** x-sobot-batch: a bulk operation's rows and rows per call (null: not a bulk operation) */
  readonly batch: Extensions["XSobotBatch"] | null;
  /** x-sobot-field-rules: rules between two request fields that a schema cannot state */
  readonly fieldRules: Extensions["XSobotFieldRules"];
  readonly parameters: readonly { readonly name: string; readonly in: "query" | "header"; readonly required: boolean }[];
  readonly requestBody: { readonly required: boolean; readonly kind: "object" | "array" } | null;
}

export const operations = {
${body}
} as const satisfies Record<string, OperationMeta>;

export type OperationId = keyof typeof operations;
export const operationIds = Object.keys(operations) as OperationId[];
`;
}

/**
 * The table without summaries, descriptions and the CLI's and MCP server's names (half its
 * bytes): what the SDK core ships. The CLI, the MCP server and the docs import the full table.
 */
export function renderRuntimeOperationTable(doc: JsonObject): string {
  const rows = buildOperationTable(doc).map(({ summary: _s, description: _d, command: _c, tool: _t, importKind: _k, ...rest }) => rest);
  const body = rows.map((r) => `  ${r.operationId}: ${JSON.stringify(r)},`).join("\n");
  return `// Generated from openapi.yaml by \`npm run generate\`. Do not edit.
// The operation table without its texts and the CLI's and MCP server's names, for the SDK core (see operations.ts for the full one).
import type { OperationMeta } from "./operations.js";

export type RuntimeOperationMeta = Omit<OperationMeta, "summary" | "description" | "command" | "tool" | "importKind">;

export const operations = {
${body}
} as const satisfies Record<string, RuntimeOperationMeta>;
`;
}
