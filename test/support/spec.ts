/** The spec as the tests read it: loading from the repo tooling, allOf-merging from the CLI's schema reader. */
export { isObject, loadSpec, resolveRef, type Json, type JsonObject } from "../../scripts/generate/load-spec.js";
export { flatten } from "../../cli/spec/schema.js";
