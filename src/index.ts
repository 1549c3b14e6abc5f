export { createSobotClient, type SobotClient, type SobotOperations } from './client.js';
export { createClientCore, type SobotClientOptions, type SobotClientBase, type SobotClientCore, type CoreExtras } from './client-core.js';
export {
  SobotError, SobotApiError, SobotHttpError, SobotNetworkError, SobotTimeoutError, SobotAbortError,
  SobotAuthError, SobotValidationError, SobotConfigError,
  type SobotErrorInit, type ValidationIssue, type AllowedValue,
} from './errors.js';
export type { CallOptions } from './call.js';
export type { Paged, PageOptions } from './paging.js';
export type { RetryOptions, RetryInfo } from './retry/policy.js';
export type { OperationMeta, OperationTable, PagingMeta, BatchMeta } from './spec-types.js';
export type { CallInput, CallArgs, DataOf, ResponseOf, BodyOf, QueryOf, HeaderOf, ItemOf, Facade, MethodName, MethodOptions } from './typing.js';
export type { ValidationBundle, ValidateFn, ValidatorTable, CrossFieldRule } from './validate.js';
export type { Middleware } from 'openapi-fetch';
export { companyTokenSign } from './auth/company-token.js';
