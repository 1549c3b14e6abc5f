/**
 * `sobot-cc mcp`: the contract's operations as MCP tools for an AI assistant, over stdio (the
 * default, what desktop clients spawn) or Streamable HTTP on 127.0.0.1 (`--http PORT`).
 * The MCP SDK is an optional peer dependency: it is loaded here, only for this command, so an
 * SDK-only install never pays for it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createSobotClient } from '../../src/index.js';
import { Flags, parseArgv } from '../args/argv.js';
import { resolveConnection } from '../config/resolve.js';
import type { Io } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { findSpecPath, loadSpec } from '../spec/load.js';
import { normalize } from '../spec/names.js';
import { serverUrls } from '../spec/servers.js';

/** The version `npm install` needs; package.json's peerDependencies allows this range. */
export const MCP_SDK = '@modelcontextprotocol/sdk';
const MCP_SDK_INSTALL = `npm install ${MCP_SDK}@1.32.2`;

const FLAGS = ['help', 'http', 'read-only', 'allow', 'deny', 'profile', 'base-url', 'timeout', 'debug'] as const;
const BOOLEANS = new Set(['help', 'read-only', 'debug'].map(normalize));

export const MCP_HELP = [
  'sobot-cc mcp [--read-only] [--allow NAME]... [--deny NAME]... [--http PORT] [--profile NAME] [--base-url URL]',
  '',
  'Serves every operation of the contract as an MCP tool (docs/mcp.md), over stdio unless --http is given.',
  '',
  '  --read-only      offer only the tools that read (x-sobot-safe)',
  '  --allow NAME     offer only these: an operationId, a tool name or a tag (repeat, or comma-separate)',
  '  --deny NAME      never offer these (same names)',
  '  --http PORT      Streamable HTTP at http://127.0.0.1:PORT/mcp instead of stdio (0 picks a free port)',
  '  --profile NAME, --base-url URL, --timeout MS, --debug   the connection, as for every command',
  '',
  'Credentials come from the same places as for every command: SOBOT_TOKEN or SOBOT_APP_ID +',
  'SOBOT_APP_SECRET, else the profile (sobot-cc profile set). Results never carry them.',
  '',
  `Needs the MCP SDK next to sobot-cc: ${MCP_SDK_INSTALL}`,
  '',
].join('\n');

function version(): string {
  try {
    return String((JSON.parse(readFileSync(join(dirname(findSpecPath()), 'package.json'), 'utf8')) as { version?: string }).version);
  } catch {
    return '0.0.0';
  }
}

/** The MCP modules, or a usage error that says how to install the SDK they import. */
async function loadMcp() {
  try {
    const [server, tools, selection] = await Promise.all([
      import('../mcp/server.js'), import('../mcp/tools.js'), import('../mcp/selection.js'),
    ]);
    return { ...server, ...tools, ...selection };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'MODULE_NOT_FOUND') && err.message.includes(MCP_SDK)) {
      throw new UsageError(`sobot-cc mcp needs the MCP SDK, which is not installed: ${MCP_SDK_INSTALL}`);
    }
    throw e;
  }
}

function port(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--http must be a port number (0-65535), got "${text}"`);
  return Number(text);
}

/** Resolves when the client ends the session: stdin closes, or a signal asks the server to stop. */
function untilStopped(stdio: boolean): Promise<string> {
  return new Promise((resolve) => {
    if (stdio) {
      process.stdin.once('end', () => resolve('standard input closed'));
      process.stdin.once('close', () => resolve('standard input closed'));
    }
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

/**
 * `argv`: the command line after `mcp`. Parses its own flags: `--read-only` takes no value,
 * which the CLI's global flag list cannot know.
 */
export async function runMcp(argv: string[], io: Io): Promise<number> {
  const flags = new Flags(parseArgv(argv, (n) => BOOLEANS.has(n)));
  const extra = flags.args.positionals;
  if (flags.has('help')) {
    io.out(MCP_HELP);
    return EXIT.ok;
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}" (sobot-cc mcp --help)`);
  const known = new Set<string>(FLAGS.map(normalize));
  const unknown = [...flags.args.flags.keys()].find((n) => !known.has(n));
  if (unknown) throw new UsageError(`unknown flag --${flags.typed(unknown)} for mcp (sobot-cc mcp --help)`);
  const httpPort = port(flags.value('http'));
  const timeout = flags.value('timeout');
  if (timeout !== undefined && !/^\d+$/.test(timeout)) throw new UsageError(`--timeout is in milliseconds, got "${timeout}"`);
  const readOnly = flags.has('read-only');
  const debug = flags.has('debug');

  const doc = await loadSpec();
  const mcp = await loadMcp();
  const all = mcp.buildTools(doc);
  const tools = mcp.selectTools(all, { readOnly, allow: flags.values('allow'), deny: flags.values('deny') });
  const conn = resolveConnection({ baseUrl: flags.value('base-url'), profile: flags.value('profile') }, io.env, serverUrls(doc));
  const { token, credentials } = conn.auth;
  if (!token && !credentials) {
    throw new UsageError(`sobot-cc mcp needs credentials (from ${conn.from.auth}): set SOBOT_TOKEN, or SOBOT_APP_ID and SOBOT_APP_SECRET, or save them in a profile (sobot-cc profile set --app-id ID --app-secret -)`);
  }
  const client = createSobotClient({
    baseUrl: conn.baseUrl, ...conn.auth,
    ...(timeout !== undefined && { timeoutMs: Number(timeout) }),
    // stdout belongs to the protocol: debug lines (secrets redacted by the SDK) go to stderr
    ...(debug && { debug: (line: string) => io.err(`${line}\n`) }),
  });
  const newServer = () => mcp.createSobotMcpServer({
    doc, client, tools, allTools: all, readOnly, baseUrl: conn.baseUrl, version: version(),
    secrets: [typeof token === 'string' ? token : undefined, credentials?.appSecret].filter((s): s is string => !!s),
  });
  const writes = tools.filter((t) => !t.op.safe).length;
  const summary = `${tools.length} tools (${writes} that write${readOnly ? ', read-only' : ''}) for ${conn.baseUrl} (credentials from ${conn.from.auth})`;

  if (httpPort !== undefined) {
    const { serveHttp } = await import('../mcp/http.js');
    const handle = await serveHttp(httpPort, newServer, (line) => io.err(`${line}\n`));
    io.err(`sobot-cc mcp: ${summary}, Streamable HTTP at ${handle.url}\n`);
    const why = await untilStopped(false);
    io.err(`sobot-cc mcp: stopping (${why})\n`);
    await handle.close();
    return EXIT.ok;
  }
  const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
  const server = newServer();
  await server.connect(new StdioServerTransport());
  io.err(`sobot-cc mcp: ${summary}, over stdio\n`);
  await untilStopped(true);
  await server.close();
  return EXIT.ok;
}
