import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-envelope-success';

describe(RULE, () => {
  it('accepts the canonical document (inline allOf, named envelope schema, token op exempt)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags success responses that are not the Envelope with a required object `data`', async () => {
    const schema = 'content.application/json.schema';
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      [`paths./bare-object.get.responses.200.${schema}`, 'schema must be `allOf'],
      [`paths./data-not-required.get.responses.200.${schema}`, 'must be `type: object`'],
      [`paths./data-not-required.get.responses.200.${schema}`, 'must list "data" in `required`'],
      ['paths./no-content.get.responses.200', 'has no content'],
      [`paths./no-envelope-ref.get.responses.200.${schema}`, "allOf must include `$ref: '#/components/schemas/Envelope'`"],
      ['paths./no-success.get.responses', 'no 2xx response'],
      // A shared response is reported where the operation refers to it.
      ['paths./shared-response.get.responses.200', 'schema must be `allOf'],
    ]);
  });
});
