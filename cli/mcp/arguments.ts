/**
 * A tool call's arguments → the SDK call's `{ body, query, headers }`. Only what the SDK cannot
 * see is checked here — an argument the tool does not take, `limit`, the rows of a bulk call
 * beyond x-sobot-batch.maxItems — every rule of the contract is left to the SDK's validation,
 * so the tool and the SDK never disagree about what is valid.
 */
import type { CallInputRuntime } from '../../src/call.js';
import { ITEMS_ARGUMENT, LIMIT_ARGUMENT, LIMIT_CAP, IDEMPOTENCY_HEADER, type SobotTool } from './tools.js';
import { ToolArgumentError, type ArgumentIssue } from './errors.js';

export interface ToolRequest {
  input: CallInputRuntime;
  /** paged tools: collect this many items across pages */
  limit?: number;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function checkLimit(value: unknown, issues: ArgumentIssue[]): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    issues.push({ argument: LIMIT_ARGUMENT, rule: 'type', message: `must be a whole number, got ${JSON.stringify(value)}` });
  } else if (value < 1) {
    issues.push({ argument: LIMIT_ARGUMENT, rule: 'minimum', message: `must be >= 1, got ${value}` });
  } else if (value > LIMIT_CAP) {
    issues.push({ argument: LIMIT_ARGUMENT, rule: 'maximum', message: `must be <= ${LIMIT_CAP} (a result a model can read whole), got ${value}` });
  } else {
    return value;
  }
  return undefined;
}

/** The rows of a bulk call, wherever x-sobot-batch.itemsPointer puts them. */
function rowsOf(tool: SobotTool, body: unknown): { rows: unknown; argument: string } {
  const pointer = tool.op.batch!.itemsPointer;
  if (pointer === '') return { rows: body, argument: ITEMS_ARGUMENT };
  const parts = pointer.split('/').slice(1);
  let cur = body;
  for (const p of parts) cur = isPlainObject(cur) ? cur[p] : undefined;
  return { rows: cur, argument: parts.join('.') };
}

export function toRequest(tool: SobotTool, args: unknown): ToolRequest {
  const issues: ArgumentIssue[] = [];
  if (args !== undefined && !isPlainObject(args)) {
    throw new ToolArgumentError([{ argument: '(arguments)', rule: 'type', message: 'must be an object of named arguments' }]);
  }
  const op = tool.op;
  let body: unknown;
  const query: Record<string, unknown> = {};
  const headers: Record<string, unknown> = {};
  let limit: number | undefined;
  for (const [name, value] of Object.entries(args ?? {})) {
    const target = tool.targets.get(name);
    switch (target) {
      case 'body':
        body = { ...(body as object | undefined), [name]: value };
        break;
      case 'items':
        body = value;
        break;
      case 'query':
        query[name] = value;
        break;
      case 'header':
        headers[name] = value;
        break;
      case 'limit':
        limit = checkLimit(value, issues);
        break;
      default:
        issues.push({
          argument: name, rule: 'additionalProperties',
          message: `${tool.name} takes no argument "${name}"; it takes: ${[...tool.targets.keys()].join(', ')}`,
        });
    }
  }
  // an optional object body still goes as `{}`: the SDK's validator then names any required field
  if (body === undefined && op.requestBody?.kind === 'object') body = {};
  if (tool.kind === 'paged' && args && LIMIT_ARGUMENT in args) {
    const pageParam = op.paging!.pageParam;
    if (pageParam && isPlainObject(body) && pageParam in body) {
      issues.push({ argument: LIMIT_ARGUMENT, rule: 'limitOrPage', message: `walks the pages from the first: give ${LIMIT_ARGUMENT} or ${pageParam}, not both` });
    }
    if (IDEMPOTENCY_HEADER in headers) {
      issues.push({ argument: IDEMPOTENCY_HEADER, rule: 'limitOrKey', message: `names one call, and with ${LIMIT_ARGUMENT} every page is a call of its own (each gets its own key): leave it out` });
    }
  }
  if (tool.kind === 'bulk') {
    const { rows, argument } = rowsOf(tool, body);
    const max = op.batch!.maxItems;
    if (Array.isArray(rows) && rows.length > max) {
      issues.push({ argument, rule: 'maxItems', message: `at most ${max} rows per call (x-sobot-batch.maxItems), got ${rows.length}: split them, or use \`sobot-cc import\` for any number` });
    }
  }
  if (issues.length) throw new ToolArgumentError(issues);
  return {
    input: {
      ...(body !== undefined && { body }),
      ...(Object.keys(query).length > 0 && { query }),
      ...(Object.keys(headers).length > 0 && { headers }),
    },
    ...(limit !== undefined && { limit }),
  };
}
