// Walking schemas and reading the shape of a response's `data`, on top of the one spec
// reader (lint/spec-reader/): what lint rules need beyond it, nothing it already does.

import { deref, isRef, listOperations, mergedProperties } from '../../spec-reader/index.js';

export { mergedProperties };

const SUBSCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf'];

/**
 * Visit every inline schema of an UNRESOLVED document exactly once:
 * `visit(schema, jsonPath)`. A `$ref` is not entered — its target is visited where it
 * is defined (components), so each definition is reported once, at its own location.
 * Examples are never entered (an example value may contain keys like "properties").
 */
export function walkSchemas(root, visit) {
  const walk = (schema, path) => {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || isRef(schema)) return;
    visit(schema, path);
    if (schema.properties && typeof schema.properties === 'object') {
      for (const [name, child] of Object.entries(schema.properties)) walk(child, [...path, 'properties', name]);
    }
    if (schema.items) walk(schema.items, [...path, 'items']);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      walk(schema.additionalProperties, [...path, 'additionalProperties']);
    }
    if (schema.not) walk(schema.not, [...path, 'not']);
    for (const key of SUBSCHEMA_LISTS) {
      if (Array.isArray(schema[key])) schema[key].forEach((child, i) => walk(child, [...path, key, i]));
    }
  };
  const walkContent = (content, path) => {
    if (content === null || typeof content !== 'object') return;
    for (const [mediaType, media] of Object.entries(content)) {
      if (media && typeof media === 'object') walk(media.schema, [...path, 'content', mediaType, 'schema']);
    }
  };
  const walkParameter = (parameter, path) => {
    if (parameter === null || typeof parameter !== 'object' || isRef(parameter)) return;
    walk(parameter.schema, [...path, 'schema']);
    walkContent(parameter.content, path);
  };
  const walkHeaders = (headers, path) => {
    if (headers === null || typeof headers !== 'object') return;
    for (const [name, header] of Object.entries(headers)) walkParameter(header, [...path, 'headers', name]);
  };
  const walkResponse = (response, path) => {
    if (response === null || typeof response !== 'object' || isRef(response)) return;
    walkContent(response.content, path);
    walkHeaders(response.headers, path);
  };

  const components = root && typeof root === 'object' && root.components ? root.components : {};
  for (const [name, schema] of Object.entries(components.schemas ?? {})) walk(schema, ['components', 'schemas', name]);
  for (const [name, p] of Object.entries(components.parameters ?? {})) walkParameter(p, ['components', 'parameters', name]);
  for (const [name, h] of Object.entries(components.headers ?? {})) walkParameter(h, ['components', 'headers', name]);
  for (const [name, r] of Object.entries(components.responses ?? {})) walkResponse(r, ['components', 'responses', name]);
  for (const [name, b] of Object.entries(components.requestBodies ?? {})) {
    if (b && !isRef(b)) walkContent(b.content, ['components', 'requestBodies', name]);
  }

  const seenPathItems = new Set();
  for (const op of listOperations(root)) {
    const pathItemPath = op.path.slice(0, -1).join('\u0000');
    if (!seenPathItems.has(pathItemPath)) {
      seenPathItems.add(pathItemPath);
      (op.pathItem.parameters ?? []).forEach((p, i) => walkParameter(p, [...op.path.slice(0, -1), 'parameters', i]));
    }
    (op.operation.parameters ?? []).forEach((p, i) => walkParameter(p, [...op.path, 'parameters', i]));
    const body = op.operation.requestBody;
    if (body && !isRef(body)) walkContent(body.content, [...op.path, 'requestBody']);
    for (const [code, response] of Object.entries(op.operation.responses ?? {})) {
      walkResponse(response, [...op.path, 'responses', code]);
    }
  }
}

/** True when a (dereferenced) schema describes a JSON array. */
export function isArraySchema(schema) {
  return !!schema && typeof schema === 'object' && (schema.type === 'array' || schema.items !== undefined);
}

/** The (lowest) 2xx status code key of a responses object, or undefined. */
export function successCode(responses) {
  if (!responses || typeof responses !== 'object') return undefined;
  return Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/i.test(code))
    .sort()[0];
}

/** The first schema of a (dereferenced) response/request-body `content`, or undefined. */
export function firstContentSchema(root, holder) {
  const node = deref(root, holder);
  const content = node && typeof node === 'object' ? node.content : undefined;
  if (!content || typeof content !== 'object') return undefined;
  for (const media of Object.values(content)) {
    if (media && typeof media === 'object' && media.schema) return deref(root, media.schema);
  }
  return undefined;
}

/**
 * The schema of the success response's `data` field (envelope `allOf` merged), or
 * undefined when the operation has no 2xx JSON body or no `data` field.
 */
export function successDataSchema(root, operation) {
  const code = successCode(operation.responses);
  if (code === undefined) return undefined;
  const schema = firstContentSchema(root, operation.responses[code]);
  if (!schema) return undefined;
  return mergedProperties(root, schema).data;
}

/** The request body's top-level schema (dereferenced), or undefined. */
export function requestBodySchema(root, operation) {
  return operation.requestBody ? firstContentSchema(root, operation.requestBody) : undefined;
}
