import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-parameter-described';

describe(RULE, () => {
  it('accepts the canonical document', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags undescribed parameters (component, path-item, operation) and response headers', async () => {
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      ['components.parameters.Shared', 'parameter "shared" has no description'],
      ['paths./things/{id}.get.parameters.1', 'parameter "q" has no description'],
      ['paths./things/{id}.get.responses.200.headers.X-Trace', 'header "X-Trace" has no description'],
      ['paths./things/{id}.parameters.0', 'parameter "id" has no description'],
    ]);
  });
});
