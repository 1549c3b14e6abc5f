/**
 * An MCP session as a test sees it: the real simulator on loopback, a real SDK client on it,
 * the sobot-cc MCP server, and the MCP SDK's own Client talking to it over an in-memory pair.
 * Every tool result is kept, so a test can scan all of them (e.g. for secrets).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createSobotClient } from '../../src/index.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { loadSpec } from '../../cli/spec/load.js';
import { buildTools } from '../../cli/mcp/tools.js';
import { selectTools, type Selection } from '../../cli/mcp/selection.js';
import { createSobotMcpServer } from '../../cli/mcp/server.js';

export interface McpSession {
  sim: Simulator;
  client: Client;
  /** every result a call returned, in order */
  results: CallToolResult[];
  call(name: string, args?: Record<string, unknown>, options?: { onprogress?: (p: { progress: number; total?: number; message?: string }) => void }): Promise<CallToolResult>;
  close(): Promise<void>;
}

export async function startMcpSession(selection: Selection = {}, o: { sim?: Simulator; pollTimeoutMs?: number } = {}): Promise<McpSession> {
  const sim = o.sim ?? await startSimulator({ settleMs: 0 });
  const doc = await loadSpec();
  const all = buildTools(doc);
  const tools = selectTools(all, selection);
  const sobot = createSobotClient({ baseUrl: sim.url, credentials: sim.credentials });
  const server = createSobotMcpServer({
    doc, client: sobot, tools, allTools: all, readOnly: !!selection.readOnly, baseUrl: sim.url, version: 'test',
    secrets: [sim.credentials.appSecret], ...(o.pollTimeoutMs !== undefined && { pollTimeoutMs: o.pollTimeoutMs }),
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'sobot-cc-test', version: '1.0.0' });
  await client.connect(clientSide);
  // the client validates structuredContent against each tool's outputSchema once it has listed them
  await client.listTools();
  const results: CallToolResult[] = [];
  return {
    sim, client, results,
    async call(name, args = {}, options = {}) {
      const r = await client.callTool({ name, arguments: args }, undefined, options.onprogress ? { onprogress: options.onprogress } : undefined) as CallToolResult;
      results.push(r);
      return r;
    },
    async close() {
      await client.close();
      await server.close();
      if (!o.sim) await sim.close();
    },
  };
}

/** The text of a tool result (errors are text only). */
export const textOf = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
