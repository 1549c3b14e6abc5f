/** The spec as the tests read it: the one spec reader (lint/spec-reader/), strict where the generator is. */
export { isObject, loadSpec, resolveRef, buildOperations as listOperations, type Json, type JsonObject } from "../../scripts/generate/spec.js";
export { mergeAllOf as flatten } from "../../lint/spec-reader/index.js";
