// Renders the per-operation code samples (TypeScript SDK, CLI and curl) from a RequestExample.
// Names come from the spec being rendered, by the functions the generator names the SDK's and the
// CLI's operations with (lint/spec-reader/names.js): the facade method is
// `sobot.<group>.<x-sobot-sdk-method>`, the command the kebab-case operationId. They are computed
// from the spec rather than read from generated/ because `docs --spec` renders any spec.
// Nothing here is written per operation.
import { format } from "prettier";
import { commandName, groupKey } from "../../lint/spec-reader/names.js";
import type { RequestExample } from "./examples.js";
import { deref, isObject, type Json, type JsonObject, type OperationRef } from "./spec.js";

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/**
 * Columns a sample line may take. Redoc's sample panel is 460 px wide in its three-column layout
 * at a 1400 px window (about 62 monospace columns); a longer line runs under the panel's edge
 * with no visible scrollbar, which is how the `credentials:` line came to look cut off.
 */
export const SAMPLE_COLUMNS = 60;

/** The SDK facade's name for an operation, or undefined when the spec gives it no method name. */
export function facadeMethod(op: OperationRef): { group: string; method: string } | undefined {
  const method = op.operation["x-sobot-sdk-method"];
  const tag = op.tags[0];
  return typeof method === "string" && tag !== undefined ? { group: groupKey(tag), method } : undefined;
}

interface Paging {
  shape?: string;
  pageParam?: string;
  sizeParam?: string;
}

function pagingOf(op: OperationRef): Paging | undefined {
  const p = op.operation["x-sobot-paging"];
  return isObject(p) ? (p as Paging) : undefined;
}

/** The facade's first argument: the body when the operation has one, else the query. */
function primaryArgument(example: RequestExample): Json | undefined {
  if (example.body !== undefined) return example.body;
  return Object.keys(example.query).length > 0 ? example.query : undefined;
}

function withoutKeys(value: Json | undefined, keys: (string | undefined)[]): Json | undefined {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

function facadeCall(op: OperationRef, example: RequestExample): string[] {
  const name = facadeMethod(op);
  const arg = primaryArgument(example);
  if (!name) {
    // no facade method in the spec: the generic entry point takes the operationId
    const parts = [
      ...(Object.keys(example.path).length > 0 ? [`path: ${JSON.stringify(example.path)}`] : []),
      ...(Object.keys(example.query).length > 0 ? [`query: ${JSON.stringify(example.query)}`] : []),
      ...(example.body !== undefined ? [`body: ${JSON.stringify(example.body)}`] : []),
    ];
    return [`const data = await sobot.call(${JSON.stringify(op.operationId)}${parts.length ? `, { ${parts.join(", ")} }` : ""});`, `console.log(data);`];
  }
  const callee = `sobot.${name.group}.${name.method}`;
  const paging = pagingOf(op);
  if (!paging) return [`const data = await ${callee}(${arg === undefined ? "" : JSON.stringify(arg)});`, `console.log(data);`];
  // a paged method walks every page itself: the page number is its own, the size an option
  const pageFields = paging.shape === "none" ? [] : [paging.pageParam, paging.sizeParam];
  const rest = withoutKeys(arg, pageFields);
  const size = paging.sizeParam && isObject(arg) ? arg[paging.sizeParam] : undefined;
  const hasRest = rest !== undefined && !(isObject(rest) && Object.keys(rest).length === 0);
  const args = [...(hasRest || size !== undefined ? [hasRest ? JSON.stringify(rest) : "{}"] : []), ...(size !== undefined ? [`{ pageSize: ${JSON.stringify(size)} }`] : [])];
  return [
    paging.shape === "none" ? `// one call; the list arrives whole` : `// every page, requested as the loop goes on`,
    `const items = ${callee}(${args.join(", ")});`,
    `for await (const item of items) console.log(item);`,
  ];
}

export async function typescriptSample(op: OperationRef, example: RequestExample, serverUrl: string): Promise<CodeSample> {
  const source = [
    `import { createSobotClient } from "sobot-cc";`,
    ``,
    `const sobot = createSobotClient({`,
    `  baseUrl: ${JSON.stringify(serverUrl)},`,
    `  credentials: { appId: process.env.SOBOT_APP_ID!, appSecret: process.env.SOBOT_APP_SECRET! },`,
    `});`,
    ``,
    ...(op.operation.security !== undefined && Array.isArray(op.operation.security) && op.operation.security.length === 0
      ? [`// the client gets and refreshes its own token;`, `// this call hands a token to another tool`]
      : []),
    ...facadeCall(op, example),
  ].join("\n");
  // prettier lays the literals out to the panel's width, as a project's formatter would
  const formatted = await format(source, { parser: "typescript", printWidth: SAMPLE_COLUMNS, trailingComma: "all" });
  return { lang: "TypeScript", label: "TypeScript SDK", source: formatted.trimEnd() };
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A shell word: as it is when the shell would not change it, else single-quoted. */
function shellWord(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : shellQuote(s);
}

function scalarString(v: Json): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** JSON on one line when it fits after `indent` columns, else two-space indented under the flag. */
function jsonToWidth(value: Json, indent: number): string {
  const compact = JSON.stringify(value);
  return indent + compact.length + 1 <= SAMPLE_COLUMNS ? compact : JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
}

/** One command, broken into ` \`-continued lines (one flag each) when it is wider than the panel. */
function command(words: string[][]): string {
  const oneLine = words.map((w) => w.join(" ")).join(" ");
  if (!oneLine.includes("\n") && oneLine.length <= SAMPLE_COLUMNS) return oneLine;
  return words.map((w, i) => (i === 0 ? "" : "  ") + w.join(" ")).join(" \\\n");
}

/**
 * `npx sobot-cc <command> --field value ...`: the query parameters and a flat body as flags, a body
 * with nested values (or an array body) whole as `--data`. Headers are left to the CLI (it sends
 * the Idempotency-Key itself; timezone and language come from the profile).
 */
export function cliSample(op: OperationRef, example: RequestExample): CodeSample {
  const words: string[][] = [["npx", "sobot-cc", commandName(op.operationId)]];
  // a list of values is the flag repeated, as the CLI reads it (an empty list: `[]`)
  const flag = (name: string, v: Json): void => {
    if (Array.isArray(v)) return void (v.length === 0 ? words.push([`--${name}`, "'[]'"]) : v.forEach((item) => flag(name, item)));
    words.push(typeof v === "boolean" ? [`--${name}=${v}`] : [`--${name}`, shellWord(scalarString(v))]);
  };
  for (const [k, v] of Object.entries(example.query)) if (v !== null) flag(k, v);
  const body = example.body;
  const scalar = (v: Json) => v !== null && typeof v !== "object";
  // a flag per field while every field is a value or a list of values; else the JSON whole
  const flat = isObject(body) && Object.values(body).every((v) => scalar(v) || (Array.isArray(v) && v.every(scalar)));
  if (flat) for (const [k, v] of Object.entries(body)) flag(k, v);
  else if (body !== undefined) words.push(["--data", shellWord(jsonToWidth(body, "  --data '".length))]);
  // what the command reads (a saved profile, `sobot-cc profile set`, also does); kept short, since
  // Redoc's copy button covers the first line's last columns
  const source = [`# env: SOBOT_BASE_URL, SOBOT_APP_ID, SOBOT_APP_SECRET`, command(words)].join("\n");
  return { lang: "Shell", label: "CLI", source };
}

/** The apiKey header names that the operation's effective security requires. */
export function apiKeyHeaders(doc: JsonObject, op: OperationRef): string[] {
  const security = Array.isArray(op.operation.security) ? op.operation.security : Array.isArray(doc.security) ? doc.security : [];
  const first = security.find(isObject);
  if (!first) return [];
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const headers: string[] = [];
  for (const name of Object.keys(first)) {
    const scheme = deref<JsonObject>(doc, schemes[name]);
    if (isObject(scheme) && scheme.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string") headers.push(scheme.name);
  }
  return headers;
}

export function curlSample(doc: JsonObject, serverUrl: string, op: OperationRef, example: RequestExample): CodeSample {
  let path = op.path.replace(/\{([^}]+)\}/g, (whole, name: string) =>
    name in example.path ? encodeURIComponent(scalarString(example.path[name] as Json)) : whole,
  );
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(example.query)) {
    if (Array.isArray(v)) v.forEach((item) => query.append(k, scalarString(item)));
    else if (v !== null) query.append(k, scalarString(v));
  }
  const qs = query.toString();
  if (qs) path += `?${qs}`;

  const lines = [`curl -X ${op.method.toUpperCase()} ${shellQuote(serverUrl + path)}`];
  for (const header of apiKeyHeaders(doc, op)) lines.push(`-H "${header}: $SOBOT_TOKEN"`);
  for (const [k, v] of Object.entries(example.header)) {
    if (v !== null) lines.push(`-H ${shellQuote(`${k}: ${scalarString(v)}`)}`);
  }
  if (example.body !== undefined) {
    lines.push(`-H ${shellQuote(`Content-Type: ${example.bodyMediaType ?? "application/json"}`)}`);
    lines.push(`--data-raw ${shellQuote(JSON.stringify(example.body, null, 2))}`);
  }
  return { lang: "Shell", label: "curl", source: lines.join(" \\\n  ") };
}
