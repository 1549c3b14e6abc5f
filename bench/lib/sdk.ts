/**
 * Loads the SDK the way a user gets it: `import('sobot-cc')` (the package's own exports, i.e.
 * the built dist/) when that resolves; otherwise the TypeScript sources through tsx, and the
 * report says so. BENCH_SDK=src or BENCH_SDK=package forces one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './proc.js';

export type Sdk = typeof import('../../src/index.js');

export interface LoadedSdk {
  sdk: Sdk;
  /** "package (dist/…)" or "src via tsx" */
  from: string;
}

/** What `import('sobot-cc')` would load, if package.json exports it and the file exists. */
export function packageEntry(): string | undefined {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports?: unknown; main?: string; module?: string };
  const pick = (e: unknown): string | undefined => {
    if (typeof e === 'string') return e;
    if (e && typeof e === 'object') {
      const o = e as Record<string, unknown>;
      if ('.' in o) return pick(o['.']);
      return pick(o.import ?? o.node ?? o.default);
    }
    return undefined;
  };
  const entry = pick(pkg.exports) ?? pkg.module ?? pkg.main;
  return entry && existsSync(join(ROOT, entry)) ? entry : undefined;
}

export async function loadSdk(): Promise<LoadedSdk> {
  const want = process.env.BENCH_SDK;
  const entry = packageEntry();
  if (want !== 'src' && entry) {
    const spec = 'sobot-cc';
    return { sdk: (await import(spec)) as Sdk, from: `package (${entry.replace(/^\.\//, '')})` };
  }
  if (want === 'package') throw new Error('BENCH_SDK=package but package.json exports no built entry (run npm run build)');
  return { sdk: await import('../../src/index.js'), from: want === 'src' ? 'src/ from source (BENCH_SDK=src)' : 'src/ from source (no built package entry found)' };
}

export type Bulk = typeof import('../../src/bulk/index.js');

/** `sobot-cc/bulk` when the package exports it (built), else src/bulk through tsx. */
export async function loadBulk(): Promise<{ bulk: Bulk; from: string }> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const sub = pkg.exports?.['./bulk'];
  const want = process.env.BENCH_SDK;
  if (want !== 'src' && sub && packageEntry()) {
    const spec = 'sobot-cc/bulk';
    try {
      return { bulk: (await import(spec)) as Bulk, from: 'package (sobot-cc/bulk)' };
    } catch (e) {
      if (want === 'package') throw e;
    }
  }
  return { bulk: await import('../../src/bulk/index.js'), from: 'src/bulk from source (the package exports no ./bulk)' };
}
