import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-operation-id';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing, unknown-verb, non-lowerCamel or verb-only operationId', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./missing.get', 'must be truthy'],
      ['paths./snake.get.operationId', '"get_agents" must match'],
      ['paths./unknown-verb.get.operationId', '"fetchAgents" must match'],
      ['paths./upper-camel.get.operationId', '"GetAgents" must match'],
      ['paths./verb-only.get.operationId', '"search" must match'],
    ]);
  });
});
