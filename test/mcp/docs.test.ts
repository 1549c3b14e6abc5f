/** docs/mcp.md cannot drift from the server: its tools table is the one the tools render, and it documents every flag. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../cli/spec/load.js';
import { buildTools } from '../../cli/mcp/tools.js';
import { toolsTable } from '../../cli/mcp/tools-table.js';
import { MCP_HELP } from '../../cli/commands/mcp.js';

const page = readFileSync(new URL('../../docs/mcp.md', import.meta.url), 'utf8');

describe('docs/mcp.md', () => {
  it('holds the tools table as the tools render it (paste the expected table between the markers to fix)', async () => {
    const section = /<!-- tools:start[^>]*-->\n([\s\S]*?)\n<!-- tools:end -->/.exec(page);
    expect(section, 'tools:start / tools:end markers').not.toBeNull();
    expect(section![1]).toBe(toolsTable(buildTools(await loadSpec())));
  });

  it('documents every flag of sobot-cc mcp', () => {
    const flags = [...MCP_HELP.matchAll(/--[a-z-]+/g)].map((m) => m[0]);
    expect(new Set(flags).size).toBeGreaterThanOrEqual(8);
    for (const f of new Set(flags)) expect(page, f).toContain(f);
  });
});
