/**
 * A contract schema as an MCP tool sees it: one self-contained JSON Schema (draft-07, what MCP
 * clients compile with ajv) that a model reads. Unlike the generator's copy for the validators
 * (scripts/generate/json-schema.ts, which keeps `$ref`s and drops every annotation), this one
 * inlines every `$ref`, merges `allOf` into one object, and keeps descriptions, defaults and
 * limits — with the enum meanings (x-enum-descriptions) written into the description, since a
 * model reads words, not vendor extensions.
 */
import type { Json, JsonObject } from '../spec/load.js';
import { isObject, resolve } from '../spec/schema.js';
import { isSensitiveKey, REDACTED } from '../../src/redact.js';

export interface SchemaOptions {
  /** `input`: readOnly properties are left out; `output`: writeOnly ones, and secrets are described as redacted */
  direction: 'input' | 'output';
}

/** Keywords that mean the same in OpenAPI 3.0 and JSON Schema draft-07 and are kept as written. */
const KEPT = [
  'type', 'title', 'description', 'default', 'enum', 'minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength',
  'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
] as const;
/** Formats every JSON Schema validator knows; OpenAPI's int32/int64/password say nothing a type does not. */
const FORMATS = new Set(['date', 'date-time', 'time', 'uuid', 'email', 'uri', 'hostname', 'ipv4', 'ipv6']);
/** A contract this deep is a cycle; the API has none, so this only guards against a broken spec. */
const MAX_DEPTH = 40;

/** `0 = extension, 1 = phone` from x-enum-descriptions, or '' when the spec gives no meanings. */
export function enumMeanings(s: JsonObject): string {
  if (!Array.isArray(s.enum) || !Array.isArray(s['x-enum-descriptions'])) return '';
  const d = s['x-enum-descriptions'];
  return s.enum.map((v, i) => `${JSON.stringify(v)} = ${String(d[i] ?? '').trim()}`).join('; ');
}

function withMeanings(description: unknown, meanings: string): string | undefined {
  const text = typeof description === 'string' ? description.trim() : '';
  if (!meanings) return text || undefined;
  return `${text ? `${text}\n` : ''}Values: ${meanings}.`;
}

function secretSchema(description: unknown): JsonObject {
  const text = typeof description === 'string' ? `${description.trim()} ` : '';
  return { type: ['string', 'null'], description: `${text}A secret: always returned as "${REDACTED}" (or empty when unset).` };
}

/** Merges the parts of an `allOf` (already converted): properties and required are united, later parts win. */
function mergeAll(parts: JsonObject[]): JsonObject {
  const out: JsonObject = {};
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const p of parts) {
    for (const [k, v] of Object.entries(p)) {
      if (k === 'properties' && isObject(v)) Object.assign(properties, v);
      else if (k === 'required' && Array.isArray(v)) required.push(...v.map(String).filter((r) => !required.includes(r)));
      else if (k === 'description' && out.description) continue;
      else out[k] = v;
    }
  }
  if (Object.keys(properties).length) out.properties = properties;
  if (required.length) out.required = required;
  return out;
}

export function toToolSchema(doc: JsonObject, node: Json | undefined, o: SchemaOptions, depth = 0): JsonObject {
  if (depth > MAX_DEPTH) throw new Error(`schema nested more than ${MAX_DEPTH} levels: a $ref cycle?`);
  const s = resolve(doc, node);
  const own = ownPart(doc, s, o, depth);
  if (!Array.isArray(s.allOf)) return own;
  const merged = mergeAll([...s.allOf.map((p) => toToolSchema(doc, p, o, depth + 1)), own]);
  // the composing schema's own words describe it better than those of the parts it reuses
  if (own.description) merged.description = own.description;
  return merged;
}

function ownPart(doc: JsonObject, s: JsonObject, o: SchemaOptions, depth: number): JsonObject {
  const out: JsonObject = {};
  for (const k of KEPT) if (s[k] !== undefined) out[k] = s[k]!;
  const description = withMeanings(s.description, enumMeanings(s));
  if (description) out.description = description;
  else delete out.description;
  if (typeof s.format === 'string' && FORMATS.has(s.format)) out.format = s.format;
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; draft-07 as the bound itself
  if (s.exclusiveMinimum === true && typeof s.minimum === 'number') {
    out.exclusiveMinimum = s.minimum;
    delete out.minimum;
  }
  if (s.exclusiveMaximum === true && typeof s.maximum === 'number') {
    out.exclusiveMaximum = s.maximum;
    delete out.maximum;
  }
  if (s.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  for (const k of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[k])) out[k] = (s[k] as Json[]).map((p) => toToolSchema(doc, p, o, depth + 1));
  }
  if (s.not !== undefined) out.not = toToolSchema(doc, s.not, o, depth + 1);
  if (s.items !== undefined) out.items = toToolSchema(doc, s.items, o, depth + 1);
  if (isObject(s.additionalProperties)) out.additionalProperties = toToolSchema(doc, s.additionalProperties, o, depth + 1);
  else if (typeof s.additionalProperties === 'boolean') out.additionalProperties = s.additionalProperties;
  if (isObject(s.properties)) {
    const properties: JsonObject = {};
    const dropped: string[] = [];
    for (const [name, raw] of Object.entries(s.properties)) {
      const target = resolve(doc, raw);
      if ((o.direction === 'input' && target.readOnly === true) || (o.direction === 'output' && target.writeOnly === true)) {
        dropped.push(name);
        continue;
      }
      // OpenAPI 3.0 ignores siblings of a $ref; the referenced schema's description is the field's
      properties[name] = o.direction === 'output' && isSensitiveKey(name)
        ? secretSchema(target.description)
        : toToolSchema(doc, raw, o, depth + 1);
    }
    out.properties = properties;
    if (Array.isArray(s.required)) {
      const required = s.required.map(String).filter((r) => !dropped.includes(r));
      if (required.length) out.required = required;
    }
  } else if (Array.isArray(s.required) && s.required.length) {
    out.required = s.required;
  }
  return out;
}
