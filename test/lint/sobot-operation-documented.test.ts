import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-operation-documented';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags a missing summary and an empty description', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['paths./empty-description.get.description', 'description is missing or empty'],
      ['paths./no-summary.get', 'summary is missing or empty'],
    ]);
  });
});
