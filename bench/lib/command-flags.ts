/** The V8 flags the sobot-cc command runs with: its shebang (cli/bin.mjs), the one place they are written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './proc.js';

export function commandNodeFlags(): string[] {
  const first = readFileSync(join(ROOT, 'cli/bin.mjs'), 'utf8').split('\n', 1)[0]!;
  return first.split(/\s+/).filter((w) => w.startsWith('--'));
}
