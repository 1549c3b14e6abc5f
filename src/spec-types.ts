/**
 * The operation table's row type, taken from the generated table so it is written once.
 * The runtime table (generated/runtime-operations.ts) leaves out summaries and descriptions, and
 * the names only the CLI, the MCP server and the docs use (command, tool, import kind): they read
 * generated/operations.ts, whose rows are this type plus those fields.
 */
import type { OperationMeta as GeneratedOperationMeta } from '../generated/operations.js';

export type PagingMeta = NonNullable<GeneratedOperationMeta['paging']>;
export type BatchMeta = NonNullable<GeneratedOperationMeta['batch']>;
export type OperationMeta = Omit<GeneratedOperationMeta, 'summary' | 'description' | 'command' | 'tool' | 'importKind'> & {
  readonly summary?: string;
  readonly description?: string;
};

export type OperationTable = Readonly<Record<string, OperationMeta>>;
