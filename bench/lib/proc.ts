/** Child processes: every server and every case runs in its own Node process. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiled } from './compile.js';
import { MARKER, type CaseResult } from './report.js';

// (this file is also bundled into .tmp/bench-build/, two levels below the root as well)
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = join(ROOT, 'bench/');

export interface ChildOptions {
  nodeFlags?: string[];
  /** run the TypeScript through tsx instead (profiles: keeps each source file's own URL) */
  tsx?: boolean;
}

/** argv of a bench .ts entry: plain JavaScript (see compile.ts), or through tsx. */
export async function nodeArgv(script: string, o: ChildOptions = {}): Promise<string[]> {
  return o.tsx ? [...(o.nodeFlags ?? []), '--import', 'tsx', script] : [...(o.nodeFlags ?? []), await compiled(script)];
}

/** Runs a bench .ts entry in a new Node process. */
export async function spawnTs(script: string, args: readonly string[] = [], opts: SpawnOptions & ChildOptions = {}): Promise<ChildProcess> {
  const { nodeFlags, tsx, ...rest } = opts;
  return spawn(process.execPath, [...await nodeArgv(script, { nodeFlags, tsx }), ...args], { cwd: ROOT, ...rest });
}

export interface RunningServer {
  port: number;
  url: string;
  proc: ChildProcess;
  /** JSON from GET /__stats */
  stats(): Promise<Record<string, unknown>>;
  /** POST /__reset */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a bench server (bench/servers/*.ts) on 127.0.0.1 and waits for `LISTENING <port>`.
 * The server exits when its stdin closes, so it never outlives the bench.
 */
export async function startServer(script: string, args: readonly string[] = []): Promise<RunningServer> {
  const proc = await spawnTs(script, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    const rl = createInterface({ input: proc.stdout! });
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 30 s`)), 30_000);
    rl.on('line', (line) => {
      const m = /^LISTENING (\d+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before listening`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    port, url, proc,
    async stats() {
      const res = await fetch(`${url}/__stats`);
      return (await res.json()) as Record<string, unknown>;
    },
    async reset() {
      await (await fetch(`${url}/__reset`, { method: 'POST' })).arrayBuffer();
    },
    stop: () => stopChild(proc),
  };
}

/** Closes the child's stdin (its cue to exit) and waits; SIGTERM to that pid after 5 s. */
export function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => proc.kill('SIGTERM'), 5_000);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    proc.stdin?.end();
    if (!proc.stdin) proc.kill('SIGTERM');
  });
}

/** Exits this process when its stdin closes (the parent is gone or done with it). */
export function exitWithParent(onExit?: () => void): void {
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => {
    onExit?.();
    process.exit(0);
  });
  process.stdin.resume();
}

/** Runs a case script to completion; returns its BENCH_RESULT (stderr passes through). */
export async function runCase(script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}, o: ChildOptions = {}): Promise<CaseResult> {
  const proc = await spawnTs(script, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, ...o });
  let result: CaseResult | undefined;
  const rl = createInterface({ input: proc.stdout! });
  rl.on('line', (line) => {
    if (line.startsWith(MARKER)) result = JSON.parse(line.slice(MARKER.length)) as CaseResult;
    else process.stderr.write(`${line}\n`);
  });
  const code = await new Promise<number | null>((resolve) => proc.once('exit', (c) => resolve(c)));
  if (!result) throw new Error(`${script} exited with ${code} without a result`);
  return result;
}

/** Runs a command; resolves with wall ms, exit code and output tail. */
export function timeCommand(cmd: string, args: readonly string[], opts: SpawnOptions = {}): Promise<{ ms: number; code: number | null; tail: string }> {
  const t0 = performance.now();
  const proc = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-4000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ ms: performance.now() - t0, code, tail: out })));
}
