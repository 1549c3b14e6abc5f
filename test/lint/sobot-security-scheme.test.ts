import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-security-scheme';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a SobotToken that is not the apiKey Authorization header', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [['components.securitySchemes.SobotToken', 'SobotToken']]);
  });

  it('flags a document without security schemes', async () => {
    await expectExactly(RULE, 'sobot-security-scheme-missing.fail.yaml', [['', '"securitySchemes" property must exist']]);
  });
});
