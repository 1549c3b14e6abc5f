/** An install without the optional MCP SDK: `sobot-cc mcp` says the one command that adds it, and every other command works. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, root } from '../cli/support/run-cli.js';

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', join(root, 'test/mcp/fixtures/without-mcp-sdk.mjs'), join(root, 'cli/bin.mjs'), ...args], {
    cwd: root, env: cliEnv({ SOBOT_BASE_URL: 'http://127.0.0.1:9', SOBOT_TOKEN: 'not-used' }), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('without @modelcontextprotocol/sdk', () => {
  it('sobot-cc mcp exits 2 naming the install command; the rest of the CLI is untouched', async () => {
    const r = await run(['mcp']);
    expect(r.code).toBe(2);
    // the version the tests ran with, which the peer range admits
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const tested = pkg.devDependencies['@modelcontextprotocol/sdk'];
    expect(pkg.peerDependencies['@modelcontextprotocol/sdk']).toBe(`^${tested}`);
    expect(pkg.peerDependenciesMeta['@modelcontextprotocol/sdk']).toEqual({ optional: true });
    expect(r.stderr).toContain(`sobot-cc mcp needs the MCP SDK, which is not installed: npm install @modelcontextprotocol/sdk@${tested}`);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('sobot-cc mcp');
  });
});
