/**
 * The Streamable HTTP endpoint in-process: sessions are kept apart, ended by DELETE, and
 * bounded — a client that never ends its sessions cannot grow the server without limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createSobotClient } from '../../src/index.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { loadSpec } from '../../cli/spec/load.js';
import { buildTools } from '../../cli/mcp/tools.js';
import { createSobotMcpServer } from '../../cli/mcp/server.js';
import { MAX_SESSIONS, serveHttp, type HttpHandle } from '../../cli/mcp/http.js';

let sim: Simulator;
let http: HttpHandle;
beforeAll(async () => {
  sim = await startSimulator();
  const doc = await loadSpec();
  const tools = buildTools(doc);
  const client = createSobotClient({ baseUrl: sim.url, credentials: sim.credentials });
  http = await serveHttp(0, () => createSobotMcpServer({ doc, client, tools, readOnly: false, baseUrl: sim.url, version: 'test' }), () => {});
});
afterAll(async () => {
  await http?.close();
  await sim?.close();
});

const initialize = () => fetch(http.url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
  body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }),
});

describe('Streamable HTTP sessions', () => {
  it('are ended by DELETE, after which their id is unknown', async () => {
    const transport = new StreamableHTTPClientTransport(new URL(http.url));
    const client = new Client({ name: 'a', version: '1' });
    await client.connect(transport);
    const id = transport.sessionId!;
    expect((await client.listTools()).tools.length).toBe(19);
    await transport.terminateSession();
    const after = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json', 'mcp-session-id': id }, body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }) });
    expect(after.status).toBe(404);
    expect(await after.text()).toContain(`no session ${id}`);
    await client.close();
  });

  it(`are at most ${MAX_SESSIONS} at once; ending one makes room`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < MAX_SESSIONS; i++) {
      const r = await initialize();
      expect(r.status, await r.clone().text()).toBe(200);
      ids.push(r.headers.get('mcp-session-id')!);
      await r.body?.cancel();
    }
    const refused = await initialize();
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain(`${MAX_SESSIONS} sessions are open`);
    const ended = await fetch(http.url, { method: 'DELETE', headers: { 'mcp-session-id': ids[0]! } });
    expect(ended.status).toBe(200);
    const room = await initialize();
    expect(room.status).toBe(200);
    await room.body?.cancel();
  });
});
