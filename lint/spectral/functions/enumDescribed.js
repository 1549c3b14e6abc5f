// Every `enum` is explained: `x-enum-descriptions` is an array of non-empty strings,
// one per enum value, in the same order (Sobot enums are mostly bare integers such as
// `agentType: 0|1`, meaningless without it). `x-enum-varnames`, when present, must be
// aligned too and hold unique identifiers (generators turn them into constant names).

import { createRulesetFunction } from '@stoplight/spectral-core';
import { walkSchemas } from '../lib/schemas.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export default createRulesetFunction({ input: null, options: null }, function enumDescribed(root) {
  const results = [];
  walkSchemas(root, (schema, path) => {
    const descriptions = schema['x-enum-descriptions'];
    const varnames = schema['x-enum-varnames'];
    if (!Array.isArray(schema.enum)) {
      for (const key of ['x-enum-descriptions', 'x-enum-varnames']) {
        if (schema[key] !== undefined) results.push({ message: `\`${key}\` without an \`enum\``, path: [...path, key] });
      }
      return;
    }
    const count = schema.enum.length;
    if (!Array.isArray(descriptions)) {
      results.push({ message: `enum of ${count} value(s) has no \`x-enum-descriptions\``, path: [...path, 'enum'] });
    } else if (descriptions.length !== count) {
      results.push({
        message: `\`x-enum-descriptions\` has ${descriptions.length} entries for ${count} enum value(s)`,
        path: [...path, 'x-enum-descriptions'],
      });
    } else {
      descriptions.forEach((d, i) => {
        if (typeof d !== 'string' || d.trim() === '') {
          results.push({ message: `\`x-enum-descriptions[${i}]\` must be a non-empty string`, path: [...path, 'x-enum-descriptions', i] });
        }
      });
    }
    if (varnames !== undefined) {
      if (!Array.isArray(varnames) || varnames.length !== count) {
        results.push({ message: `\`x-enum-varnames\` must have ${count} entries, one per enum value`, path: [...path, 'x-enum-varnames'] });
      } else {
        varnames.forEach((v, i) => {
          if (typeof v !== 'string' || !IDENTIFIER.test(v) || varnames.indexOf(v) !== i) {
            results.push({ message: `\`x-enum-varnames[${i}]\` must be a unique identifier`, path: [...path, 'x-enum-varnames', i] });
          }
        });
      }
    }
  });
  return results;
});
