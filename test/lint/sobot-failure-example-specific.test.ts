import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-failure-example-specific';

describe(RULE, () => {
  it('accepts the canonical document (one failure example per operation, naming its request fields; a shared 401)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags failure examples shared between operations and messages that name none of the operation\'s request fields', async () => {
    const plans = 'paths./plans.post.responses.400.content.application/json.examples';
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      [`${plans}.noMessage`, 'has no string `message` saying what failed'],
      [`${plans}.substring`, '"timezoneidentifier missing" names none of createContactPlans\'s request fields'],
      [`${plans}.unrelated`, '"queueID already exists" names none of createContactPlans\'s request fields (timezoneid, customerPhoneNumberList)'],
      ['paths./plans.post.responses.422', 'comes from #/components/examples/Shared, which searchPublishedIvrFlows also use'],
      ['paths./ivr.post.responses.422', 'comes from #/components/examples/Shared, which createContactPlans also use'],
      ['paths./queue.post.responses.default', 'comes from #/components/responses/Failure, which searchOutboundTasks also use'],
      ['paths./tasks.post.responses.default', 'comes from #/components/responses/Failure, which createSkillGroup also use'],
    ]);
  });
});
