/**
 * A tool's description, in the words of the contract: the operation's summary and description,
 * what it changes, how it pages or takes rows, the rules between its fields
 * (x-sobot-field-rules) and the meaning of every coded value it takes (x-enum-descriptions).
 */
import type { OperationMeta } from '../../src/spec-types.js';
import type { Json, JsonObject } from '../spec/load.js';
import { isObject, resolve } from '../spec/schema.js';
import { enumMeanings } from './json-schema.js';
import type { ToolKind } from './tools.js';

const text = (v: Json | undefined) => (typeof v === 'string' ? v.trim() : '');

/** `field: 0 = …; 1 = …` for every enum with meanings in the request, nested fields by path. */
export function requestEnumLines(doc: JsonObject, spec: JsonObject): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (node: Json | undefined, path: string, depth: number) => {
    if (depth > 20) return;
    const s = resolve(doc, node);
    const meanings = enumMeanings(s);
    if (meanings && path && !seen.has(path)) {
      seen.add(path);
      out.push(`${path}: ${meanings}`);
    }
    for (const part of Array.isArray(s.allOf) ? s.allOf : []) walk(part, path, depth + 1);
    if (s.items !== undefined) walk(s.items, `${path}[]`, depth + 1);
    if (isObject(s.properties)) for (const [k, v] of Object.entries(s.properties)) walk(v, path ? `${path}.${k}` : k, depth + 1);
  };
  for (const raw of Array.isArray(spec.parameters) ? spec.parameters : []) {
    const p = resolve(doc, raw);
    if (typeof p.name === 'string') walk(p.schema, p.name, 0);
  }
  if (spec.requestBody) {
    const rb = resolve(doc, spec.requestBody);
    const media = isObject(rb.content) ? rb.content['application/json'] : undefined;
    if (isObject(media)) walk(media.schema, '', 0);
  }
  return out;
}

function fieldRuleLines(op: OperationMeta): string[] {
  return op.fieldRules.map((r) => r.kind === 'endAfterStart'
    ? `${r.end} must be ${r.allowEqual ? 'at or after' : 'after'} ${r.start} (rule ${r.rule})`
    : `${r.start} to ${r.end} may span at most ${r.months} months (rule ${r.rule})`);
}

function effectLine(op: OperationMeta, destructive: boolean): string {
  if (op.safe) return 'Reads only: changes nothing.';
  const what = destructive ? 'WRITES, destructively: it deletes or overwrites data.' : 'WRITES: it adds data.';
  const repeat = op.idempotent
    ? 'Repeating it with the same Idempotency-Key is safe (the server applies it once).'
    : 'Not idempotent: calling it again applies it again.';
  return `${what} ${repeat}`;
}

function kindLine(op: OperationMeta, kind: ToolKind, limitCap: number): string | undefined {
  if (kind === 'bulk') {
    const b = op.batch!;
    return `Bulk: at most ${b.maxItems} rows per call; the result gives every row's outcome (accepted, rejected with the server's reason, duplicate, unknown)${b.resultOperation ? `, and the server's import results (${b.resultOperation}), polled until they settle` : ''}.`;
  }
  if (kind === 'paged') {
    const p = op.paging!;
    return p.shape === 'none'
      ? `Returns the whole list; \`limit\` (at most ${limitCap}) keeps the first items only.`
      : `Returns one page (${p.pageParam} from 1, ${p.sizeParam} default ${p.defaultPageSize}${p.maxPageSize ? `, at most ${p.maxPageSize}` : ''}); or give \`limit\` (at most ${limitCap}) to collect that many items across pages.`;
  }
  return undefined;
}

export function describeTool(doc: JsonObject, op: OperationMeta, spec: JsonObject, o: { kind: ToolKind; destructive: boolean; limitCap: number }): string {
  const parts = [text(spec.summary), text(spec.description), effectLine(op, o.destructive)];
  const kind = kindLine(op, o.kind, o.limitCap);
  if (kind) parts.push(kind);
  const rules = fieldRuleLines(op);
  if (rules.length) parts.push(`Field rules (checked before anything is sent):\n${rules.map((r) => `- ${r}`).join('\n')}`);
  const enums = requestEnumLines(doc, spec);
  if (enums.length) parts.push(`Coded values:\n${enums.map((l) => `- ${l}`).join('\n')}`);
  parts.push(`Operation ${op.operationId} (${op.method.toUpperCase()} ${op.path}).`);
  return parts.filter(Boolean).join('\n\n');
}
