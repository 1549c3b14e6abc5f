/**
 * Routes from the generated operation table: every operation of openapi.yaml is reachable at
 * its method and path, and no route is written here by hand. The API has no path parameters,
 * so a route is one Map lookup (the reason no router library is used).
 */
import { operations } from '../../generated/runtime-operations.js';
import type { RuntimeOperationMeta } from '../../generated/runtime-operations.js';

export type SimOperation = RuntimeOperationMeta;
export type SimOperationId = keyof typeof operations;

const byRoute = new Map<string, SimOperation>();
const methodsByPath = new Map<string, string[]>();
for (const op of Object.values(operations) as SimOperation[]) {
  const method = op.method.toUpperCase();
  byRoute.set(`${method} ${op.path}`, op);
  methodsByPath.set(op.path, [...(methodsByPath.get(op.path) ?? []), method]);
}

export type Route = { op: SimOperation } | { allowed: string[] } | undefined;

/** The operation at this method and path; the methods the path has when only the method is wrong. */
export function route(method: string, path: string): Route {
  const op = byRoute.get(`${method.toUpperCase()} ${path}`);
  if (op) return { op };
  const allowed = methodsByPath.get(path);
  return allowed ? { allowed } : undefined;
}

export function operationIds(): SimOperationId[] {
  return Object.keys(operations) as SimOperationId[];
}

export function operation(id: string): SimOperation | undefined {
  return (operations as Record<string, SimOperation>)[id];
}
