/**
 * A flag's text → the JSON value its schema asks for. Numbers become numbers only when they look
 * like numbers: anything else is passed on as given, and the spec's validator names the field
 * and the rule it breaks (exit 2) — the CLI restates no rule itself.
 */
import { UsageError } from '../errors.js';
import type { JsonObject } from '../spec/load.js';
import { flatten } from '../spec/schema.js';

function scalar(schema: JsonObject, v: string): unknown {
  switch (schema.type) {
    case 'integer':
      return /^[-+]?\d+$/.test(v.trim()) ? Number(v) : v;
    case 'number':
      return v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    case 'boolean':
      return v === '' || /^true$/i.test(v) ? true : /^false$/i.test(v) ? false : v;
    default:
      return v;
  }
}

function json(flag: string, v: string): unknown {
  try {
    return JSON.parse(v);
  } catch (e) {
    throw new UsageError(`--${flag} expects JSON here: ${(e as Error).message}`);
  }
}

export function flagValue(doc: JsonObject, flag: string, schema: JsonObject, values: string[]): unknown {
  const last = values[values.length - 1]!;
  if (schema.type === 'array') {
    if (values.length === 1 && last.trim().startsWith('[')) return json(flag, last);
    const items = flatten(doc, schema.items);
    return values.map((v) => (items.type === 'object' ? json(flag, v) : scalar(items, v)));
  }
  if (schema.type === 'object') return json(flag, last);
  return scalar(schema, last);
}
