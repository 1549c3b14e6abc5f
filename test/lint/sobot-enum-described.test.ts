import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-enum-described';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags unexplained, misaligned or blank enum descriptions and bad varnames', async () => {
    const prop = (name: string) => `components.schemas.Thing.properties.${name}`;
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      [`${prop('badNames')}.x-enum-varnames.1`, '`x-enum-varnames[1]` must be a unique identifier'],
      [`${prop('blank')}.x-enum-descriptions.1`, '`x-enum-descriptions[1]` must be a non-empty string'],
      [`${prop('orphan')}.x-enum-descriptions`, 'without an `enum`'],
      [`${prop('short')}.x-enum-descriptions`, 'has 2 entries for 3 enum value(s)'],
      [`${prop('shortNames')}.x-enum-varnames`, 'must have 2 entries'],
      ['paths./things.get.parameters.0.schema.enum', 'enum of 2 value(s) has no `x-enum-descriptions`'],
    ]);
  });
});
