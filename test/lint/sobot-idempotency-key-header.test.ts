import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-idempotency-key-header';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags outbound-task operations without the required shared header, and other operations with it', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./inline-optional.post.parameters.0', "must be `$ref: '#/components/parameters/IdempotencyKey'`"],
      ['paths./inline-optional.post.parameters.0', 'must have `required: true`'],
      ['paths./missing.post', 'operation "createOutboundTask" must offer header "Idempotency-Key"'],
      ['paths./not-an-outbound-task.post.parameters.0', 'operation "searchSkillGroups" must not offer'],
    ]);
  });
});
