/**
 * An enum error says which values are allowed and what each means (x-enum-descriptions, through
 * generated/enum-meanings.ts), so a caller need not open the spec to fix the value. Lives in the
 * lazily loaded validation chunk: the core never carries the table.
 */
import { enumMeanings } from '../../generated/enum-meanings.js';
import type { AllowedValue, ValidationIssue } from '../errors.js';

/** `/body/customerList/3/numberType` → `/body/customerList/*\/numberType`, the table's form. */
const tablePath = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/*');

/** `0 = Agent work number`, or the bare value when the spec gives it no meaning. */
const shown = (a: AllowedValue) => (a.meaning ? `${JSON.stringify(a.value)} = ${a.meaning}` : JSON.stringify(a.value));

export function allowedValues(operationId: string, path: string, values: readonly unknown[]): AllowedValue[] {
  const meanings = enumMeanings[operationId]?.[tablePath(path)] ?? [];
  return values.map((value) => {
    const meaning = meanings.find(([v]) => v === value)?.[1];
    return meaning === undefined ? { value } : { value, meaning };
  });
}

/** The issue with `allowed` set and a message that lists them. */
export function enumIssue(operationId: string, issue: ValidationIssue, values: readonly unknown[]): ValidationIssue {
  const allowed = allowedValues(operationId, issue.path, values);
  return { ...issue, message: `must be one of ${allowed.map(shown).join(', ')}`, allowed };
}
