// `x-sobot-sdk-method` (see docs/vendor-extensions.md) names the SDK facade method,
// `sobot.<group>.<method>`, where the group is the operation's tag in camelCase: the spec chooses
// the names, so the SDK keeps no naming rule of its own. It must be a lowerCamelCase identifier
// on every operation. And no two operations may get one name the generator derives
// (lint/spec-reader/names.js): one facade method (tags `Skill groups` and `skill-groups` give one
// group), one CLI command or MCP tool (`getIVRFlow` and `getIvrFlow` give `get-ivr-flow`), or
// one `import <kind>`; the second could not be reached. The generator refuses such a spec with
// the same check; this rule says so in the pull request, at the operation.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations } from '../../spec-reader/index.js';
import { clashMessage, nameClashes, operationNames } from '../../spec-reader/names.js';

const IDENTIFIER = /^[a-z][a-zA-Z0-9]*$/;

export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['extension'],
      properties: { extension: { type: 'string', pattern: '^x-' } },
    },
  },
  function sdkMethod(root, { extension }) {
    const results = [];
    const rows = [];
    for (const { operation, operationId, path } of listOperations(root)) {
      const value = operation[extension];
      let sdkMethod;
      if (value === undefined) {
        results.push({ message: `\`${extension}\` is missing`, path });
      } else if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
        results.push({ message: `\`${extension}\` must be a lowerCamelCase identifier`, path: [...path, extension] });
      } else {
        sdkMethod = value;
      }
      // an operation without an operationId has no names (Spectral's operation-operationId says so)
      if (operationId === undefined) continue;
      const tag = Array.isArray(operation.tags) ? String(operation.tags[0]) : '';
      const names = operationNames({ operationId, tag, bulk: operation['x-sobot-batch'] !== undefined });
      rows.push({ operationId, sdkMethod, tag, path, ...names });
    }
    for (const clash of nameClashes(rows)) {
      const row = rows[clash.index];
      if (clash.kind !== 'facade method') {
        results.push({ message: clashMessage(clash), path: [...row.path, 'operationId'] });
        continue;
      }
      const firstTag = rows.find((r) => r.operationId === clash.first)?.tag;
      const where = firstTag === row.tag
        ? `in tag "${row.tag}" by ${clash.first}`
        : `by ${clash.first}, whose tag "${firstTag}" gives the same group as "${row.tag}"`;
      results.push({ message: `\`${extension}\` "${row.sdkMethod}" is already used ${where} (${clash.name})`, path: [...row.path, extension] });
    }
    return results;
  },
);
