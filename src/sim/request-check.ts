/**
 * Requests checked against the contract with the validators generated from openapi.yaml — the
 * same ones the SDK runs before it sends (src/validation.ts), cross-field rules included — so the
 * simulator and the client can never disagree about what is valid. Issues come back as
 * `{path, rule, message}`, the path naming the field (`/body/queueID`, `/headers/Idempotency-Key`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { pointerSegments } from '../../lint/spec-reader/pointer.js';
import { bundle } from '../validation.js';
import type { ValidationIssue } from '../errors.js';
import type { SimOperation } from './router.js';

export interface CheckedRequest {
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Header parameters under the spelling the spec declares (Node lowercases them), and only
 * those: other headers (Authorization, content-type) are not the contract's parameters.
 */
function specHeaders(op: SimOperation, raw: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in !== 'header') continue;
    const v = raw[p.name.toLowerCase()];
    if (v !== undefined) out[p.name] = Array.isArray(v) ? v[0]! : v;
  }
  return out;
}

/**
 * Query strings are text; the schema may want an integer or boolean there. Rather than keep a
 * second copy of the parameter types, a value is converted only where the generated validator
 * reported a `type` issue for it and the text is a literal of the wanted type.
 */
function coerceQuery(operationId: string, query: Record<string, unknown>): Record<string, unknown> {
  const validate = bundle.validators[operationId]?.query;
  if (!validate || validate(query)) return query;
  const out = { ...query };
  for (const e of validate.errors ?? []) {
    if (e.keyword !== 'type') continue;
    // ajv's instancePath is a plain JSON pointer (not a URI fragment: nothing in it is %-encoded);
    // a query parameter is its one segment
    const [name, ...deeper] = pointerSegments(e.instancePath);
    if (name === undefined || deeper.length > 0) continue;
    const text = out[name];
    if (typeof text !== 'string') continue;
    const want = String(e.params?.type);
    if ((want.includes('integer') && /^-?\d+$/.test(text)) || (want.includes('number') && text.trim() !== '' && Number.isFinite(Number(text)))) out[name] = Number(text);
    else if (want.includes('boolean') && (text === 'true' || text === 'false')) out[name] = text === 'true';
  }
  return out;
}

export function checkRequest(op: SimOperation, url: URL, rawHeaders: IncomingHttpHeaders, body: unknown): { request: CheckedRequest; issues: ValidationIssue[] } {
  const query: Record<string, unknown> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const request: CheckedRequest = { query: coerceQuery(op.operationId, query), headers: specHeaders(op, rawHeaders), body };
  const issues = bundle.check(op.operationId, request);
  // a parameter the operation does not declare is a mistake the schema cannot see (query
  // validators allow extra properties): named like any other issue
  const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const k of Object.keys(query)) {
    if (!declared.has(k)) issues.push({ path: `/query/${k}`, rule: 'additionalProperties', message: `${op.operationId} takes no query parameter "${k}"` });
  }
  return { request, issues };
}

/** One line naming every field and rule, for `message`/`retMsg`. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return `request refused by the contract: ${issues.map((i) => `${i.path}: ${i.rule} (${i.message})`).join('; ')}`;
}
