// The success response of every operation is the Sobot envelope carrying `data`:
//   allOf: [ {$ref: <envelope>}, {type: object, required: [data], properties: {data: ...}} ]
// Checked on the UNRESOLVED document, because "is it the shared Envelope?" is a question
// about the `$ref` target name, which resolution erases. Response- and schema-level refs
// to named components are followed (a response may be `$ref: #/components/responses/X`,
// a schema may be `$ref: #/components/schemas/AgentSettingResult` that is the allOf).

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, followRefs, deref, isRef } from '../../spec-reader/index.js';
import { successCode } from '../lib/schemas.js';

/** Problems with one success schema, or [] when it is the envelope with `data`. */
function checkEnvelopeSchema(root, schema, envelope, dataProperty) {
  const { node, chain } = followRefs(root, schema);
  if (!node) return [`schema ${chain.at(-1) ?? ''} cannot be resolved`];
  if (!Array.isArray(node.allOf)) return [`schema must be \`allOf: [{$ref: '${envelope}'}, {…data}]\``];
  const problems = [];
  if (!node.allOf.some((member) => followRefs(root, member).chain.includes(envelope))) {
    problems.push(`allOf must include \`$ref: '${envelope}'\``);
  }
  const payload = node.allOf
    .filter((member) => !followRefs(root, member).chain.includes(envelope))
    .map((member) => deref(root, member))
    .find((member) => member && member.properties && member.properties[dataProperty] !== undefined);
  if (!payload) {
    problems.push(`allOf must include an object member declaring \`properties.${dataProperty}\``);
  } else {
    if (payload.type !== 'object') problems.push(`the \`${dataProperty}\` member of allOf must be \`type: object\``);
    if (!Array.isArray(payload.required) || !payload.required.includes(dataProperty)) {
      problems.push(`the \`${dataProperty}\` member of allOf must list "${dataProperty}" in \`required\``);
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
      required: ['envelope'],
      properties: {
        envelope: { type: 'string' },
        dataProperty: { type: 'string' },
        exempt: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  function envelopeSuccess(root, { envelope, dataProperty = 'data', exempt = [] }) {
    const results = [];
    for (const { operation, path } of listOperations(root)) {
      if (exempt.includes(operation.operationId)) continue;
      const code = successCode(operation.responses);
      if (code === undefined) {
        results.push({ message: 'operation has no 2xx response', path: operation.responses ? [...path, 'responses'] : path });
        continue;
      }
      const responsePath = [...path, 'responses', code];
      const rawResponse = operation.responses[code];
      const response = deref(root, rawResponse);
      const content = response && response.content;
      if (!content || typeof content !== 'object' || Object.keys(content).length === 0) {
        results.push({ message: `response ${code} has no content`, path: responsePath });
        continue;
      }
      for (const [mediaType, media] of Object.entries(content)) {
        // Report inside the operation when the response is inline, at its $ref otherwise.
        const where = isRef(rawResponse) ? responsePath : [...responsePath, 'content', mediaType, 'schema'];
        for (const problem of checkEnvelopeSchema(root, media && media.schema, envelope, dataProperty)) {
          results.push({ message: `${code} ${mediaType}: ${problem}`, path: where });
        }
      }
    }
    return results;
  },
);
