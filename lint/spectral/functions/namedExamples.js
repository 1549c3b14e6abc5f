// Every request-body and response media type carries named `examples` (at least
// `min`), each with a `value`, an `externalValue` or a `$ref` to components/examples.
// Named examples — not the single `example` — because mock servers (Prism), docs and
// tests pick them by name, and one operation often needs success and edge-case samples.

import { createRulesetFunction } from '@stoplight/spectral-core';

export default createRulesetFunction(
  {
    input: { type: 'object' },
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['min'],
      properties: { min: { type: 'integer', minimum: 1 } },
    },
  },
  function namedExamples(media, { min }, { path }) {
    const results = [];
    if (media.example !== undefined) {
      results.push({ message: 'use named `examples`, not the single `example`', path: [...path, 'example'] });
    }
    const examples = media.examples;
    if (examples === null || typeof examples !== 'object' || Array.isArray(examples)) {
      if (media.example === undefined) results.push({ message: `\`examples\` is missing (needs at least ${min} named example)`, path });
      return results;
    }
    const names = Object.keys(examples);
    if (names.length < min) {
      results.push({ message: `\`examples\` has ${names.length} entries, needs at least ${min}`, path: [...path, 'examples'] });
    }
    for (const name of names) {
      const example = examples[name];
      const ok =
        example !== null &&
        typeof example === 'object' &&
        (typeof example.$ref === 'string' || example.value !== undefined || typeof example.externalValue === 'string');
      if (!ok) results.push({ message: `example "${name}" has no \`value\`, \`externalValue\` or \`$ref\``, path: [...path, 'examples', name] });
    }
    return results;
  },
);
