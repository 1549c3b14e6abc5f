// `x-sobot-destructive` (see docs/vendor-extensions.md) says whether a write may delete or
// overwrite what is there (true) or only adds (false). Consumers that act on a user's behalf
// read it: the MCP server turns it into the `destructiveHint` an assistant asks for
// confirmation on. A write must state it either way — a new operation that forgot would
// otherwise pass for additive — and the verbs, HTTP methods and operations given as options
// must say true. A safe operation (`x-sobot-safe: true`) changes nothing, so it may not say true.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, operationVerb } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension', 'safeExtension', 'destructiveVerbs'],
      properties: {
        extension: { type: 'string', pattern: '^x-' },
        safeExtension: { type: 'string', pattern: '^x-' },
        destructiveVerbs: { type: 'array', items: { type: 'string' } },
        destructiveMethods: { type: 'array', items: { type: 'string' } },
        destructiveOperations: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function destructiveFlag(root, { extension, safeExtension, destructiveVerbs, destructiveMethods = ['delete'], destructiveOperations = [] }) {
    const results = [];
    for (const { operation, method, path } of listOperations(root)) {
      const value = operation[extension];
      const at = [...path, extension];
      if (operation[safeExtension] === true) {
        if (value === true) results.push({ message: `\`${extension}\` must not be true: the operation is \`${safeExtension}\` and changes nothing`, path: at });
        else if (value !== undefined && value !== false) results.push({ message: `\`${extension}\` must be a boolean`, path: at });
        continue;
      }
      if (typeof value !== 'boolean') {
        results.push({
          message: value === undefined
            ? `\`${extension}\` is missing: a write must say whether it deletes or overwrites (true) or only adds (false)`
            : `\`${extension}\` must be a boolean`,
          path: value === undefined ? path : at,
        });
        continue;
      }
      const verb = operationVerb(operation.operationId);
      let why;
      if (destructiveOperations.includes(operation.operationId)) why = `${operation.operationId} is listed as destructive`;
      else if (destructiveMethods.includes(method)) why = `HTTP ${method.toUpperCase()} removes`;
      else if (destructiveVerbs.includes(verb)) why = `verb "${verb}" removes`;
      if (why && value !== true) results.push({ message: `\`${extension}\` must be true: ${why}`, path: at });
    }
    return results;
  },
);
