import { describe, expect, it } from 'vitest';
import { expectExactly, findings } from './support/spectral.js';

const RULE = 'sobot-batch-metadata';

describe(RULE, () => {
  it('accepts the canonical document (pointer into the body, body itself as the array)', async () => {
    expect(await findings(RULE, 'valid.yaml')).toEqual([]);
  });

  it('flags missing, unwanted and malformed batch metadata and limits that disagree with the schema', async () => {
    const at = (path: string, key?: string) => `paths./${path}.post.x-sobot-batch${key ? `.${key}` : ''}`;
    await expectExactly(RULE, `${RULE}.fail.yaml`, [
      [at('default-exceeds-schema', 'maxItems'), "exceeds the array schema's maxItems 5"],
      [at('limits-disagree', 'maxItems'), 'must declare `maxItems: 50` (it has 100)'],
      [at('malformed', 'chunk'), 'unknown key `chunk`'],
      [at('malformed', 'itemsPointer'), '"/name" does not point at an array'],
      [at('malformed', 'maxItems'), 'must be an integer >= 1'],
      [at('malformed', 'maxItemsSource'), 'must be one of: seed, default'],
      [at('malformed', 'resultOperation'), '"getNothing" is not an operationId'],
      ['paths./missing.post', 'bulk operation "importForbiddenNumbers" lacks'],
      [at('not-a-bulk-operation'), 'only for the bulk operations'],
    ]);
  });
});
