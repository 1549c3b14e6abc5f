// `x-sobot-sdk-method` (see docs/vendor-extensions.md) names the SDK facade method,
// `sobot.<tag>.<method>`: the spec chooses the names, so the SDK keeps no naming rule of its own.
// It must be a lowerCamelCase identifier on every operation and unique within the operation's tag,
// or two operations would compete for one facade method.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations } from '../../spec-reader/index.js';

const IDENTIFIER = /^[a-z][a-zA-Z0-9]*$/;

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension'],
      properties: { extension: { type: 'string', pattern: '^x-' } },
    },
  },
  function sdkMethod(root, { extension }) {
    const results = [];
    const taken = new Map(); // `${tag}\u0000${method}` → operationId
    for (const { operation, path } of listOperations(root)) {
      const value = operation[extension];
      if (value === undefined) {
        results.push({ message: `\`${extension}\` is missing`, path });
        continue;
      }
      if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
        results.push({ message: `\`${extension}\` must be a lowerCamelCase identifier`, path: [...path, extension] });
        continue;
      }
      const tag = Array.isArray(operation.tags) ? String(operation.tags[0]) : '';
      const key = `${tag}\u0000${value}`;
      const other = taken.get(key);
      if (other !== undefined) {
        results.push({ message: `\`${extension}\` "${value}" is already used in tag "${tag}" by ${other}`, path: [...path, extension] });
      } else {
        taken.set(key, operation.operationId);
      }
    }
    return results;
  },
);
