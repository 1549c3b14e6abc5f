// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { ErrorObject } from "ajv";
import type { OperationId } from "./operations.js";
export interface RequestValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export interface OperationValidators {
  readonly query?: RequestValidator;
  readonly headers?: RequestValidator;
  readonly body?: RequestValidator;
  /** one item of a batch operation's body (x-sobot-batch.itemsPointer) */
  readonly item?: RequestValidator;
}
export declare const validators: Record<OperationId, OperationValidators>;
