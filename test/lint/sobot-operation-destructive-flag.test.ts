import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-operation-destructive-flag';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a write without the flag, a non-boolean, a removing verb/method/listed operation said additive, and a read said destructive', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./delete-method-marked-additive.delete.x-sobot-destructive', 'must be true: HTTP DELETE removes'],
      ['paths./listed-marked-additive.post.x-sobot-destructive', 'must be true: updateSkillGroupMembers is listed as destructive'],
      ['paths./missing.post', '`x-sobot-destructive` is missing: a write must say'],
      ['paths./not-boolean.post.x-sobot-destructive', 'must be a boolean'],
      ['paths./safe-marked-destructive.post.x-sobot-destructive', 'must not be true: the operation is `x-sobot-safe`'],
      ['paths./unbind-marked-additive.post.x-sobot-destructive', 'must be true: verb "unbind" removes'],
    ]);
  });
});
