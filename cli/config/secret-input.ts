/** Secrets come from standard input, never from argv (shell history, `ps`): a prompt without echo on a terminal. */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    const muted = new Writable({ write: (_c, _e, cb) => cb() });
    process.stderr.write(prompt);
    const rl = createInterface({ input: stdin, output: muted, terminal: true });
    // the terminal is in raw mode here: Ctrl-C reaches readline, not the process (which would just pause the prompt)
    rl.on('SIGINT', () => {
      process.stderr.write('\n');
      process.exit(130);
    });
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    process.stderr.write('\n');
    return answer.trim();
  }
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]!.trim();
}
