/**
 * Until `npm run build` exists, the cold-import case needs plain JS: this transpiles src/ and
 * generated/ file by file (no bundling, like tsc would) into .tmp/bench-dist/.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './proc.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export async function emulateDist(): Promise<string> {
  const out = join(ROOT, '.tmp/bench-dist');
  rmSync(out, { recursive: true, force: true });
  const entries = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'generated'))]
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'));
  await build({
    entryPoints: entries, outdir: out, outbase: ROOT, bundle: false, format: 'esm', platform: 'node',
    target: 'es2022', logLevel: 'silent', sourcemap: false,
  });
  return join(out, relative(ROOT, join(ROOT, 'src/index.js')));
}
