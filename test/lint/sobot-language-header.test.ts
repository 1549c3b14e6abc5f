import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-language-header';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing, unwanted, inline or required language header', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./inline-required.post.parameters.0', "must be `$ref: '#/components/parameters/Language'`"],
      ['paths./inline-required.post.parameters.0', 'must have `required: false`'],
      ['paths./missing.post', 'operation "searchRelayNumbers" must offer header "language"'],
      ['paths./not-offered-by-seed.post.parameters.0', 'operation "searchSkillGroups" must not offer'],
    ]);
  });
});
