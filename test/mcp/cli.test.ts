/**
 * `sobot-cc mcp` as an MCP client starts it: its own process over stdio (credentials from the
 * environment), and over Streamable HTTP on loopback (credentials from a profile), each talking
 * to the simulator — the same connection rules as every other command.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { writeProfile } from '../../cli/config/profile.js';
import { cliEnv, root, runCli, spawnCli } from '../cli/support/run-cli.js';

let sim: Simulator;
beforeAll(async () => { sim = await startSimulator({ settleMs: 0 }); });
afterAll(() => sim?.close());
beforeEach(() => sim.reset());

const envCredentials = () => ({ SOBOT_BASE_URL: sim.url, SOBOT_APP_ID: sim.credentials.appId, SOBOT_APP_SECRET: sim.credentials.appSecret });

describe('sobot-cc mcp over stdio', () => {
  it('serves the tools with the credentials of the environment; --read-only lists reads only; stderr holds no secret', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath, args: [join(root, 'cli/bin.mjs'), 'mcp', '--read-only'], cwd: root,
      env: cliEnv(envCredentials()) as Record<string, string>, stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (d) => (stderr += d));
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(5);
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      const r = await client.callTool({ name: 'search_extensions', arguments: { limit: 3 } }) as CallToolResult;
      const out = r.structuredContent as { items: { password: string }[] };
      expect(out.items).toHaveLength(3);
      expect(out.items.every((e) => e.password === '[REDACTED]')).toBe(true);
      expect(sim.requests().map((e) => e.operationId)).toEqual(['createCompanyToken', 'searchExtensions']);
    } finally {
      await client.close();
    }
    expect(stderr).toMatch(/sobot-cc mcp: \d+ tools \(0 that write, read-only\) for http:\/\/127\.0\.0\.1:\d+ \(credentials from environment\), over stdio/);
    expect(stderr).not.toContain(sim.credentials.appSecret);
  });

  it('refuses to start without credentials, naming where to put them (exit 2)', async () => {
    const r = await runCli(['mcp'], { env: { SOBOT_BASE_URL: sim.url } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sobot-cc mcp needs credentials .*SOBOT_TOKEN.*profile set/);
    expect(sim.requests()).toEqual([]);
  });

  it('refuses unknown flags and bad ports, and prints its help', async () => {
    expect((await runCli(['mcp', '--read-only', '--write'], { env: envCredentials() })).stderr).toMatch(/unknown flag --write for mcp/);
    expect((await runCli(['mcp', '--http', '70000'], { env: envCredentials() })).stderr).toMatch(/--http must be a port number/);
    const help = await runCli(['help', 'mcp']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--read-only');
  });
});

describe('sobot-cc mcp --http', () => {
  it('serves Streamable HTTP on 127.0.0.1 with a profile\'s credentials; a write is seen by a later read; foreign Host headers are refused', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'sobot-cc-mcp-')), 'profiles.json');
    writeProfile(config, 'sim', { baseUrl: sim.url, appId: sim.credentials.appId, appSecret: sim.credentials.appSecret });
    const child = spawnCli(['mcp', '--http', '0', '--profile', 'sim', '--allow', 'skill-groups'], { env: { SOBOT_CC_CONFIG: config } });
    child.stdin!.end();
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 30 s: ${stderr}`)), 30_000);
        child.stderr!.on('data', () => {
          const m = /Streamable HTTP at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr);
          if (m) { clearTimeout(timer); resolve(m[1]!); }
        });
        void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      expect(stderr).toContain('credentials from profile sim');

      const client = new Client({ name: 'http-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['create_skill_group', 'delete_skill_group', 'search_skill_group_members', 'search_skill_groups', 'update_skill_group_members']);
      const created = await client.callTool({ name: 'create_skill_group', arguments: { queueName: 'over http', queueID: '8888' } }) as CallToolResult;
      expect(created.isError, JSON.stringify(created)).toBeFalsy();
      const listed = await client.callTool({ name: 'search_skill_groups', arguments: { limit: 500 } }) as CallToolResult;
      expect((listed.structuredContent as { items: { queueID: string }[] }).items.map((g) => g.queueID)).toContain('8888');
      expect(sim.exportState().skillGroups.some((g) => g.queueID === '8888')).toBe(true);
      await client.close();

      // a page elsewhere resolving its own name to 127.0.0.1 (DNS rebinding) is not served
      // (node:http: fetch does not let a caller choose the Host header)
      const port = new URL(url).port;
      const rebinding = await new Promise<number>((resolve, reject) => {
        const req = request(url, {
          method: 'POST', headers: { host: `attacker.example:${port}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on('error', reject);
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } } }));
      });
      expect(rebinding).toBe(403);
      const noSession = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }) });
      expect(noSession.status).toBe(400);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopping (SIGTERM)');
    expect(stderr).not.toContain(sim.credentials.appSecret);
  });
});
