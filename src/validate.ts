/**
 * Request validation against the generated ajv validators plus cross-field rules.
 * The validators themselves are loaded lazily (see ./validation.ts) so the core stays small.
 */
import { encodePointerSegment } from '../lint/spec-reader/pointer.js';
import { SobotValidationError, type ValidationIssue } from './errors.js';

export interface AjvLikeError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}
export type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvLikeError[] | null };
export type ValidatorTable = Readonly<Record<string, { query?: ValidateFn; headers?: ValidateFn; body?: ValidateFn; item?: ValidateFn }>>;

export interface RequestParts {
  query?: unknown;
  body?: unknown;
  headers?: Record<string, string>;
}
export type CrossFieldRule = (req: RequestParts) => ValidationIssue[];

/** What the lazily loaded validation chunk provides. */
export interface ValidationBundle {
  /** the generated ajv validators, per operationId */
  validators: ValidatorTable;
  /** cross-field rules, per operationId */
  rules: Readonly<Record<string, readonly CrossFieldRule[]>>;
  /** every problem of the request, by path and rule (empty when valid) */
  check(operationId: string, req: RequestParts): ValidationIssue[];
}

/** ajv errors as issues; `where` prefixes the path (`/body/...`). Tree-shaken from the core when unused. */
export function issuesFromAjv(where: 'query' | 'headers' | 'body', errors: readonly AjvLikeError[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const child = e.params?.missingProperty ?? e.params?.additionalProperty ?? e.params?.propertyName;
    const path = `/${where}${e.instancePath}${typeof child === 'string' ? `/${encodePointerSegment(child)}` : ''}`;
    return { path, rule: e.keyword, message: e.message ?? e.keyword };
  });
}

/** Resolves to the error to throw, or undefined when the request is valid. */
export type ValidateRequest = (operationId: string, req: RequestParts) => Promise<SobotValidationError | undefined>;

export function validationError(operationId: string, issues: ValidationIssue[]): SobotValidationError {
  const list = issues.map((i) => `${i.path}: ${i.rule} (${i.message})`).join('; ');
  const err = new SobotValidationError(`request for ${operationId} is invalid, nothing was sent: ${list}`, { operationId });
  err.issues = issues;
  return err;
}

export function createValidator(load: () => Promise<ValidationBundle>): ValidateRequest {
  let bundle: Promise<ValidationBundle> | undefined;
  return async (operationId, req) => {
    bundle ??= load();
    const issues = (await bundle).check(operationId, req);
    return issues.length ? validationError(operationId, issues) : undefined;
  };
}
