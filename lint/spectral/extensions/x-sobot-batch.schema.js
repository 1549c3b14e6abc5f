// The shape of x-sobot-batch (docs/vendor-extensions.md) as a JSON Schema (draft-07), in the one place
// it is written: Spectral checks it (functions/extensionShape.js, with the built-in `schema`
// function) and the generator checks it (ajv) and emits its TypeScript type from it
// (scripts/generate/extensions.ts). A module rather than a .json file because Spectral bundles
// custom functions without a JSON loader.
export default {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "XSobotBatch",
  "description": "x-sobot-batch (docs/vendor-extensions.md): a bulk operation, which rows it takes and how many per call. Whether itemsPointer reaches an array and the limits agree with the schema is sobot-batch-metadata's to check.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "itemsPointer",
    "maxItems",
    "maxItemsSource"
  ],
  "properties": {
    "itemsPointer": {
      "type": "string",
      "pattern": "^(/.*)?$",
      "description": "JSON pointer to the rows in the request body (\"\" = the body itself)"
    },
    "maxItems": {
      "type": "integer",
      "minimum": 1,
      "description": "rows per call"
    },
    "maxItemsSource": {
      "type": "string",
      "enum": [
        "seed",
        "default"
      ],
      "description": "\"seed\": the vendor states the limit; \"default\": ours"
    },
    "resultOperation": {
      "type": "string",
      "minLength": 1,
      "description": "the operationId that reports each row's outcome"
    }
  }
};
