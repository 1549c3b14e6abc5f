// The shape of x-sobot-paging (docs/vendor-extensions.md) as a JSON Schema (draft-07), in the one place
// it is written: Spectral checks it (functions/extensionShape.js, with the built-in `schema`
// function) and the generator checks it (ajv) and emits its TypeScript type from it
// (scripts/generate/extensions.ts). A module rather than a .json file because Spectral bundles
// custom functions without a JSON loader.
export default {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "XSobotPaging",
  "description": "x-sobot-paging (docs/vendor-extensions.md): how a list operation pages. Whether it matches the operation's request and response is sobot-list-has-paging's to check.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "shape"
  ],
  "properties": {
    "shape": {
      "type": "string",
      "enum": [
        "total",
        "totalCount",
        "none"
      ],
      "description": "which page object data is; \"none\": a plain array, one call returns everything"
    },
    "pageParam": {
      "type": "string",
      "minLength": 1,
      "description": "the request field of the page number"
    },
    "sizeParam": {
      "type": "string",
      "minLength": 1,
      "description": "the request field of the page size"
    },
    "itemsField": {
      "type": "string",
      "minLength": 1,
      "description": "the array field of data holding the page's items"
    },
    "defaultPageSize": {
      "type": "integer",
      "minimum": 1
    },
    "defaultPageSizeSource": {
      "type": "string",
      "enum": [
        "seed",
        "default"
      ],
      "description": "\"default\": defaultPageSize is the project's choice, not the vendor's (absent: the vendor's)"
    },
    "maxPageSize": {
      "type": "integer",
      "minimum": 1
    }
  },
  "if": {
    "properties": {
      "shape": {
        "const": "none"
      }
    }
  },
  "then": {
    "maxProperties": 1
  },
  "else": {
    "required": [
      "pageParam",
      "sizeParam",
      "itemsField",
      "defaultPageSize"
    ]
  }
};
