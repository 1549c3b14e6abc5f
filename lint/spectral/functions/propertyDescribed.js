// Every schema property has a non-empty `description` (the generated client and docs
// show it; the seed describes every field). A property that is a bare `$ref` cannot carry
// one in OpenAPI 3.0 (siblings of `$ref` are ignored), so there the target's description
// counts. Runs on the UNRESOLVED document: each definition is reported once, where written.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { followRefs, isRef } from '../../spec-reader/index.js';
import { walkSchemas } from '../lib/schemas.js';

const described = (node) => !!node && typeof node.description === 'string' && node.description.trim() !== '';

export default createRulesetFunction({ input: null, options: null }, function propertyDescribed(root) {
  const results = [];
  walkSchemas(root, (schema, path) => {
    if (!schema.properties || typeof schema.properties !== 'object') return;
    for (const [name, property] of Object.entries(schema.properties)) {
      const ok = isRef(property) ? described(followRefs(root, property).node) : described(property);
      if (!ok) {
        results.push({
          message: isRef(property)
            ? `property "${name}" refers to ${property.$ref}, which has no description`
            : `property "${name}" has no description`,
          path: [...path, 'properties', name],
        });
      }
    }
  });
  return results;
});
