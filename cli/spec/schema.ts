/**
 * Schemas of the contract as the CLI shows them: constraints put in words. Following `$ref`s
 * and merging `allOf` are the one spec reader's (lint/spec-reader/); `resolve` only adds the
 * CLI's "nothing there reads as an empty schema".
 */
import { deref, isObject, mergeAllOf } from '../../lint/spec-reader/index.js';
import type { Json, JsonObject } from './load.js';

export { isObject };

/** The schema (or parameter, response…) a node stands for, `$ref`s followed; `{}` when there is none. */
export function resolve(doc: JsonObject, node: Json | undefined): JsonObject {
  const target = deref(doc, node);
  return isObject(target) ? target : {};
}

/** A schema with its `allOf` parts merged (properties, required), `$ref`s followed. */
export const flatten = (doc: JsonObject, node: Json | undefined): JsonObject => mergeAllOf(doc, node);

/** `string`, `integer`, `string[]`, `uuid`, … for `--flag <type>`. */
export function typeLabel(doc: JsonObject, s: JsonObject): string {
  if (s.type === 'array') return `${typeLabel(doc, flatten(doc, s.items))}[]`;
  if (typeof s.format === 'string' && ['uuid', 'date', 'date-time'].includes(s.format)) return s.format;
  return typeof s.type === 'string' ? s.type : 'json';
}

/** The schema's constraints in a few words: `3–16 digits` is the spec's `pattern`, shown as such. */
export function constraintText(doc: JsonObject, s: JsonObject): string[] {
  const out: string[] = [];
  if (Array.isArray(s.enum)) out.push(`one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (typeof s.pattern === 'string') out.push(`pattern ${s.pattern}`);
  if (typeof s.minLength === 'number' && s.minLength > 0) out.push(`at least ${s.minLength} character${s.minLength === 1 ? '' : 's'}`);
  if (typeof s.maxLength === 'number') out.push(`at most ${s.maxLength} characters`);
  if (typeof s.minimum === 'number') out.push(`≥ ${s.minimum}`);
  if (typeof s.maximum === 'number') out.push(`≤ ${s.maximum}`);
  if (typeof s.minItems === 'number' && s.minItems > 0) out.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
  if (typeof s.maxItems === 'number') out.push(`at most ${s.maxItems} items`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  if (s.type === 'array') {
    const items = constraintText(doc, flatten(doc, s.items));
    if (items.length) out.push(`each: ${items.join(', ')}`);
  }
  return out;
}

/** Enum values with the spec's x-enum-descriptions, when it has them. */
export function enumLines(s: JsonObject): string[] {
  if (!Array.isArray(s.enum) || !Array.isArray(s['x-enum-descriptions'])) return [];
  const d = s['x-enum-descriptions'];
  return s.enum.map((v, i) => `${JSON.stringify(v)}: ${String(d[i] ?? '')}`);
}
