/**
 * The MCP server: the tools, the contract resources and the instructions, on the MCP SDK's
 * low-level `Server` — it takes the contract's JSON Schemas as they are, where `McpServer`
 * would want zod shapes. Transport-free: `sobot-cc mcp` connects it to stdio or Streamable HTTP,
 * the tests to an in-memory pair.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema, ErrorCode, ListResourcesRequestSchema, ListToolsRequestSchema, McpError, ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { SobotClient } from '../../src/client.js';
import { Redactor } from '../../src/redact.js';
import type { JsonObject } from '../spec/load.js';
import { serverInstructions } from './instructions.js';
import { contractResources } from './resources.js';
import { runTool } from './run-tool.js';
import type { SobotTool } from './tools.js';

export interface SobotMcpOptions {
  doc: JsonObject;
  client: SobotClient;
  /** the tools to offer (buildTools, then selectTools) */
  tools: SobotTool[];
  /** every tool there is: a call to one not offered says why it is not */
  allTools?: SobotTool[];
  readOnly: boolean;
  baseUrl: string;
  version: string;
  /** values scrubbed from every result and error besides the sensitive keys (the token, the app secret) */
  secrets?: string[];
  pollTimeoutMs?: number;
}

export function createSobotMcpServer(o: SobotMcpOptions): Server {
  const redactor = new Redactor();
  redactor.add(...(o.secrets ?? []));
  const byName = new Map(o.tools.map((t) => [t.name, t]));
  const resources = contractResources(o.doc, o.tools);
  const server = new Server(
    { name: 'sobot-cc', title: 'Sobot Call Center V6 (sobot-cc)', version: o.version },
    { capabilities: { tools: { listChanged: false }, resources: { listChanged: false } }, instructions: serverInstructions(o.tools, o) },
  );

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: o.tools.map((t) => ({
      name: t.name, title: t.title, description: t.description,
      inputSchema: t.inputSchema as never, outputSchema: t.outputSchema as never, annotations: t.annotations,
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    const tool = byName.get(req.params.name);
    if (!tool) {
      const hidden = o.allTools?.find((t) => t.name === req.params.name);
      throw new McpError(ErrorCode.InvalidParams, hidden
        ? `tool ${req.params.name} is not offered by this server (${o.readOnly && !hidden.op.safe ? 'it writes, and the server is read-only' : 'left out by --allow/--deny'})`
        : `unknown tool: ${req.params.name}`);
    }
    const token = req.params._meta?.progressToken;
    const progress = token === undefined ? undefined : (value: number, total: number | undefined, message: string) => extra.sendNotification({
      method: 'notifications/progress',
      params: { progressToken: token, progress: value, ...(total !== undefined && { total }), message },
    });
    return runTool(tool, req.params.arguments, {
      client: o.client, redactor, signal: extra.signal,
      ...(progress && { progress }), ...(o.pollTimeoutMs !== undefined && { pollTimeoutMs: o.pollTimeoutMs }),
    });
  });

  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: resources.map(({ read: _read, ...r }) => r),
  }));

  server.setRequestHandler(ReadResourceRequestSchema, async (req) => {
    const r = resources.find((x) => x.uri === req.params.uri);
    if (!r) throw new McpError(ErrorCode.InvalidParams, `unknown resource: ${req.params.uri}; there are ${resources.map((x) => x.uri).join(', ')}`);
    return { contents: [{ uri: r.uri, mimeType: r.mimeType, text: r.read() }] };
  });
  return server;
}
