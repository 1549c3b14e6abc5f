import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-operation-tag';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags missing, multiple, unknown and misused reserved tags', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./empty-tags.get.tags', 'exactly one tag, has 0'],
      ['paths./no-tags.get', 'exactly one tag, has 0'],
      ['paths./reserved-tag.get.tags.0', '"Authentication" is reserved for createCompanyToken'],
      ['paths./tokens/company.post.tags.0', 'must be tagged "Authentication", not "Agents"'],
      ['paths./two-tags.get.tags', 'exactly one tag, has 2'],
      ['paths./unknown-tag.get.tags.0', 'tag "Misc" is not one of'],
    ]);
  });
});
