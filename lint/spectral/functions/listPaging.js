// `x-sobot-paging` (docs/vendor-extensions.md) is present on exactly the read operations
// (`x-sobot-safe: true`) whose success `data` is a list — a plain array, or a page object (`list` plus page
// fields) — and describes that response and its request truthfully:
//   - `shape` names the page object actually returned (`none` = a plain array);
//   - `itemsField` is an array field of `data`; the shape's page fields all exist;
//   - `pageParam`/`sizeParam` are request fields (body property or query parameter);
//   - `defaultPageSize`/`maxPageSize` agree with the size field's `default`/`maximum`: a vendor
//     default (`defaultPageSizeSource: seed`, the default) must be the size field's `default`;
//     one of ours (`defaultPageSizeSource: default`, for a request that requires a size) must not
//     be, since the schema `default` says what the server does when the field is absent.
// Page shapes are options, so the ruleset — not this code — says what a page looks like.

import { createRulesetFunction } from '@stoplight/spectral-core';
import { listOperations, effectiveParameters, deref } from '../../spec-reader/index.js';
import { isArraySchema, mergedProperties, requestBodySchema, successDataSchema } from '../lib/schemas.js';

const PLAIN = 'none';

/** The schema of request field `name`: a body property first, else a query parameter. */
function requestField(root, op, name) {
  const body = mergedProperties(root, requestBodySchema(root, op.operation));
  if (body[name]) return body[name];
  const query = effectiveParameters(root, op).find((e) => e.parameter && e.parameter.in === 'query' && e.parameter.name === name);
  return query ? deref(root, query.parameter.schema) ?? {} : undefined;
}

function isPositiveInteger(value) {
  return Number.isInteger(value) && value >= 1;
}

/** Problems as [message, key-under-the-extension-or-undefined]. */
function checkPaging(root, op, paging, data, { listField, shapes }) {
  const problems = [];
  const add = (message, key) => problems.push([message, key]);
  // The value's shape is sobot-extension-shape's (lint/spectral/extensions/x-sobot-paging.schema.js):
  // here only what a schema cannot say, and nothing at all of a value that has not the shape.
  if (paging === null || typeof paging !== 'object' || Array.isArray(paging)) return problems;
  if (![...Object.keys(shapes), PLAIN].includes(paging.shape)) return problems;

  if (paging.shape === PLAIN) {
    if (!isArraySchema(data)) add(`shape "${PLAIN}" requires \`data\` to be an array`, 'shape');
    return problems;
  }

  for (const key of ['pageParam', 'sizeParam', 'itemsField']) if (typeof paging[key] !== 'string' || paging[key] === '') return problems;
  if (!isPositiveInteger(paging.defaultPageSize)) return problems;
  if (paging.defaultPageSizeSource !== undefined && !['seed', 'default'].includes(paging.defaultPageSizeSource)) return problems;
  if (isPositiveInteger(paging.maxPageSize) && paging.maxPageSize < paging.defaultPageSize) {
    add('`maxPageSize` must not be smaller than `defaultPageSize`', 'maxPageSize');
  }

  // The response must be the page object the shape names.
  const fields = isArraySchema(data) ? {} : mergedProperties(root, data);
  if (isArraySchema(data)) add(`\`data\` is a plain array: use shape "${PLAIN}"`, 'shape');
  else {
    if (!isArraySchema(fields[paging.itemsField])) add(`\`data.${paging.itemsField}\` (itemsField) must be an array`, 'itemsField');
    const missing = shapes[paging.shape].filter((field) => !fields[field]);
    if (missing.length > 0) add(`shape "${paging.shape}" requires \`data\` fields: ${missing.join(', ')}`, 'shape');
  }

  // The request must accept the page and size fields, with matching default/maximum.
  const pageField = requestField(root, op, paging.pageParam);
  if (!pageField) add(`pageParam "${paging.pageParam}" is not a request body property or query parameter`, 'pageParam');
  const sizeField = requestField(root, op, paging.sizeParam);
  if (!sizeField) add(`sizeParam "${paging.sizeParam}" is not a request body property or query parameter`, 'sizeParam');
  else {
    const ours = paging.defaultPageSizeSource === 'default';
    if (ours && sizeField.default !== undefined) {
      add(
        `\`defaultPageSizeSource: default\` says the vendor has no default page size, yet ${paging.sizeParam}.default is ${sizeField.default}`,
        'defaultPageSizeSource',
      );
    } else if (!ours && sizeField.default === undefined) {
      add(
        `\`defaultPageSize\` ${paging.defaultPageSize} is the vendor's (defaultPageSizeSource seed), so ${paging.sizeParam} must declare it as its \`default\``,
        'defaultPageSize',
      );
    } else if (!ours && sizeField.default !== paging.defaultPageSize) {
      add(`\`defaultPageSize\` ${paging.defaultPageSize} differs from ${paging.sizeParam}.default ${sizeField.default}`, 'defaultPageSize');
    }
    if (sizeField.maximum !== undefined && paging.maxPageSize !== undefined && sizeField.maximum !== paging.maxPageSize) {
      add(`\`maxPageSize\` ${paging.maxPageSize} differs from ${paging.sizeParam}.maximum ${sizeField.maximum}`, 'maxPageSize');
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
      required: ['extension', 'listField', 'shapes'],
      properties: {
        extension: { type: 'string', pattern: '^x-' },
        listField: { type: 'string' },
        shapes: {
          type: 'object',
          minProperties: 1,
          additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1 },
        },
      },
    },
  },
  function listPaging(root, options) {
    const { extension, listField, shapes } = options;
    const pageFields = new Set(Object.values(shapes).flat());
    const results = [];
    for (const op of listOperations(root)) {
      const data = successDataSchema(root, op.operation);
      const fields = data && !isArraySchema(data) ? mergedProperties(root, data) : {};
      // A page object: the list field plus at least one page field. An object that merely
      // has a `list` (e.g. updateSkillGroups echoing its input) is not a page.
      // Only reads list: a write answering with an array (e.g. the ids it created) has
      // nothing to page through.
      const isList =
        op.operation['x-sobot-safe'] === true &&
        (isArraySchema(data) || (isArraySchema(fields[listField]) && Object.keys(fields).some((f) => pageFields.has(f))));
      const paging = op.operation[extension];
      if (paging === undefined) {
        if (isList) results.push({ message: `list operation "${op.operation.operationId}" lacks \`${extension}\``, path: op.path });
        continue;
      }
      if (!isList) {
        results.push({
          message: `\`${extension}\` is only for list operations, and \`data\` here is neither an array nor a page object`,
          path: [...op.path, extension],
        });
        continue;
      }
      for (const [message, key] of checkPaging(root, op, paging, data, options)) {
        // Point at the offending key when it is written, else at the extension itself.
        const at = key !== undefined && paging && typeof paging === 'object' && key in paging;
        results.push({ message, path: at ? [...op.path, extension, key] : [...op.path, extension] });
      }
    }
    return results;
  },
);
