/**
 * The tools as a Markdown table for docs/mcp.md, rendered from the same tool definitions the
 * server lists; test/mcp/docs.test.ts fails when the page and this table part ways.
 */
import type { SobotTool } from './tools.js';

const yes = (b: boolean) => (b ? 'yes' : 'no');

function shape(t: SobotTool): string {
  if (t.kind === 'bulk') return `rows ≤ ${t.op.batch!.maxItems}, per-row outcomes`;
  if (t.kind === 'paged') return t.op.paging!.shape === 'none' ? 'whole list, or `limit`' : 'one page, or `limit` across pages';
  return '';
}

export function toolsTable(tools: SobotTool[]): string {
  const rows = tools.map((t) => `| \`${t.name}\` | ${t.op.operationId} | ${t.title} | ${yes(t.annotations.readOnlyHint)} | ${yes(t.annotations.destructiveHint)} | ${yes(t.annotations.idempotentHint)} | ${shape(t)} |`);
  return [
    '| tool | operation | title | readOnlyHint | destructiveHint | idempotentHint | takes |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
