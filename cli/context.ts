/** What every command gets: the spec, the parsed flags, output streams and the way to a client. */
import { createSobotClient, type SobotClient } from '../src/index.js';
import type { OperationMeta } from '../src/spec-types.js';
import type { Flags } from './args/argv.js';
import { missingCredentials, resolveConnection } from './config/resolve.js';
import { UsageError } from './errors.js';
import type { JsonObject } from './spec/load.js';
import { serverUrls } from './spec/servers.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Context {
  doc: JsonObject;
  flags: Flags;
  io: Io;
  /** the command as the user typed it (`get-agent-setting`, `call getAgentSetting`, `import calling-list`), for messages */
  command: string;
  /** positionals after the command word(s) */
  rest: string[];
  /**
   * A client for calling `op`. A secured operation with no credentials from any source is
   * refused here (exit 2, nothing sent), before the SDK would refuse it in its own words.
   */
  connect(op: OperationMeta): SobotClient;
}

export function makeContext(doc: JsonObject, flags: Flags, io: Io, command: string, rest: string[]): Context {
  // the connection flags are common to every command: read them now so they never count as unknown
  const baseUrl = flags.value('base-url');
  const profile = flags.value('profile');
  const timeout = flags.value('timeout');
  const debug = flags.has('debug');
  return {
    doc, flags, io, command, rest,
    connect(op) {
      const conn = resolveConnection({ baseUrl, profile }, io.env, serverUrls(doc));
      if (op.security && !conn.auth.token && !conn.auth.credentials) throw new UsageError(missingCredentials(command, conn));
      if (timeout !== undefined && !/^\d+$/.test(timeout)) throw new UsageError(`--timeout is in milliseconds, got "${timeout}"`);
      if (debug) io.err(`sobot-cc: ${conn.baseUrl} (address from ${conn.from.baseUrl}, credentials from ${conn.from.auth})\n`);
      return createSobotClient({
        baseUrl: conn.baseUrl,
        ...conn.auth,
        ...(timeout !== undefined && { timeoutMs: Number(timeout) }),
        // the SDK redacts tokens, secrets and signatures from these lines
        ...(debug && { debug: (line: string) => io.err(`${line}\n`) }),
      });
    },
  };
}
