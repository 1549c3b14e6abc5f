#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=200
// The flags: a bulk import allocates fast, and a small young generation keeps its peak RSS low at
// no cost in throughput (bench/RESULTS.md). V8 lets its old space grow to about 4x what survived
// the last full collection before collecting again; for an import that is ~13 MB live, so the old
// space swelled to ~45 MB of mostly garbage and a 1,000,000-row import peaked at 148-160 MB RSS.
// --heap-growing-percent=200 makes that 3x: 132-144 MB for 0-6 % more CPU (medians of two
// interleaved rounds of 3 in bench/cases/bulk-dedupe-rss.ts). 100 (2x) gave 117-126 MB but cost
// ~8-11 % more CPU in full collections, over the 5 % an import may lose. Not a cap, unlike --max-old-space-size: a
// report of a million problem rows still fits.
// V8 takes these only at start-up, hence the shebang (bench/cases/bulk-*.ts read them from here).
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
