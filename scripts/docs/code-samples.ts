// Renders the per-operation code samples (TypeScript SDK and curl) from a RequestExample.
import type { RequestExample } from "./examples.js";
import { deref, isObject, type Json, type JsonObject, type OperationRef } from "./spec.js";

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript object/array literal, two-space indented, identifier keys unquoted. */
export function tsLiteral(value: Json | undefined, indent = ""): string {
  const inner = indent + "  ";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + tsLiteral(v, inner)).join(",\n")},\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([k, v]) => `${inner}${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v, inner)}`);
    return `{\n${lines.join(",\n")},\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function typescriptSample(op: OperationRef, example: RequestExample, serverUrl: string): CodeSample {
  const args: string[] = [];
  if (Object.keys(example.path).length > 0) args.push(`  path: ${tsLiteral(example.path, "  ")},`);
  if (Object.keys(example.query).length > 0) args.push(`  query: ${tsLiteral(example.query, "  ")},`);
  if (example.body !== undefined) args.push(`  body: ${tsLiteral(example.body, "  ")},`);
  const call = args.length > 0 ? `sobot.call(${JSON.stringify(op.operationId)}, {\n${args.join("\n")}\n})` : `sobot.call(${JSON.stringify(op.operationId)})`;
  const source = [
    `import { createSobotClient } from "sobot-cc";`,
    ``,
    `const sobot = createSobotClient({`,
    `  baseUrl: ${JSON.stringify(serverUrl)},`,
    `  credentials: { appId: process.env.SOBOT_APP_ID!, appSecret: process.env.SOBOT_APP_SECRET! },`,
    `});`,
    ``,
    `const result = await ${call};`,
    `console.log(result);`,
  ].join("\n");
  return { lang: "TypeScript", label: "TypeScript SDK", source };
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function scalarString(v: Json): string {
  return typeof v === "string" ? v : JSON.stringify(v);
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
