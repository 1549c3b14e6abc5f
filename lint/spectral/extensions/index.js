// Every x-sobot-* extension whose value has a shape, by name, with its JSON Schema.
import batch from './x-sobot-batch.schema.js';
import fieldRules from './x-sobot-field-rules.schema.js';
import paging from './x-sobot-paging.schema.js';

export const EXTENSION_SCHEMAS = {
  'x-sobot-paging': paging,
  'x-sobot-batch': batch,
  'x-sobot-field-rules': fieldRules,
};
