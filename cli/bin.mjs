#!/usr/bin/env -S node --max-semi-space-size=4
// The flag: a bulk import allocates fast, and a small young generation keeps its peak RSS low at
// no cost in throughput (bench/RESULTS.md). V8 takes it only at start-up, hence the shebang.
// sobot-cc: runs the built CLI (dist/esm/cli.js) when the package was built, else the TypeScript
// source through tsx (a development checkout). SOBOT_CC_FROM_SOURCE=1 forces the source.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/esm/cli.js', import.meta.url);
if (process.env.SOBOT_CC_FROM_SOURCE !== '1' && existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('sobot-cc: this install has neither the built CLI (dist/esm/cli.js) nor tsx to run its source; run npm run build\n');
    process.exit(1);
  }
  await tsx.tsImport('./main.ts', import.meta.url);
}
