/**
 * An MCP session as a test sees it: the real simulator on loopback, a real SDK client on it,
 * the sobot-cc MCP server, and the MCP SDK's own Client talking to it over an in-memory pair.
 * Every tool result is kept, so a test can scan all of them (e.g. for secrets).
 */
import AjvModule from 'ajv';
import { afterAll, beforeAll, expect } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { createSobotClient } from '../../src/index.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { loadSpec } from '../../cli/spec/load.js';
import { buildTools } from '../../cli/mcp/tools.js';
import { selectTools, type Selection } from '../../cli/mcp/selection.js';
import { createSobotMcpServer } from '../../cli/mcp/server.js';

const Ajv = AjvModule.default;

export interface McpSession {
  sim: Simulator;
  client: Client;
  /** the tools as the client listed them, by name */
  tools: Map<string, Tool>;
  /** every result a call returned, in order */
  results: CallToolResult[];
  call(name: string, args?: Record<string, unknown>, options?: { onprogress?: (p: { progress: number; total?: number; message?: string }) => void }): Promise<CallToolResult>;
  close(): Promise<void>;
}

export async function startMcpSession(selection: Selection = {}, o: { sim?: Simulator; pollTimeoutMs?: number } = {}): Promise<McpSession> {
  const sim = o.sim ?? await startSimulator({ settleMs: 0 });
  const doc = await loadSpec();
  const all = buildTools(doc);
  const offered = selectTools(all, selection);
  const sobot = createSobotClient({ baseUrl: sim.url, credentials: sim.credentials });
  const server = createSobotMcpServer({
    doc, client: sobot, tools: offered, allTools: all, readOnly: !!selection.readOnly, baseUrl: sim.url, version: 'test',
    secrets: [sim.credentials.appSecret], ...(o.pollTimeoutMs !== undefined && { pollTimeoutMs: o.pollTimeoutMs }),
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'sobot-cc-test', version: '1.0.0' });
  await client.connect(clientSide);
  // the client validates structuredContent against each tool's outputSchema once it has listed them
  const listed = new Map((await client.listTools()).tools.map((t) => [t.name, t]));
  const results: CallToolResult[] = [];
  return {
    sim, client, tools: listed, results,
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

/**
 * One session for the whole test file: started before its first test, closed after its last.
 * The object stands for the session from the moment it is declared (its members reach the
 * session once started), so a file reads `const s = sessionForFile()` and uses `s` as a session.
 */
export function sessionForFile(selection: Selection = {}): McpSession {
  let session: McpSession | undefined;
  beforeAll(async () => {
    session = await startMcpSession(selection);
  });
  afterAll(() => session?.close());
  const started = (): McpSession => {
    if (!session) throw new Error('the MCP session starts in beforeAll: use it inside a test or hook');
    return session;
  };
  return {
    get sim() { return started().sim; },
    get client() { return started().client; },
    get tools() { return started().tools; },
    get results() { return started().results; },
    call: (name, args, options) => started().call(name, args, options),
    close: () => started().close(),
  };
}

/** Fails the test unless the result's structuredContent matches the tool's outputSchema (ajv, apart from the client's own check). */
export function expectOutputSchema(s: McpSession, name: string, r: CallToolResult): void {
  const validate = new Ajv({ strict: false, allErrors: true }).compile(s.tools.get(name)!.outputSchema!);
  expect(validate(r.structuredContent), JSON.stringify(validate.errors)).toBe(true);
}
