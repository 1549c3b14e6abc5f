/** Runs the generated ajv validators and the cross-field rules; maps ajv errors to issues. */
import type { ValidationIssue } from '../errors.js';
import { enumIssue } from './enum-issue.js';
import { issuesFromAjv, type CrossFieldRule, type RequestParts, type ValidateFn, type ValidationBundle, type ValidatorTable } from '../validate.js';

export function createCheck(
  validators: ValidatorTable, rules: Readonly<Record<string, readonly CrossFieldRule[]>>,
): ValidationBundle['check'] {
  return (operationId: string, req: RequestParts) => {
    const v = validators[operationId];
    const issues: ValidationIssue[] = [];
    const run = (where: 'query' | 'headers' | 'body', fn: ValidateFn | undefined, data: unknown) => {
      if (!fn || fn(data)) return;
      const errors = fn.errors ?? [];
      issuesFromAjv(where, errors).forEach((issue, i) => {
        const values = errors[i]!.params?.allowedValues;
        issues.push(errors[i]!.keyword === 'enum' && Array.isArray(values) ? enumIssue(operationId, issue, values) : issue);
      });
    };
    run('query', v?.query, req.query ?? {});
    run('headers', v?.headers, req.headers ?? {});
    run('body', v?.body, req.body);
    for (const rule of rules[operationId] ?? []) issues.push(...rule(req));
    return issues;
  };
}
