// Every parameter (and response header) has a non-empty `description`. Checked where
// each is defined: a `$ref` entry is skipped, its target component is checked itself.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { isRef, listOperations } from '../../spec-reader/index.js';

const described = (node) => typeof node.description === 'string' && node.description.trim() !== '';

export default createRulesetFunction({ input: null, options: null }, function parameterDescribed(root) {
  const results = [];
  const check = (node, path, label) => {
    if (node === null || typeof node !== 'object' || isRef(node) || described(node)) return;
    results.push({ message: `${label} "${node.name ?? path.at(-1)}" has no description`, path });
  };
  const checkList = (list, basePath) => {
    if (Array.isArray(list)) list.forEach((p, i) => check(p, [...basePath, 'parameters', i], 'parameter'));
  };
  const checkHeaders = (response, basePath) => {
    if (!response || isRef(response) || !response.headers) return;
    for (const [name, header] of Object.entries(response.headers)) check(header, [...basePath, 'headers', name], 'header');
  };

  const components = (root && root.components) || {};
  for (const [name, p] of Object.entries(components.parameters ?? {})) check(p, ['components', 'parameters', name], 'parameter');
  for (const [name, h] of Object.entries(components.headers ?? {})) check(h, ['components', 'headers', name], 'header');
  for (const [name, r] of Object.entries(components.responses ?? {})) checkHeaders(r, ['components', 'responses', name]);

  const seenPathItems = new Set();
  for (const { pathItem, operation, path } of listOperations(root)) {
    const itemPath = path.slice(0, -1);
    if (!seenPathItems.has(itemPath[1])) {
      seenPathItems.add(itemPath[1]);
      checkList(pathItem.parameters, itemPath);
    }
    checkList(operation.parameters, path);
    for (const [code, response] of Object.entries(operation.responses ?? {})) checkHeaders(response, [...path, 'responses', code]);
  }
  return results;
});
