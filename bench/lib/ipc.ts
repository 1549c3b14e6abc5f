/** Request/response over a forked child's IPC channel, one message at a time. */
import { fork, type ChildProcess } from 'node:child_process';
import { nodeArgv, ROOT, type ChildOptions } from './proc.js';

export interface Worker {
  proc: ChildProcess;
  ask<T = Record<string, unknown>>(msg: unknown): Promise<T>;
  next<T = Record<string, unknown>>(): Promise<T>;
  stop(): Promise<void>;
}

/** Forks a bench .ts entry (compiled to plain JS) with an IPC channel. */
export async function forkWorker(script: string, args: readonly string[], o: ChildOptions = {}, env: NodeJS.ProcessEnv = {}): Promise<Worker> {
  const argv = await nodeArgv(script, o);
  const proc = fork(argv[argv.length - 1], [...args], {
    cwd: ROOT,
    execArgv: argv.slice(0, -1),
    env: { ...process.env, ...env },
    stdio: ['pipe', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: ((m: unknown) => void)[] = [];
  const inbox: unknown[] = [];
  let exited: Error | undefined;
  proc.on('message', (m) => {
    const w = waiting.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  proc.on('exit', (code) => {
    exited = new Error(`worker ${script} ${args.join(' ')} exited with ${code}`);
    for (const w of waiting.splice(0)) w({ error: exited.message });
  });
  const next = <T>() => new Promise<T>((resolve, reject) => {
    const take = (m: unknown) => {
      const e = (m as { error?: string }).error;
      if (e) reject(new Error(e));
      else resolve(m as T);
    };
    if (inbox.length) take(inbox.shift());
    else if (exited) reject(exited);
    else waiting.push(take);
  });
  return {
    proc,
    next,
    ask<T>(msg: unknown) {
      proc.send(msg as object);
      return next<T>();
    },
    stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const t = setTimeout(() => proc.kill('SIGTERM'), 5_000);
        proc.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
        proc.stdin?.end();
        proc.disconnect();
      });
    },
  };
}
