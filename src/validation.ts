/**
 * The validation chunk: generated ajv validators (compiled from openapi.yaml) + cross-field rules.
 * Loaded lazily by the client on the first validated call, and built as its own file, so the
 * core stays small when validation is off.
 */
import { validators } from '../generated/validators.js';
import { createCheck } from './validation/check.js';
import { operations } from '../generated/runtime-operations.js';
import { crossFieldRulesOf } from './validation/cross-field.js';
import type { ValidationBundle, ValidatorTable } from './validate.js';

const table = validators as unknown as ValidatorTable;
const crossFieldRules = crossFieldRulesOf(operations);

export const bundle: ValidationBundle = {
  validators: table,
  rules: crossFieldRules,
  check: createCheck(table, crossFieldRules),
};
