/**
 * `sobot-cc mcp --http PORT`: the server over MCP Streamable HTTP at http://127.0.0.1:PORT/mcp,
 * one MCP session (and one `Server`) per client that initializes, as the MCP SDK's own examples
 * do. Loopback only, and Host headers other than the loopback names are refused (DNS rebinding:
 * a web page must not reach a server that holds call-center credentials).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';

export const MCP_PATH = '/mcp';
/** A bulk call of 500 rows is well under 1 MiB; anything near this is not an MCP message. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/**
 * Sessions end when their client sends DELETE or the server stops; a client that never says
 * goodbye would otherwise grow the map for as long as the server runs.
 */
export const MAX_SESSIONS = 64;

export interface HttpHandle {
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * The request's JSON body. node:http parses none, and the transport needs it parsed to tell an
 * initialize request (a new session) from the rest; the transport reads it as given.
 */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw new BodyError(400, `request body is not JSON: ${(e as Error).message}`);
  }
}

function jsonRpcError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

export async function serveHttp(port: number, newServer: () => Server, log: (line: string) => void): Promise<HttpHandle> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const sockets = new Set<Socket>();
  let actualPort = port;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== MCP_PATH) return jsonRpcError(res, 404, `not found: the MCP endpoint is ${MCP_PATH}`);
    const sessionId = req.headers['mcp-session-id'];
    const existing = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    if (typeof sessionId === 'string' && !existing) return jsonRpcError(res, 404, `no session ${sessionId} (it ended, or the server restarted): initialize again`);
    if (req.method === 'POST') {
      const body = await readJson(req);
      if (existing) return existing.handleRequest(req, res, body);
      if (!isInitializeRequest(body)) return jsonRpcError(res, 400, 'no mcp-session-id: initialize a session first');
      if (sessions.size >= MAX_SESSIONS) {
        return jsonRpcError(res, 503, `${MAX_SESSIONS} sessions are open: end one (HTTP DELETE with its mcp-session-id) or restart the server`);
      }
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => { sessions.set(id, transport); },
        enableDnsRebindingProtection: true,
        allowedHosts: [`127.0.0.1:${actualPort}`, `localhost:${actualPort}`, `[::1]:${actualPort}`],
      });
      transport.onclose = () => { if (transport.sessionId) sessions.delete(transport.sessionId); };
      await newServer().connect(transport);
      return transport.handleRequest(req, res, body);
    }
    if (req.method === 'GET' || req.method === 'DELETE') {
      if (!existing) return jsonRpcError(res, 400, 'no mcp-session-id: initialize a session first');
      return existing.handleRequest(req, res);
    }
    res.setHeader('allow', 'GET, POST, DELETE');
    return jsonRpcError(res, 405, `method ${req.method} not allowed`);
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof BodyError ? e.status : 500;
      if (!(e instanceof BodyError)) log(`sobot-cc mcp: ${req.method} ${req.url}: ${(e as Error).message}`);
      if (!res.headersSent) jsonRpcError(res, status, (e as Error).message);
      else res.end();
    });
  });
  http.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    // loopback only, whatever the port: the server acts with the profile's credentials
    http.listen(port, '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  actualPort = (http.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${actualPort}${MCP_PATH}`,
    port: actualPort,
    async close() {
      await Promise.all([...sessions.values()].map((t) => t.close().catch(() => {})));
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
