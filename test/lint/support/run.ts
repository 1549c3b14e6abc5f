// Spawning the real CLIs, for the end-to-end tests (the per-rule tests lint in-process).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './spectral.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run a package's CLI entry with the current Node, in `cwd`. */
export function runCli(entry: string, args: string[], cwd = repoRoot): Run {
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', entry), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const SPECTRAL = '@stoplight/spectral-cli/dist/index.js';
export const REDOCLY = '@redocly/cli/bin/cli.js';
export const OPENAPI_TS = 'openapi-typescript/bin/cli.js';
