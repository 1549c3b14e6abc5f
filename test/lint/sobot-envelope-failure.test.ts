import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-envelope-failure';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing 401 and failure responses not carrying the ErrorEnvelope', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./inline-default.get.responses.default.content.application/json.schema', "must be `$ref: '#/components/schemas/ErrorEnvelope'`"],
      ['paths./missing-401.get.responses', 'response "401" is missing'],
      ['paths./wrong-shared.get.responses.401', "must be `$ref: '#/components/schemas/ErrorEnvelope'`"],
      ['paths./wrong-shared.get.responses.default', 'has no content'],
    ]);
  });
});
