import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-timezone-header';

describe(RULE, () => {
  it('accepts the canonical document (operation and path-item level $refs, createExtension without it)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags missing, unwanted, inline and required timezoneid headers', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./inline-copy.post.parameters.0', "must be `$ref: '#/components/parameters/TimezoneId'`"],
      ['paths./missing.get', 'operation "getAgentSetting" must offer header "timezoneid"'],
      ['paths./not-offered-by-seed.post.parameters.0', 'operation "createExtension" must not offer'],
      ['paths./required.parameters.0', 'must have `required: false`'],
    ]);
  });
});
