// The shape of x-sobot-field-rules (docs/vendor-extensions.md) as a JSON Schema (draft-07), in the one place
// it is written: Spectral checks it (functions/extensionShape.js, with the built-in `schema`
// function) and the generator checks it (ajv) and emits its TypeScript type from it
// (scripts/generate/extensions.ts). A module rather than a .json file because Spectral bundles
// custom functions without a JSON loader.
export default {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "XSobotFieldRules",
  "description": "x-sobot-field-rules (docs/vendor-extensions.md): rules between two request fields that a schema cannot state.",
  "type": "array",
  "items": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "rule",
      "kind",
      "start",
      "end"
    ],
    "properties": {
      "rule": {
        "type": "string",
        "minLength": 1,
        "description": "the rule's name in error messages"
      },
      "kind": {
        "type": "string",
        "enum": [
          "endAfterStart",
          "maxSpanMonths"
        ],
        "description": "endAfterStart: end is after start (or equal, with allowEqual); maxSpanMonths: end is at most `months` after start"
      },
      "start": {
        "type": "string",
        "minLength": 1,
        "description": "the request field of the start"
      },
      "end": {
        "type": "string",
        "minLength": 1,
        "description": "the request field of the end"
      },
      "allowEqual": {
        "type": "boolean"
      },
      "months": {
        "type": "integer",
        "minimum": 1
      }
    },
    "if": {
      "properties": {
        "kind": {
          "const": "maxSpanMonths"
        }
      }
    },
    "then": {
      "required": [
        "months"
      ]
    }
  }
};
