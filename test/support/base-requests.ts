import { examples } from "../../generated/examples.js";
import type { OperationId } from "../../generated/operations.js";
import type { Json } from "./spec.js";

/** The operation's first request example: the seed's where it has one. */
export function baseRequest(operationId: string): { body: Json | undefined; query: Record<string, Json>; headers: Record<string, Json> } {
  const ex = examples[operationId as OperationId];
  const bodies = Object.values(ex.body) as Json[];
  return {
    body: bodies[0],
    query: (ex.query ?? {}) as Record<string, Json>,
    headers: (ex.headers ?? {}) as Record<string, Json>,
  };
}

/** Sends a request exactly as given (no client-side checks) so that Prism judges it. */
export async function sendRaw(
  baseUrl: string,
  req: { method: string; path: string; query: Record<string, Json>; headers: Record<string, Json>; body: Json | undefined; auth: boolean },
): Promise<Response> {
  const url = new URL(baseUrl + req.path);
  for (const [k, v] of Object.entries(req.query)) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
  if (req.auth) headers.Authorization = "test-token";
  if (req.body !== undefined) headers["content-type"] = "application/json";
  return fetch(url, { method: req.method.toUpperCase(), headers, body: req.body === undefined ? undefined : JSON.stringify(req.body) });
}
