import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-property-described';

describe(RULE, () => {
  it('accepts the canonical document (a bare $ref property counts its target description)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags undescribed properties wherever they are defined, once each', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['components.schemas.Agent.properties.ext', 'property "ext" has no description'],
      ['components.schemas.Agent.properties.kind', 'refers to #/components/schemas/Undescribed, which has no description'],
      ['paths./inline.post.requestBody.content.application/json.schema.properties.rows.items.properties.phone', 'property "phone"'],
      ['paths./inline.post.responses.200.content.application/json.schema.allOf.1.properties.data', 'property "data"'],
    ]);
  });
});
