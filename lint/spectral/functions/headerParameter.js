// A shared header parameter (timezoneid, language, Idempotency-Key) is offered exactly
// by the operations whose seed section offers it, always through the one shared
// component (so its description/schema cannot drift per operation), with the
// `required` flag the seed gives it. Which operations: rule options, never code —
//   only:   [ids]  these operations must offer it, all others must not;
//   except: [ids]  all operations must offer it except these, which must not;
//   neither:       any operation may offer it (only its form is checked).

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, findHeader, followRefs } from '../../spec-reader/index.js';

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'component', 'required'],
      properties: {
        name: { type: 'string' },
        component: { type: 'string', pattern: '^#/components/parameters/' },
        required: { type: 'boolean' },
        only: { type: 'array', items: { type: 'string' } },
        except: { type: 'array', items: { type: 'string' } },
      },
      // `only` and `except` are alternatives (ajv strict mode wants the properties restated here).
      not: { required: ['only', 'except'], properties: { only: true, except: true } },
    },
  },
  function headerParameter(root, { name, component, required, only, except }) {
    const results = [];
    for (const op of listOperations(root)) {
      const id = op.operation.operationId;
      const expected = only ? only.includes(id) : except ? !except.includes(id) : undefined;
      const entry = findHeader(root, op, name);
      if (!entry) {
        if (expected === true) {
          results.push({ message: `operation "${id}" must offer header "${name}" ($ref: '${component}')`, path: op.path });
        }
        continue;
      }
      if (expected === false) {
        results.push({ message: `operation "${id}" must not offer header "${name}" (its seed section does not)`, path: entry.path });
        continue;
      }
      if (!followRefs(root, entry.raw).chain.includes(component)) {
        results.push({ message: `header "${name}" must be \`$ref: '${component}'\` (the shared component), not an inline or other definition`, path: entry.path });
      }
      if ((entry.parameter.required === true) !== required) {
        results.push({ message: `header "${name}" must have \`required: ${required}\``, path: entry.path });
      }
    }
    return results;
  },
);
