/** Reading schemas of the contract: `$ref`s followed, `allOf` merged, constraints put in words. */
import type { Json, JsonObject } from './load.js';

export const isObject = (v: unknown): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);

export function resolve(doc: JsonObject, node: Json | undefined): JsonObject {
  let cur: Json | undefined = node;
  for (let i = 0; i < 32 && isObject(cur) && typeof cur.$ref === 'string'; i++) {
    cur = (cur.$ref as string).slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<Json | undefined>((acc, k) => (isObject(acc) ? acc[k] : undefined), doc);
  }
  return isObject(cur) ? cur : {};
}

/** A schema with its `allOf` parts merged (properties, required), the way the CLI needs it. */
export function flatten(doc: JsonObject, node: Json | undefined): JsonObject {
  const s = resolve(doc, node);
  if (!Array.isArray(s.allOf)) return s;
  const out: JsonObject = { ...s, properties: {}, required: [] };
  delete out.allOf;
  for (const part of [s, ...s.allOf.map((p) => flatten(doc, p))]) {
    if (part.type) out.type = part.type;
    if (part.description && !out.description) out.description = part.description;
    Object.assign(out.properties as JsonObject, isObject(part.properties) ? part.properties : {});
    (out.required as Json[]).push(...(Array.isArray(part.required) ? part.required : []));
  }
  return out;
}

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
