// The x-sobot-* extension schemas (lint/spectral/extensions/) on their own, compiled with ajv as
// the generator compiles them: every value of openapi.yaml passes, and each broken value named
// below fails on the keyword that forbids it. Spectral's report of the same schemas is in
// rule-cases.ts (sobot-extension-shape); its error printer leaves out some ajv errors (an enum
// next to an unknown key), so the rules themselves are pinned here.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXTENSION_SCHEMAS } from '../../lint/spectral/extensions/index.js';

const Ajv = AjvModule.default;
const ajv = new Ajv({ allErrors: true });
const check = (name: keyof typeof EXTENSION_SCHEMAS, value: unknown) => {
  const validate = ajv.getSchema(name) ?? (ajv.addSchema(EXTENSION_SCHEMAS[name], name), ajv.getSchema(name)!);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
};

const doc = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const values = Object.values(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap((item) =>
  Object.values(item).flatMap((op) =>
    (Object.keys(EXTENSION_SCHEMAS) as (keyof typeof EXTENSION_SCHEMAS)[])
      .filter((name) => op?.[name] !== undefined)
      .map((name) => [name, op.operationId as string, op[name]] as const),
  ),
);

describe('x-sobot-* extension schemas', () => {
  it('openapi.yaml uses all three', () => {
    expect(new Set(values.map(([name]) => name))).toEqual(new Set(Object.keys(EXTENSION_SCHEMAS)));
  });

  it.each(values)('%s of %s matches its schema', (name, _id, value) => {
    expect(check(name, value)).toEqual([]);
  });

  const paged = { shape: 'total', pageParam: 'pageNo', sizeParam: 'pageSize', itemsField: 'list', defaultPageSize: 10 };
  const batch = { itemsPointer: '/rows', maxItems: 500, maxItemsSource: 'default' };
  const span = { rule: 'spanMax', kind: 'maxSpanMonths', start: 'from', end: 'to', months: 12 };
  it.each([
    ['x-sobot-paging', { ...paged, shape: 'pages' }, '/shape enum'],
    ['x-sobot-paging', { shape: 'none', itemsField: 'list' }, ' maxProperties'],
    ['x-sobot-paging', { ...paged, pageParam: undefined }, ' required'],
    ['x-sobot-paging', { ...paged, defaultPageSize: 0 }, '/defaultPageSize minimum'],
    ['x-sobot-paging', { ...paged, pageSizeMax: 50 }, ' additionalProperties'],
    ['x-sobot-paging', { ...paged, defaultPageSizeSource: 'guess' }, '/defaultPageSizeSource enum'],
    ['x-sobot-batch', { ...batch, maxItemsSource: 'guess' }, '/maxItemsSource enum'],
    ['x-sobot-batch', { ...batch, itemsPointer: 'rows' }, '/itemsPointer pattern'],
    ['x-sobot-batch', { ...batch, maxItems: 0 }, '/maxItems minimum'],
    ['x-sobot-batch', { ...batch, chunk: 5 }, ' additionalProperties'],
    ['x-sobot-field-rules', [{ ...span, months: undefined }], '/0 required'],
    ['x-sobot-field-rules', [{ ...span, kind: 'startBeforeEnd' }], '/0/kind enum'],
    ['x-sobot-field-rules', [{ ...span, start: '' }], '/0/start minLength'],
    ['x-sobot-field-rules', span, ' type'],
  ] as const)('%s refuses %j (%s)', (name, value, error) => {
    expect(check(name, JSON.parse(JSON.stringify(value)))).toContain(error);
  });
});
