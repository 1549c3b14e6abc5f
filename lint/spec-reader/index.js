// The one reader of an OpenAPI 3.0 document in this project.
//
// The generator, the CLI, the MCP server, the docs build, the tests and the Spectral
// functions all ask this module what an operation is, where a `$ref` points and what
// an `allOf` adds up to, so that they cannot disagree (they did: the generator knew five
// HTTP methods and ignored path-level parameters while lint knew eight and honoured them).
// Plain ESM JavaScript without dependencies because Spectral loads custom functions as
// plain JS, and it lives under lint/ because lint/ is shipped for reuse. Loading a file
// is in ./load.js, so a lint function never pulls in a YAML parser.

import { pointerSegments } from './pointer.js';

// The pointer codec is its own file so that the SDK can bundle it without the rest of the reader.
export { decodePointerSegment, encodePointerSegment, pointerSegments } from './pointer.js';

/** Every operation key a Path Item Object may hold (OpenAPI 3.0.3 §4.7.9). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A plain object (not null, not an array). */
export function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A Reference Object: `{ $ref: string }`. */
export function isRef(node) {
  return isObject(node) && typeof node.$ref === 'string';
}

/** The node at `pointer` in `root`, or undefined when a segment is missing. */
export function atPointer(root, pointer, options) {
  let node = root;
  for (const key of pointerSegments(pointer, options)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** The node a local `#/…` reference points at, or undefined (external, malformed or dangling). */
export function resolveLocalRef(root, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const fragment = ref.slice(1);
  if (fragment !== '' && !fragment.startsWith('/')) return undefined;
  try {
    return atPointer(root, fragment, { uriFragment: true });
  } catch {
    return undefined; // a malformed %-escape: nothing to point at
  }
}

/**
 * Follow a chain of `$ref`s starting at `node`. Returns `{ node, chain }`: the first node
 * that is not a reference (undefined when a reference is external, dangling or circular)
 * and every `$ref` met on the way, in order, so a caller can ask "does this lead to
 * #/components/schemas/X?".
 */
export function followRefs(root, node) {
  const chain = [];
  let current = node;
  while (isRef(current)) {
    if (chain.includes(current.$ref)) return { node: undefined, chain };
    chain.push(current.$ref);
    current = resolveLocalRef(root, current.$ref);
  }
  return { node: current, chain };
}

/** The dereferenced node, or undefined when a reference cannot be followed. */
export function deref(root, node) {
  return followRefs(root, node).node;
}

/** As `deref`, but a reference that cannot be followed is an error naming it (for build tools). */
export function derefStrict(root, node) {
  const { node: target, chain } = followRefs(root, node);
  if (target === undefined && chain.length > 0) {
    const last = chain[chain.length - 1];
    // followRefs stops early on a loop, so a last reference that does point somewhere closed one
    const reason = resolveLocalRef(root, last) !== undefined
      ? 'is circular'
      : last.startsWith('#') ? 'points at nothing' : 'is not local (only #/… references are followed)';
    throw new Error(`$ref ${last} ${reason}${chain.length > 1 ? ` (via ${chain.slice(0, -1).join(' → ')})` : ''}`);
  }
  return target;
}

/**
 * Every operation of `root.paths`, in document order, for every method OpenAPI allows.
 * Each entry: `{ operationId, method, pathKey, pathItem, operation, path }` where `pathKey`
 * is the URL template (`/agents/{id}`) and `path` the JSON path of the operation object
 * (`['paths', pathKey, method]`), where Spectral reports. A `$ref`'d path item is followed.
 */
export function listOperations(root) {
  const result = [];
  const paths = isObject(root) ? root.paths : undefined;
  if (!isObject(paths)) return result;
  for (const [pathKey, rawItem] of Object.entries(paths)) {
    const pathItem = deref(root, rawItem);
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
      result.push({ operationId, method, pathKey, pathItem, operation, path: ['paths', pathKey, method] });
    }
  }
  return result;
}

/** The operation at `method` of path `pathKey` (as listOperations gives it), or undefined. */
export function findOperation(root, method, pathKey) {
  return listOperations(root).find((op) => op.method === method && op.pathKey === pathKey);
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
 * The parameters that apply to an operation: path-item level ones, overridden by operation
 * level ones with the same name and location (OpenAPI 3.0.3 §4.7.10), path-item ones first.
 * Each entry: `{ parameter (dereferenced), raw (as written), path (JSON path of raw) }`.
 * Entries whose `$ref` cannot be followed are kept, last, with `parameter: undefined`.
 */
export function effectiveParameters(root, { pathItem, operation, path }) {
  const byKey = new Map();
  const unresolved = [];
  const collect = (list, basePath) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      const entry = { raw, parameter: deref(root, raw), path: [...basePath, 'parameters', index] };
      if (isObject(entry.parameter) && typeof entry.parameter.name === 'string') {
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

/**
 * A schema with its `$ref` followed and its `allOf` members merged into one object:
 * properties and required united (the schema's own first, then each member's, merged
 * the same way, in order), `type` the last one given, `description` the schema's own
 * else the first member's. `{}` when the node is not a schema. A member already being
 * merged (a cycle) adds nothing.
 */
export function mergeAllOf(root, node, seen = new Set()) {
  const schema = deref(root, node);
  if (!isObject(schema) || seen.has(schema)) return {};
  if (!Array.isArray(schema.allOf)) return schema;
  seen.add(schema);
  const out = { ...schema, properties: {}, required: [] };
  delete out.allOf;
  for (const part of [schema, ...schema.allOf.map((member) => mergeAllOf(root, member, seen))]) {
    if (part.type) out.type = part.type;
    if (part.description && !out.description) out.description = part.description;
    Object.assign(out.properties, isObject(part.properties) ? part.properties : {});
    out.required.push(...(Array.isArray(part.required) ? part.required : []));
  }
  seen.delete(schema);
  return out;
}

/** The properties a schema declares, `allOf` merged, each one dereferenced. */
export function mergedProperties(root, node) {
  const merged = mergeAllOf(root, node);
  const out = {};
  for (const [name, child] of Object.entries(isObject(merged.properties) ? merged.properties : {})) {
    out[name] = deref(root, child);
  }
  return out;
}
