/**
 * `sobot-cc sim`: the stateful Sobot simulator (src/sim) on 127.0.0.1 until Ctrl-C. Its first
 * line of output is its base URL alone, so a script can read it (`read -r url`).
 * Parses its own flags: `--empty` takes no value, which the CLI's global flag list cannot know.
 */
import { Flags, parseArgv } from '../args/argv.js';
import type { Io } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { normalize } from '../spec/names.js';
import { faultRuleIssues, type FaultRule } from '../../src/sim/faults.js';
import { startSimulator, type SimulatorOptions } from '../../src/sim/index.js';

const BOOLEANS = new Set(['help', 'empty'].map(normalize));

export const SIM_HELP = [
  'sobot-cc sim [flags] — a stateful simulator of the Sobot API on 127.0.0.1 (its first line of output is its base URL)',
  '',
  '  --port N                 port (default SOBOT_SIM_PORT, else 4011; 0 picks a free one)',
  '  --host H                 address to bind (default 127.0.0.1)',
  '  --app-id ID              app id the token operation accepts (default sim-app-id)',
  '  --app-secret SECRET      app secret the sign is checked with (default sim-app-secret)',
  '  --empty                  start with no data (default: a deterministic data set to page through)',
  '  --data FILE              start with the state in FILE (JSON, as GET /__sim/state exports it)',
  '  --state FILE             keep the state in FILE across restarts (loaded when present, rewritten atomically)',
  '  --settle-ms N            delay before an import chunk shows in the import results (default 200)',
  '  --token-lifetime-ms N    lifetime of issued tokens (default 86400000 = 24 h)',
  '  --max-clock-skew-ms N    how far a token request\'s currentTime may be off (default 900000)',
  '  --latency-ms N           add N ms to every answer        --jitter-ms N   and up to N ms more',
  '  --max-in-flight N        answer 429 + Retry-After beyond N requests at once',
  '  --per-second N           answer 429 + Retry-After beyond N requests per second',
  '  --fault JSON             a fault rule, repeatable, e.g. \'{"operation":"importCallingList","status":503,"when":"after","times":1}\'',
  '',
  'Admin API on the same port: POST /__sim/reset, GET|PUT /__sim/state, GET /__sim/requests, GET|POST|DELETE /__sim/faults,',
  'POST /__sim/tokens/expire, GET|PATCH /__sim/config (GET /__sim lists them). Details: docs/simulator.md.',
  '',
].join('\n');

function count(flags: Flags, name: string, min: number): number | undefined {
  const text = flags.value(name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`--${name} must be a whole number >= ${min}, got "${text}"`);
  return Number(text);
}

export function simOptions(flags: Flags, env: NodeJS.ProcessEnv): SimulatorOptions {
  const portText = flags.value('port') ?? env.SOBOT_SIM_PORT ?? '4011';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a port number (0-65535), got "${portText}"`);
  const o: SimulatorOptions = { port: Number(portText) };
  const str = (name: string) => {
    const v = flags.value(name);
    if (v === '') throw new UsageError(`--${name} must not be empty`);
    return v;
  };
  const host = str('host');
  const appId = str('app-id');
  const appSecret = str('app-secret');
  const data = str('data');
  const stateFile = str('state');
  if (host !== undefined) o.host = host;
  if (appId !== undefined) o.appId = appId;
  if (appSecret !== undefined) o.appSecret = appSecret;
  if (flags.has('empty')) o.empty = true;
  if (data !== undefined) o.data = data;
  if (o.empty && data !== undefined) throw new UsageError('--empty and --data exclude each other');
  if (stateFile !== undefined) o.stateFile = stateFile;
  const settle = count(flags, 'settle-ms', 0);
  if (settle !== undefined) o.settleMs = settle;
  const lifetime = count(flags, 'token-lifetime-ms', 1);
  if (lifetime !== undefined) o.tokenLifetimeMs = lifetime;
  const skew = count(flags, 'max-clock-skew-ms', 0);
  if (skew !== undefined) o.maxClockSkewMs = skew;

  const faults: FaultRule[] = [];
  const latencyMs = count(flags, 'latency-ms', 0);
  const jitterMs = count(flags, 'jitter-ms', 0);
  if (latencyMs !== undefined || jitterMs !== undefined) faults.push({ ...(latencyMs !== undefined && { latencyMs }), ...(jitterMs !== undefined && { jitterMs }) });
  const maxInFlight = count(flags, 'max-in-flight', 1);
  if (maxInFlight !== undefined) faults.push({ maxInFlight });
  const perSecond = count(flags, 'per-second', 1);
  if (perSecond !== undefined) faults.push({ perSecond });
  flags.values('fault').forEach((text, i) => {
    let rule: unknown;
    try {
      rule = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`--fault #${i + 1} is not JSON: ${(e as Error).message}`);
    }
    const issues = faultRuleIssues(rule);
    if (issues.length) throw new UsageError(`--fault #${i + 1}: ${issues.join('; ')}`);
    faults.push(rule as FaultRule);
  });
  if (faults.length) o.faults = faults;
  return o;
}

/** `argv`: what follows `sim` on the command line. */
export async function runSim(argv: readonly string[], io: Io): Promise<number> {
  // listening from the start: a Ctrl-C while starting still stops it cleanly (and keeps Node from dying by the signal)
  const stop = signalled();
  const parsed = parseArgv(argv, (n) => BOOLEANS.has(n));
  if (parsed.positionals.length) throw new UsageError(`sim takes no arguments, got "${parsed.positionals[0]}" (flags start with --)`);
  const flags = new Flags(parsed);
  if (flags.has('help')) {
    io.out(SIM_HELP);
    return EXIT.ok;
  }
  const options = simOptions(flags, io.env);
  const unused = flags.unused();
  if (unused.length) throw new UsageError(`unknown flag --${unused[0]} for sim (sobot-cc sim --help lists them)`);
  let sim;
  try {
    sim = await startSimulator(options);
  } catch (e) {
    throw new UsageError(`the simulator did not start: ${(e as Error).message}`);
  }
  const { appId, appSecret } = sim.credentials;
  io.out(`${sim.url}\n`);
  io.out([
    `sobot-cc simulator of the Sobot Basic Management API, ${options.empty ? 'no data' : options.data ? `data from ${options.data}` : 'default data set'}${options.stateFile ? `, state kept in ${options.stateFile}` : ''}`,
    `  credentials: app id ${appId}, app secret ${appSecret}`,
    `  admin API:   ${sim.url}/__sim (POST ${sim.url}/__sim/reset, GET ${sim.url}/__sim/requests)`,
    `  try:         SOBOT_BASE_URL=${sim.url} SOBOT_APP_ID=${appId} SOBOT_APP_SECRET=${appSecret} sobot-cc search-skill-groups`,
    'Ctrl-C stops it (exit 130; SIGTERM: exit 0), the --state file written first.',
    '',
  ].join('\n'));
  const signal = await stop;
  await sim.close(); // writes the --state file one last time
  return signal === 'SIGINT' ? EXIT.interrupted : EXIT.ok;
}

function signalled(): Promise<NodeJS.Signals> {
  return new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
