// Failure responses (by default `401` — the only status the vendor documents — and
// `default`) must exist and carry the shared error envelope, so clients keep the whole
// envelope on an error. Checked on the UNRESOLVED document to see the `$ref` target.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, followRefs, deref, isRef } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['errorEnvelope', 'codes'],
      properties: {
        errorEnvelope: { type: 'string' },
        codes: { type: 'array', items: { type: 'string' }, minItems: 1 },
        exempt: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function envelopeFailure(root, { errorEnvelope, codes, exempt = [] }) {
    const results = [];
    for (const { operation, path } of listOperations(root)) {
      if (exempt.includes(operation.operationId)) continue;
      const responses = operation.responses && typeof operation.responses === 'object' ? operation.responses : {};
      for (const code of codes) {
        const rawResponse = responses[code];
        if (rawResponse === undefined) {
          results.push({ message: `response "${code}" is missing`, path: operation.responses ? [...path, 'responses'] : path });
          continue;
        }
        const responsePath = [...path, 'responses', code];
        const response = deref(root, rawResponse);
        const content = response && response.content;
        if (!content || typeof content !== 'object' || Object.keys(content).length === 0) {
          results.push({ message: `response "${code}" has no content`, path: responsePath });
          continue;
        }
        for (const [mediaType, media] of Object.entries(content)) {
          if (!followRefs(root, media && media.schema).chain.includes(errorEnvelope)) {
            results.push({
              message: `response "${code}" ${mediaType} schema must be \`$ref: '${errorEnvelope}'\``,
              path: isRef(rawResponse) ? responsePath : [...responsePath, 'content', mediaType, 'schema'],
            });
          }
        }
      }
    }
    return results;
  },
);
