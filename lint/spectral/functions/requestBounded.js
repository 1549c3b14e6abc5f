// Every value a client SENDS is bounded, so that generators, validators and fuzzers know
// the largest value the contract allows: a request string has `maxLength`, `pattern`,
// `enum` or `const`; a request integer or number has `maximum`, `exclusiveMaximum`,
// `enum` or `const`; a request array has `maxItems`. Responses are not checked: the
// contract describes what the vendor returns and must not refuse real data.
//
// A value that is deliberately open carries the `exemptExtension` (`x-sobot-unbounded`)
// with the reason as a non-empty string; an empty or non-string reason is itself a finding.
//
// Request schemas are reached from every operation's parameters and request body, through
// `$ref`s, properties, items, additionalProperties and allOf/anyOf/oneOf members. Runs on
// the UNRESOLVED document: each schema is reported once, where it is written (a shared
// component once, however many operations use it), and the message names one operation
// that sends it.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { effectiveParameters, listOperations, isRef, pointerSegments, resolveLocalRef } from '../../spec-reader/index.js';

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];

/** The keywords that bound a value of each JSON type, in the order the message lists them. */
const BOUNDS = {
  string: ['maxLength', 'pattern', 'enum', 'const'],
  integer: ['maximum', 'exclusiveMaximum', 'enum', 'const'],
  number: ['maximum', 'exclusiveMaximum', 'enum', 'const'],
  array: ['maxItems'],
};

/** `#/components/schemas/X` → ['components', 'schemas', 'X'] (local refs only). */
function refPath(ref) {
  return pointerSegments(ref.slice(1), { uriFragment: true });
}

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['exemptExtension'],
      properties: { exemptExtension: { type: 'string', pattern: '^x-' } },
    },
  },
  function requestBounded(root, { exemptExtension }) {
    const results = [];
    const seen = new Set();

    const visit = (node, path, operationId) => {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
      if (isRef(node)) {
        if (!node.$ref.startsWith('#/')) return;
        visit(resolveLocalRef(root, node.$ref), refPath(node.$ref), operationId);
        return;
      }
      const key = path.join('\u0000');
      if (seen.has(key)) return;
      seen.add(key);

      const reason = node[exemptExtension];
      if (reason !== undefined && (typeof reason !== 'string' || reason.trim() === '')) {
        results.push({ message: `\`${exemptExtension}\` must give the reason as a non-empty string`, path: [...path, exemptExtension] });
      }
      const bounds = BOUNDS[node.type];
      if (bounds && reason === undefined && !bounds.some((k) => node[k] !== undefined)) {
        results.push({
          message: `request ${node.type} (sent by ${operationId}) is unbounded: give it ${bounds.join(', ')} — or \`${exemptExtension}: "<reason>"\``,
          path,
        });
      }

      if (node.properties && typeof node.properties === 'object') {
        for (const [name, child] of Object.entries(node.properties)) visit(child, [...path, 'properties', name], operationId);
      }
      if (node.items) visit(node.items, [...path, 'items'], operationId);
      if (node.additionalProperties && typeof node.additionalProperties === 'object') {
        visit(node.additionalProperties, [...path, 'additionalProperties'], operationId);
      }
      for (const list of SUBSCHEMA_LISTS) {
        if (Array.isArray(node[list])) node[list].forEach((child, i) => visit(child, [...path, list, i], operationId));
      }
    };

    const visitContent = (content, path, operationId) => {
      if (content === null || typeof content !== 'object') return;
      for (const [mediaType, media] of Object.entries(content)) {
        if (media && typeof media === 'object') visit(media.schema, [...path, 'content', mediaType, 'schema'], operationId);
      }
    };

    for (const op of listOperations(root)) {
      const operationId = op.operation.operationId ?? op.path.join(' ');
      for (const entry of effectiveParameters(root, op)) {
        if (!entry.parameter) continue;
        // where the parameter is written: its component, or inline in the operation
        const at = isRef(entry.raw) && entry.raw.$ref.startsWith('#/') ? refPath(entry.raw.$ref) : entry.path;
        visit(entry.parameter.schema, [...at, 'schema'], operationId);
        visitContent(entry.parameter.content, at, operationId);
      }
      let body = op.operation.requestBody;
      let bodyPath = [...op.path, 'requestBody'];
      if (isRef(body) && body.$ref.startsWith('#/')) {
        bodyPath = refPath(body.$ref);
        body = resolveLocalRef(root, body.$ref);
      }
      if (body && typeof body === 'object') visitContent(body.content, bodyPath, operationId);
    }
    return results;
  },
);
