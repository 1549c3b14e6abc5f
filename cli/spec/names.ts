/** Command names, all derived from operation ids: `searchCallAgents` → `search-call-agents`. */
import { operations } from '../../generated/operations.js';
import type { OperationMeta } from '../../src/spec-types.js';

export function kebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** A flag or command name as typed: case, `-` and `_` do not matter (`--agent-id` is `--agentID`). */
export const normalize = (name: string) => name.toLowerCase().replace(/[-_.]/g, '');

export const allOperations = (): OperationMeta[] => Object.values(operations) as OperationMeta[];

/** By command name or operation id. */
export function findOperation(name: string): OperationMeta | undefined {
  const n = normalize(name);
  return allOperations().find((op) => normalize(op.operationId) === n || normalize(kebab(op.operationId)) === n);
}

/** `import <kind>`: the bulk operations (x-sobot-batch), named by their noun: `importCallingList` → `calling-list`. */
export function importKind(op: OperationMeta): string {
  return kebab(op.operationId.replace(/^[a-z]+/, ''));
}

export function bulkOperations(): { kind: string; op: OperationMeta }[] {
  return allOperations().filter((op) => op.batch).map((op) => ({ kind: importKind(op), op }));
}
