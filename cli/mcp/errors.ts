/**
 * A failed tool call as the model reads it: a tool error (`isError: true`) that names each
 * argument, the rule it breaks and the values allowed, and says whether anything reached Sobot
 * — never an MCP protocol error, which a model cannot see or correct.
 */
import {
  SobotApiError, SobotAuthError, SobotConfigError, SobotError, SobotValidationError, type AllowedValue,
} from '../../src/errors.js';
import type { Redactor } from '../../src/redact.js';
import { pointerSegments } from '../../lint/spec-reader/pointer.js';
import { IDEMPOTENCY_HEADER, ITEMS_ARGUMENT, type SobotTool } from './tools.js';

export interface ArgumentIssue {
  /** the tool argument, with a path into it: `dataDetails[2].telephone` */
  argument: string;
  rule: string;
  message: string;
  allowed?: AllowedValue[];
}

/** Arguments refused before anything was sent. */
export class ToolArgumentError extends Error {
  constructor(readonly issues: ArgumentIssue[]) {
    super(issues.map((i) => `${i.argument}: ${i.rule}`).join('; '));
    this.name = 'ToolArgumentError';
  }
}

export interface ToolErrorResult {
  [key: string]: unknown;
  isError: true;
  content: { type: 'text'; text: string }[];
}

/** The SDK's issue path (`/body/dataDetails/2/telephone`, `/headers/Idempotency-Key`) as the tool argument it came from. */
export function argumentOf(tool: SobotTool, path: string): string {
  if (path !== '' && !path.startsWith('/')) return path; // not a pointer: shown as given rather than lost to a throw
  const [where, ...rest] = pointerSegments(path);
  const steps = rest.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
  if (where === 'body' && tool.op.requestBody?.kind === 'array') return `${ITEMS_ARGUMENT}${steps}`;
  if (!steps) return where === 'body' ? '(arguments)' : where ?? '(arguments)';
  return steps.startsWith('.') ? steps.slice(1) : steps;
}

const shown = (a: AllowedValue) => `${JSON.stringify(a.value)}${a.meaning ? ` (${a.meaning})` : ''}`;

function issueLine(i: ArgumentIssue): string {
  // the allowed values in one form, each with its meaning, whatever words the message had
  const message = i.allowed?.length ? `must be one of: ${i.allowed.map(shown).join(', ')}` : i.message;
  return `- ${i.argument}: ${i.rule} — ${message}`;
}

function refusal(tool: SobotTool, issues: ArgumentIssue[]): string {
  return [`${tool.name}: nothing was sent — the arguments break the contract:`, ...issues.map(issueLine), 'Correct these arguments and call again.'].join('\n');
}

function failureText(tool: SobotTool, e: SobotError): string {
  if (e instanceof SobotValidationError) {
    return refusal(tool, e.issues.map((i) => ({ argument: argumentOf(tool, i.path), rule: i.rule, message: i.message, ...(i.allowed && { allowed: i.allowed }) })));
  }
  if (e instanceof SobotAuthError) {
    return `${tool.name}: Sobot refused the credentials of this server (${e.message}). Check the profile or environment it was started with (sobot-cc profile show).`;
  }
  if (e instanceof SobotConfigError) return `${tool.name}: ${e.message}`;
  // a failure envelope, or a 4xx the client cannot wait out: Sobot looked at the request and said no
  const refused = e instanceof SobotApiError || (e.status !== undefined && e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status));
  const lines = [`${tool.name}: ${refused ? 'Sobot refused the request' : 'the call failed'}: ${e.message}`];
  if (e.mayHaveBeenApplied && !tool.op.safe) {
    lines.push(e.idempotencyKey
      ? `It may have been applied. To repeat it safely, call again with ${IDEMPOTENCY_HEADER} "${e.idempotencyKey}": the server applies it at most once.`
      : 'It may have been applied: check with a read before calling again (this operation takes no Idempotency-Key).');
  }
  return lines.join('\n');
}

/** Any failure of a tool call as a tool error, secrets scrubbed. */
export function toolError(tool: SobotTool, e: unknown, redactor: Redactor): ToolErrorResult {
  let text: string;
  if (e instanceof ToolArgumentError) text = refusal(tool, e.issues);
  else if (e instanceof SobotError) text = failureText(tool, e);
  else text = `${tool.name}: ${e instanceof Error ? e.message : String(e)}`;
  return { isError: true, content: [{ type: 'text', text: redactor.text(text) }] };
}
