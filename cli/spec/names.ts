/**
 * The operations as the CLI names them. Every name (command, MCP tool, import kind) is the
 * operation table's, derived from the spec once by the generator (lint/spec-reader/names.js);
 * what is left here is matching what the user typed against them.
 */
import { operations, type OperationMeta } from '../../generated/operations.js';

/** A flag or command name as typed: case, `-` and `_` do not matter (`--agent-id` is `--agentID`). */
export const normalize = (name: string) => name.toLowerCase().replace(/[-_.]/g, '');

export const allOperations = (): OperationMeta[] => Object.values(operations) as OperationMeta[];

/** By command name or operation id. */
export function findOperation(name: string): OperationMeta | undefined {
  const n = normalize(name);
  return allOperations().find((op) => normalize(op.operationId) === n || normalize(op.command) === n);
}

/** `import <kind>`: the bulk operations (x-sobot-batch), named by their noun: `importCallingList` → `calling-list`. */
export function bulkOperations(): { kind: string; op: OperationMeta }[] {
  return allOperations().flatMap((op) => (op.importKind === null ? [] : [{ kind: op.importKind, op }]));
}
