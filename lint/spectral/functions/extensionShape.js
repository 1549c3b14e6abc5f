// The value of an `x-sobot-*` extension has the shape its JSON Schema (lint/spectral/extensions/)
// describes: checked by Spectral's built-in `schema` function against the same schema the
// generator checks and derives the operation row type from, so the shape is written once.
// Whether the value is also TRUE of the operation (paging matches the response, a batch
// pointer reaches an array) is for sobot-list-has-paging and sobot-batch-metadata.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { schema } from '@stoplight/spectral-functions';
import { EXTENSION_SCHEMAS } from '../extensions/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension'],
      properties: { extension: { enum: Object.keys(EXTENSION_SCHEMAS) } },
    },
  },
  function extensionShape(value, { extension }, context) {
    if (value === undefined) return [];
    return schema(value, { schema: EXTENSION_SCHEMAS[extension], allErrors: true }, context);
  },
);
