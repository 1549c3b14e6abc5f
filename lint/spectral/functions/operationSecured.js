// Every operation requires the API's token scheme; only the listed public operations
// (the token endpoint: you cannot need a token to obtain one) opt out, and they must do
// so explicitly with `security: []`, because security is applied globally.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['scheme'],
      properties: {
        scheme: { type: 'string' },
        public: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function operationSecured(root, { scheme, public: publicIds = [] }) {
    const results = [];
    for (const { operation, path } of listOperations(root)) {
      const own = operation.security;
      if (publicIds.includes(operation.operationId)) {
        if (!Array.isArray(own) || own.length !== 0) {
          results.push({
            message: `public operation "${operation.operationId}" must declare \`security: []\``,
            path: own === undefined ? path : [...path, 'security'],
          });
        }
        continue;
      }
      const effective = own !== undefined ? own : root.security;
      const where = own !== undefined ? [...path, 'security'] : path;
      if (!Array.isArray(effective) || effective.length === 0) {
        results.push({ message: `operation must require the "${scheme}" scheme (security is missing or empty)`, path: where });
        continue;
      }
      // Every alternative must include the scheme; an empty alternative `{}` makes auth optional.
      effective.forEach((requirement, index) => {
        if (!requirement || typeof requirement !== 'object' || !Object.prototype.hasOwnProperty.call(requirement, scheme)) {
          const empty = requirement && typeof requirement === 'object' && Object.keys(requirement).length === 0;
          results.push({
            message: empty
              ? `security requirement #${index} is empty, which makes authentication optional`
              : `security requirement #${index} does not include "${scheme}"`,
            path: own !== undefined ? [...path, 'security', index] : ['security', index],
          });
        }
      });
    }
    return results;
  },
);
