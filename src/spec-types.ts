/**
 * The shape of one row of `generated/operations.ts` (the contract fixed by the team).
 * Declared here too so the runtime core compiles and is tested without generated files.
 */
export interface PagingMeta {
  shape: 'total' | 'totalCount' | 'none';
  pageParam?: string;
  sizeParam?: string;
  itemsField?: string;
  defaultPageSize?: number;
  maxPageSize?: number;
}

export interface BatchMeta {
  itemsPointer: string;
  maxItems: number;
  maxItemsSource: 'seed' | 'default';
  resultOperation?: string;
}

export interface OperationMeta {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  tag: string;
  /** present in generated/operations.ts; the built package's table omits it */
  summary?: string;
  description?: string;
  security: boolean;
  safe: boolean;
  idempotent: boolean;
  paging: PagingMeta | null;
  batch: BatchMeta | null;
  parameters: readonly { name: string; in: 'query' | 'header'; required: boolean }[];
  requestBody: { required: boolean; kind: 'object' | 'array' } | null;
}

export type OperationTable = Readonly<Record<string, OperationMeta>>;
