// Every object in an example uses only properties its schema declares.
//
// Why a Spectral rule when Redocly has `allowAdditionalProperties: false`? Because Redocly
// (v1 and v2 alike) does not apply it at the level of an `allOf` composition — exactly the
// envelope pattern `allOf: [{$ref: Envelope}, {properties: {data}}]` — so an example with
// a stray top-level field (`retMsg`, a typo, a field copied from the vendor page but never
// modelled) passes it. Here the declared set is the union over allOf/oneOf/anyOf members;
// a schema that allows additional properties, or declares no properties, accepts any key.
// Runs on the RESOLVED document (example and schema `$ref`s already replaced).

import { createRulesetFunction } from '@stoplight/spectral-core';

/** { names: Set of declared property names, open: accepts any key, props: name -> schemas[] } */
function declared(schema, seen = new Set()) {
  const result = { names: new Set(), open: false, props: new Map(), closedObject: false };
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return { ...result, open: true };
  seen.add(schema);
  const add = (name, child) => {
    result.names.add(name);
    result.props.set(name, [...(result.props.get(name) ?? []), child]);
  };
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [name, child] of Object.entries(schema.properties)) add(name, child);
    result.closedObject = true;
  }
  if (schema.additionalProperties === false) result.closedObject = true;
  else if (schema.additionalProperties !== undefined) result.open = true;
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const member of Array.isArray(schema[key]) ? schema[key] : []) {
      const inner = declared(member, seen);
      for (const [name, children] of inner.props) for (const child of children) add(name, child);
      result.open ||= inner.open;
      result.closedObject ||= inner.closedObject;
    }
  }
  return result;
}

function check(value, schemas, path, results) {
  if (Array.isArray(value)) {
    const items = schemas.map((s) => s && s.items).filter(Boolean);
    if (items.length > 0) value.forEach((item, i) => check(item, items, [...path, i], results));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  // Schemas that say nothing about keys (e.g. a generic `items: {}` later narrowed by an
  // allOf sibling) are ignored; the rest restrict the keys only if none of them re-opens
  // the object (additionalProperties: true or a schema).
  const info = schemas.map((s) => declared(s)).filter((d) => d.open || d.closedObject);
  if (info.length === 0 || info.some((d) => d.open)) return;
  for (const [key, child] of Object.entries(value)) {
    const childSchemas = info.flatMap((d) => d.props.get(key) ?? []);
    if (childSchemas.length === 0) {
      results.push({ message: `example property "${key}" is not declared by the schema`, path: [...path, key] });
    } else {
      check(child, childSchemas, [...path, key], results);
    }
  }
}

export default createRulesetFunction({ input: { type: 'object' }, options: null }, function exampleProperties(media, _options, { path }) {
  const results = [];
  if (!media.schema) return results;
  if (media.example !== undefined) check(media.example, [media.schema], [...path, 'example'], results);
  if (media.examples && typeof media.examples === 'object') {
    for (const [name, example] of Object.entries(media.examples)) {
      if (example && typeof example === 'object' && 'value' in example) {
        check(example.value, [media.schema], [...path, 'examples', name, 'value'], results);
      }
    }
  }
  return results;
});
