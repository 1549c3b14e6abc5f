/**
 * The operation table's row type, taken from the generated table so it is written once.
 * The runtime table (generated/runtime-operations.ts) leaves out summaries and descriptions.
 */
import type { OperationMeta as GeneratedOperationMeta } from '../generated/operations.js';

export type PagingMeta = NonNullable<GeneratedOperationMeta['paging']>;
export type BatchMeta = NonNullable<GeneratedOperationMeta['batch']>;
export type OperationMeta = Omit<GeneratedOperationMeta, 'summary' | 'description'> & {
  readonly summary?: string;
  readonly description?: string;
};

export type OperationTable = Readonly<Record<string, OperationMeta>>;
