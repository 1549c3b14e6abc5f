import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-operation-secured';

describe(RULE, () => {
  it('accepts the canonical document (global SobotToken, token operation opts out)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags unsecured operations, optional auth, other schemes and a token operation without `security: []`', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./opted-out.get.security', 'missing or empty'],
      ['paths./optional-auth.get.security.1', 'is empty, which makes authentication optional'],
      ['paths./other-scheme.get.security.0', 'does not include "SobotToken"'],
      ['paths./tokens/company.post', 'must declare `security: []`'],
      ['paths./unsecured.get', 'missing or empty'],
    ]);
  });
});
