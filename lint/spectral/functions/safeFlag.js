// `x-sobot-safe` (see docs/vendor-extensions.md) tells the runtime whether a call may be
// retried after any transient failure. Most Sobot searches are POST, so the HTTP method
// cannot tell; the operationId verb can. The flag must be a boolean on every operation
// and agree with the verb lists and safe HTTP methods given as options; `safeOperations`
// names operations that are safe whatever their verb (issuing a token changes nothing a retry
// could double).

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, operationVerb } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension', 'safeVerbs', 'unsafeVerbs'],
      properties: {
        extension: { type: 'string', pattern: '^x-' },
        safeVerbs: { type: 'array', items: { type: 'string' } },
        unsafeVerbs: { type: 'array', items: { type: 'string' } },
        safeMethods: { type: 'array', items: { type: 'string' } },
        safeOperations: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function safeFlag(root, { extension, safeVerbs, unsafeVerbs, safeMethods = ['get', 'head', 'options'], safeOperations = [] }) {
    const results = [];
    for (const { operation, method, path } of listOperations(root)) {
      const value = operation[extension];
      if (typeof value !== 'boolean') {
        results.push({
          message: value === undefined ? `\`${extension}\` is missing` : `\`${extension}\` must be a boolean`,
          path: value === undefined ? path : [...path, extension],
        });
        continue;
      }
      const verb = operationVerb(operation.operationId);
      let expected;
      let why;
      if (safeOperations.includes(operation.operationId)) [expected, why] = [true, `${operation.operationId} is listed as safe whatever its verb`];
      else if (safeMethods.includes(method)) [expected, why] = [true, `HTTP ${method.toUpperCase()} is safe`];
      else if (safeVerbs.includes(verb)) [expected, why] = [true, `verb "${verb}" only reads`];
      else if (unsafeVerbs.includes(verb)) [expected, why] = [false, `verb "${verb}" writes`];
      if (expected !== undefined && value !== expected) {
        results.push({ message: `\`${extension}\` must be ${expected}: ${why}`, path: [...path, extension] });
      }
    }
    return results;
  },
);
