// A rule between fields that the prose states must also be in the schema, or validators,
// generators and fuzzers never see it: an object schema whose description (or one of its
// properties' descriptions) says that one field OR another must be given ("either …",
// "one of them", "when `x` is blank") carries `anyOf`/`oneOf` alternatives — directly, or
// in an `allOf` member — of which at least two `required` something, and a property whose
// own description states the alternative is `required` by one of them.
//
// The phrases are rule options (regular expressions, case-insensitive), so the ruleset —
// not this code — says how this API words an either-or. Runs on the UNRESOLVED document:
// each schema is reported once, where it is written.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { deref } from '../../spec-reader/index.js';
import { walkSchemas } from '../lib/schemas.js';

/** The alternatives of a schema: its own anyOf/oneOf members and those of its allOf members. */
function alternatives(root, schema) {
  const groups = [];
  const collect = (node) => {
    for (const key of ['anyOf', 'oneOf']) {
      if (Array.isArray(node[key])) groups.push(node[key].map((member) => deref(root, member) ?? {}));
    }
  };
  collect(schema);
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const node = deref(root, member);
    if (node && typeof node === 'object') collect(node);
  }
  return groups;
}

const requiredOf = (member) => (Array.isArray(member.required) ? member.required : []);

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['phrases'],
      properties: { phrases: { type: 'array', minItems: 1, items: { type: 'string' } } },
    },
  },
  function eitherOr(root, { phrases }) {
    const patterns = phrases.map((p) => new RegExp(p, 'i'));
    const says = (text) => typeof text === 'string' && patterns.some((re) => re.test(text));
    const results = [];
    walkSchemas(root, (schema, path) => {
      // a property's own description is read from its parent object, which holds the alternatives
      const isObject = schema.type === 'object' || (schema.properties && typeof schema.properties === 'object');
      if (!isObject) return;
      const properties = schema.properties && typeof schema.properties === 'object' ? schema.properties : {};
      const namedInProse = Object.entries(properties)
        .filter(([, property]) => says(property && property.description))
        .map(([name]) => name);
      if (!says(schema.description) && namedInProse.length === 0) return;

      const groups = alternatives(root, schema);
      const real = groups.filter((members) => members.filter((m) => requiredOf(m).length > 0).length >= 2);
      if (real.length === 0) {
        const where = namedInProse.length > 0 ? `the description of ${namedInProse.map((n) => `"${n}"`).join(', ')}` : 'its description';
        results.push({
          message: `${where} states an either-or, but the schema has no anyOf/oneOf whose alternatives each require a field`,
          path,
        });
        return;
      }
      const requiredSomewhere = new Set(real.flat().flatMap(requiredOf));
      for (const name of namedInProse) {
        if (!requiredSomewhere.has(name)) {
          results.push({
            message: `the description of "${name}" states an either-or, but no anyOf/oneOf alternative requires "${name}"`,
            path: [...path, 'properties', name],
          });
        }
      }
    });
    return results;
  },
);
