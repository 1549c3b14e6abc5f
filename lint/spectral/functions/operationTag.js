// Every operation carries exactly one tag, and it is one of the API's sections.
// Reserved tags belong to the listed operations only (e.g. `Authentication` is for the
// token operation and nothing else), so a section tag cannot silently absorb it.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['tags'],
      properties: {
        tags: { type: 'array', items: { type: 'string' }, minItems: 1 },
        reserved: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
  function operationTag(root, { tags, reserved = {} }) {
    const results = [];
    const owners = new Map(); // operationId -> reserved tag it must carry
    for (const [tag, ids] of Object.entries(reserved)) for (const id of ids) owners.set(id, tag);

    for (const { operation, path } of listOperations(root)) {
      const id = operation.operationId;
      const opTags = operation.tags;
      if (!Array.isArray(opTags) || opTags.length !== 1) {
        results.push({
          message: `operation must have exactly one tag, has ${Array.isArray(opTags) ? opTags.length : 0}`,
          path: Array.isArray(opTags) ? [...path, 'tags'] : path,
        });
        continue;
      }
      const [tag] = opTags;
      const tagPath = [...path, 'tags', 0];
      if (owners.has(id)) {
        if (tag !== owners.get(id)) {
          results.push({ message: `operation "${id}" must be tagged "${owners.get(id)}", not "${tag}"`, path: tagPath });
        }
      } else if (Object.prototype.hasOwnProperty.call(reserved, tag)) {
        results.push({ message: `tag "${tag}" is reserved for ${reserved[tag].join(', ')}`, path: tagPath });
      } else if (!tags.includes(tag)) {
        results.push({ message: `tag "${tag}" is not one of: ${tags.join(', ')}`, path: tagPath });
      }
    }
    return results;
  },
);
