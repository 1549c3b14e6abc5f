/** `--data '<json>'`, `--data @file.json`, `--data -` or `--data @-` (standard input). */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readData(spec: string, flag = 'data'): Promise<unknown> {
  let text: string;
  let from: string;
  if (spec === '-' || spec === '@-') {
    text = await readStdin();
    from = 'standard input';
  } else if (spec.startsWith('@')) {
    const path = spec.slice(1);
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new UsageError(`--${flag} ${spec}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    from = path;
  } else {
    text = spec;
    from = `--${flag}`;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${from} is not JSON: ${(e as Error).message}`);
  }
}
