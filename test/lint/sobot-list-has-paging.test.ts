import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-list-has-paging';

describe(RULE, () => {
  it('accepts the canonical document (both page shapes, a plain array, paging by body or $ref)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags list operations without paging, paging on non-lists, and paging that misdescribes the operation or whose default page size is not marked as ours', async () => {
    const at = (path: string, key?: string) => `paths./${path}.x-sobot-paging${key ? `.${key}` : ''}`;
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./array-without-paging.post', 'list operation "searchB" lacks'],
      [at('malformed.post'), '`sizeParam` must be a non-empty string'],
      [at('malformed.post', 'defaultPageSize'), 'must be an integer >= 1'],
      [at('malformed.post', 'pageSizeMax'), 'unknown key `pageSizeMax`'],
      [at('none-on-page-object.post', 'itemsField'), 'not allowed with shape "none"'],
      [at('none-on-page-object.post', 'shape'), 'requires `data` to be an array'],
      [at('page-shape-on-plain-array.get', 'shape'), 'plain array: use shape "none"'],
      ['paths./page-without-paging.post', 'list operation "searchA" lacks'],
      [at('paging-on-non-list.post'), 'only for list operations'],
      [at('unknown-shape.post', 'shape'), '`shape` must be one of: total, totalCount, none'],
      [at('wrong-shape-and-request.post', 'defaultPageSize'), 'differs from pageSize.default 10'],
      [at('wrong-shape-and-request.post', 'itemsField'), '`data.items` (itemsField) must be an array'],
      [at('wrong-shape-and-request.post', 'maxPageSize'), 'differs from pageSize.maximum 50'],
      [at('wrong-shape-and-request.post', 'pageParam'), 'pageParam "page" is not a request body property or query parameter'],
      [at('wrong-shape-and-request.post', 'shape'), 'requires `data` fields: totalCount, totalPage'],
      [at('vendor-default-undeclared.get', 'defaultPageSize'), 'so pageSize must declare it as its `default`'],
      [at('own-default-declared-as-vendors.get', 'defaultPageSizeSource'), 'yet pageSize.default is 50'],
      [at('unknown-default-source.get', 'defaultPageSizeSource'), 'must be one of: seed, default'],
    ]);
  });
});
