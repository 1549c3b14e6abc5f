/**
 * Every process the bench starts runs plain JavaScript: each bench/*.ts entry is bundled with
 * esbuild into .tmp/bench-build/<name>.mjs (node_modules packages left external, so `sobot-cc`
 * resolves to the built package), so no TypeScript loader sits in a measured process.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = join(ROOT, '.tmp/bench-build');
const done = new Map<string, Promise<string>>();

export function compiled(script: string): Promise<string> {
  if (!script.endsWith('.ts')) return Promise.resolve(script);
  let p = done.get(script);
  if (!p) {
    const rel = relative(join(ROOT, 'bench'), script).replace(/[\\/]/g, '__');
    const outfile = join(BUILD_DIR, basename(rel).replace(/\.ts$/, '.mjs'));
    mkdirSync(BUILD_DIR, { recursive: true });
    p = build({
      entryPoints: [script], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', logLevel: 'warning',
    }).then(() => outfile);
    done.set(script, p);
  }
  return p;
}
