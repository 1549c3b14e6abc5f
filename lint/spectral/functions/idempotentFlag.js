// `x-sobot-idempotent` must be a boolean on every operation and be `true` exactly when the
// operation takes the idempotency header (docs/vendor-extensions.md): the runtime only
// retries a write when it can re-send the same key.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, findHeader } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension', 'header'],
      properties: {
        extension: { type: 'string', pattern: '^x-' },
        header: { type: 'string' },
      },
    },
  },
  function idempotentFlag(root, { extension, header }) {
    const results = [];
    for (const op of listOperations(root)) {
      const value = op.operation[extension];
      if (typeof value !== 'boolean') {
        results.push({
          message: value === undefined ? `\`${extension}\` is missing` : `\`${extension}\` must be a boolean`,
          path: value === undefined ? op.path : [...op.path, extension],
        });
        continue;
      }
      const hasHeader = findHeader(root, op, header) !== undefined;
      if (value !== hasHeader) {
        results.push({
          message: `\`${extension}\` must be ${hasHeader}: the operation ${hasHeader ? 'takes' : 'does not take'} the "${header}" header`,
          path: [...op.path, extension],
        });
      }
    }
    return results;
  },
);
