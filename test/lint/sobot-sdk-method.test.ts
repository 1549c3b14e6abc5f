import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-sdk-method';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing name, a name that is no identifier, and a name taken twice in one tag', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./missing.post', '`x-sobot-sdk-method` is missing'],
      ['paths./not-an-identifier.post.x-sobot-sdk-method', 'must be a lowerCamelCase identifier'],
      ['paths./same-name-same-tag.post.x-sobot-sdk-method', 'already used in tag "Numbers" by searchC'],
    ]);
  });
});
