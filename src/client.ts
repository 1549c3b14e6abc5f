/** `createSobotClient`: the core bound to the generated operation table and types. */
import { operations as table } from '../generated/runtime-operations.js';
import type { operations as OperationTypes, paths } from '../generated/types.js';
import { createClientCore, type SobotClientCore, type SobotClientOptions } from './client-core.js';

/** The operation table as the client carries it: no summaries or descriptions (the CLI and docs have those). */
export type SobotOperations = typeof table;
export type SobotClient = SobotClientCore<SobotOperations, OperationTypes, paths>;

export function createSobotClient(options: SobotClientOptions): SobotClient {
  return createClientCore<SobotOperations, OperationTypes, paths>(table, options, {
    loadValidation: () => import('./validation.js').then((m) => m.bundle),
  });
}
