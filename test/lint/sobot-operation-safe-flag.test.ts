import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-operation-safe-flag';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing or non-boolean flag and one that contradicts the verb, the HTTP method or the safe-operation list', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./create-marked-safe.post.x-sobot-safe', 'must be false: verb "create" writes'],
      ['paths./get-method-marked-unsafe.get.x-sobot-safe', 'must be true: HTTP GET is safe'],
      ['paths./missing.post', '`x-sobot-safe` is missing'],
      ['paths./not-boolean.post.x-sobot-safe', 'must be a boolean'],
      ['paths./search-marked-unsafe.post.x-sobot-safe', 'must be true: verb "search" only reads'],
      ['paths./token-marked-unsafe.post.x-sobot-safe', 'must be true: createCompanyToken is listed as safe whatever its verb'],
    ]);
  });
});
