/** The server's `instructions`: what the tools are, which of them write, and the rules they keep. */
import type { SobotTool } from './tools.js';
import { RESOURCE_URIS } from './resources.js';

export function serverInstructions(tools: SobotTool[], o: { readOnly: boolean; baseUrl: string }): string {
  const writes = tools.filter((t) => !t.op.safe);
  const destructive = writes.filter((t) => t.destructive);
  const lines = [
    `Tools for Sobot Call Center V6 Basic Management (agents, skill groups, extensions, numbers, outbound tasks, contact plans, IVR flows) at ${o.baseUrl}, one per operation of the sobot-cc contract.`,
    'Every call is checked against the contract before anything is sent: a refusal is a tool error naming each argument, the rule it breaks and the allowed values; correct the arguments and call again.',
  ];
  if (o.readOnly || !writes.length) {
    lines.push(`This server is read-only${o.readOnly ? ' (--read-only)' : ''}: no tool changes anything.`);
  } else {
    lines.push(`Tools that write: ${writes.map((t) => t.name).join(', ')}.`);
    if (destructive.length) lines.push(`Of these, these delete or overwrite data — confirm with the user first: ${destructive.map((t) => t.name).join(', ')}.`);
    lines.push('All other tools only read.');
  }
  lines.push(
    'List tools take one page, or `limit` to collect up to that many items across pages. Bulk tools take rows up to their batch limit and answer with every row\'s outcome.',
    'Secrets never appear in results: passwords and tokens read as "[REDACTED]".',
    `The contract and its field rules are resources: ${Object.values(RESOURCE_URIS).join(', ')}.`,
  );
  return lines.join('\n');
}
