// Enumerating operations and their effective parameters.
//
// Rules that need project-wide knowledge (option lists of operationIds, "every
// operation but X") are given the document root and walk the operations here, so
// that every rule agrees on what an operation is and reports at the same JSON paths.

import { deref } from './refs.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of `root.paths`, with the JSON path of the operation object. */
export function listOperations(root) {
  const result = [];
  const paths = root && typeof root === 'object' ? root.paths : undefined;
  if (paths === null || typeof paths !== 'object') return result;
  for (const [pathKey, pathItem] of Object.entries(paths)) {
    if (pathItem === null || typeof pathItem !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation === null || typeof operation !== 'object') continue;
      result.push({ pathKey, method, pathItem, operation, path: ['paths', pathKey, method] });
    }
  }
  return result;
}

/** The verb an operationId starts with (its leading lowercase run), or ''. */
export function operationVerb(operationId) {
  const match = typeof operationId === 'string' ? /^[a-z]+/.exec(operationId) : null;
  return match ? match[0] : '';
}

/** Header names are case-insensitive (RFC 9110); every other `in` is not. */
function parameterKey(parameter) {
  const name = String(parameter.name);
  return `${parameter.in}:${parameter.in === 'header' ? name.toLowerCase() : name}`;
}

/**
 * The parameters that apply to an operation: path-item level ones, overridden by
 * operation level ones with the same name and location (OpenAPI 3.0 §4.7.10).
 * Each entry: `{ parameter (dereferenced), raw (as written), path (JSON path of raw) }`.
 * Entries whose `$ref` cannot be followed are kept with `parameter: undefined`.
 */
export function effectiveParameters(root, { pathItem, operation, path }) {
  const byKey = new Map();
  const unresolved = [];
  const collect = (list, basePath) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      const entry = { raw, parameter: deref(root, raw), path: [...basePath, 'parameters', index] };
      if (entry.parameter && typeof entry.parameter.name === 'string') {
        byKey.set(parameterKey(entry.parameter), entry);
      } else {
        unresolved.push(entry);
      }
    });
  };
  collect(pathItem.parameters, path.slice(0, -1));
  collect(operation.parameters, path);
  return [...byKey.values(), ...unresolved];
}

/** The effective header parameter named `name` (case-insensitive), or undefined. */
export function findHeader(root, op, name) {
  const wanted = name.toLowerCase();
  return effectiveParameters(root, op).find(
    (entry) => entry.parameter && entry.parameter.in === 'header' && String(entry.parameter.name).toLowerCase() === wanted,
  );
}
