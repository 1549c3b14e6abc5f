#!/usr/bin/env node
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
