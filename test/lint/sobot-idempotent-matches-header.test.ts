import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-idempotent-matches-header';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing or non-boolean flag and one that disagrees with the Idempotency-Key header', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./false-with-header.post.x-sobot-idempotent', 'must be true: the operation takes the "Idempotency-Key" header'],
      ['paths./missing.post', '`x-sobot-idempotent` is missing'],
      ['paths./not-boolean.post.x-sobot-idempotent', 'must be a boolean'],
      ['paths./true-without-header.post.x-sobot-idempotent', 'must be false: the operation does not take'],
    ]);
  });
});
