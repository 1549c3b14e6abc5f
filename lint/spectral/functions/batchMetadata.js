// `x-sobot-batch` (docs/vendor-extensions.md) is present on exactly the bulk operations
// listed in the options, and is well-formed:
//   - `itemsPointer` is a JSON pointer ("" = the body itself) to an ARRAY in the request body;
//   - `maxItems` is an integer >= 1; `maxItemsSource` is one of the allowed sources;
//   - when the seed states the limit (`seed`), the array schema says the same `maxItems`;
//     a configurable default must not exceed a `maxItems` the schema declares;
//   - `resultOperation`, if given, is an operationId of this document.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, deref, pointerSegments } from '../../spec-reader/index.js';
import { isArraySchema, mergedProperties, requestBodySchema } from '../lib/schemas.js';

/** Walk a data pointer through a schema (object properties, array items). */
function schemaAtPointer(root, schema, pointer) {
  let node = deref(root, schema);
  for (const segment of pointerSegments(pointer)) {
    if (!node) return undefined;
    node = isArraySchema(node) && /^\d+$/.test(segment) ? deref(root, node.items) : mergedProperties(root, node)[segment];
  }
  return node;
}

function checkBatch(root, operation, batch, { operationIds }) {
  const problems = [];
  const add = (message, key) => problems.push([message, key]);
  // The value's shape is sobot-extension-shape's (lint/spectral/extensions/x-sobot-batch.schema.js):
  // here only what a schema cannot say, and nothing at all of a value that has not the shape.
  const pointer = batch === null || typeof batch !== 'object' ? undefined : batch.itemsPointer;
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) return problems;
  if (batch.resultOperation !== undefined && !operationIds.has(batch.resultOperation)) {
    add(`\`resultOperation\` "${batch.resultOperation}" is not an operationId of this document`, 'resultOperation');
  }
  const body = requestBodySchema(root, operation);
  if (!body) {
    add('the operation has no JSON request body for `itemsPointer` to point into', 'itemsPointer');
    return problems;
  }
  const items = schemaAtPointer(root, body, pointer);
  if (!isArraySchema(items)) {
    add(`\`itemsPointer\` "${pointer}" does not point at an array of the request body`, 'itemsPointer');
    return problems;
  }
  if (Number.isInteger(batch.maxItems)) {
    if (batch.maxItemsSource === 'seed' && items.maxItems !== batch.maxItems) {
      add(`the seed states the limit, so the array schema must declare \`maxItems: ${batch.maxItems}\` (it has ${items.maxItems ?? 'none'})`, 'maxItems');
    } else if (items.maxItems !== undefined && batch.maxItems > items.maxItems) {
      add(`\`maxItems\` ${batch.maxItems} exceeds the array schema's maxItems ${items.maxItems}`, 'maxItems');
    }
  }
  return problems;
}

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension', 'operations'],
      properties: {
        extension: { type: 'string', pattern: '^x-' },
        operations: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function batchMetadata(root, { extension, operations }) {
    const all = listOperations(root);
    const operationIds = new Set(all.map(({ operation }) => operation.operationId));
    const results = [];
    for (const { operation, path } of all) {
      const batch = operation[extension];
      const listed = operations.includes(operation.operationId);
      if (batch === undefined) {
        if (listed) results.push({ message: `bulk operation "${operation.operationId}" lacks \`${extension}\``, path });
        continue;
      }
      if (!listed) {
        results.push({ message: `\`${extension}\` is only for the bulk operations: ${operations.join(', ')}`, path: [...path, extension] });
        continue;
      }
      for (const [message, key] of checkBatch(root, operation, batch, { operationIds })) {
        const at = key !== undefined && batch && typeof batch === 'object' && key in batch;
        results.push({ message, path: at ? [...path, extension, key] : [...path, extension] });
      }
    }
    return results;
  },
);
