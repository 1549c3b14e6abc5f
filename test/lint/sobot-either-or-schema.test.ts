import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-either-or-schema';

describe(RULE, () => {
  it('accepts the canonical document (no either-or in its prose)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags an either-or stated in prose that the schema does not state, directly or through allOf', async () => {
    const at = (name: string, property?: string) => `components.schemas.${name}${property ? `.properties.${property}` : ''}`;
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      [at('NoAlternatives'), 'its description states an either-or, but the schema has no anyOf/oneOf'],
      [at('OneAlternativeOnly'), 'its description states an either-or, but the schema has no anyOf/oneOf whose alternatives each require a field'],
      [at('PropertyStatesIt'), 'the description of "code" states an either-or, but the schema has no anyOf/oneOf'],
      [at('WrongFieldRequired', 'code'), 'no anyOf/oneOf alternative requires "code"'],
    ]);
  });
});
