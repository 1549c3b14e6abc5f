import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-example-properties-declared';

describe(RULE, () => {
  it('accepts the canonical document (envelope allOf examples, generic page items narrowed by allOf)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags undeclared keys at any depth, in inline and shared ($ref) examples; open schemas accept any key', async () => {
    const media = 'paths./envelope.get.responses.200.content.application/json.examples';
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      // A shared example is reported where it is written.
      ['components.examples.SharedAgentList.value.data.0.age', 'property "age" is not declared'],
      [`${media}.inline.value.data.1.nmae`, 'property "nmae" is not declared'],
      [`${media}.inline.value.retMsg`, 'property "retMsg" is not declared'],
      ['paths./open.post.requestBody.content.application/json.examples.wrong.value.either.z', 'property "z" is not declared'],
    ]);
  });
});
