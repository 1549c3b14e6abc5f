import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-media-examples';

describe(RULE, () => {
  it('accepts the canonical document (inline and $ref examples)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags missing, single, empty and value-less examples; $ref and externalValue are fine', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['components.responses.Failure.content.application/json.examples.broken', 'example "broken" has no `value`'],
      ['paths./things.post.requestBody.content.application/json', '`examples` is missing'],
      ['paths./things.post.responses.200.content.application/json.example', 'use named `examples`'],
      ['paths./things.post.responses.400.content.application/json.examples', 'has 0 entries'],
    ]);
  });
});
