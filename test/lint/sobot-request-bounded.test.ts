import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-request-bounded';

describe(RULE, () => {
  it('accepts the canonical document (every request value bounded, a UUID marked open with its reason)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags unbounded request strings, numbers and arrays where written, once each, and an exemption without a reason; never a response', async () => {
    const body = 'paths./create.post.requestBody.content.application/json.schema';
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['components.parameters.Trace.schema', 'request string (sent by createThing) is unbounded: give it maxLength, pattern, enum, const'],
      // a shared schema is reported once, where it is written
      ['components.schemas.Shared.properties.label', 'request string (sent by createThing) is unbounded'],
      [`${body}.anyOf.0.properties.code`, 'request string (sent by createThing) is unbounded'],
      [`${body}.properties.count`, 'request integer (sent by createThing) is unbounded: give it maximum, exclusiveMaximum, enum, const'],
      [`${body}.properties.lazy.x-sobot-unbounded`, '`x-sobot-unbounded` must give the reason as a non-empty string'],
      [`${body}.properties.name`, 'request string (sent by createThing) is unbounded'],
      [`${body}.properties.tags`, 'request array (sent by createThing) is unbounded: give it maxItems'],
      [`${body}.properties.tags.items`, 'request string (sent by createThing) is unbounded'],
      ['paths./create.post.parameters.2.schema', 'request string (sent by createThing) is unbounded'],
    ]);
  });
});
