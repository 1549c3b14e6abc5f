/**
 * The contract at run time: `--help` texts and flag types come from openapi.yaml itself (shipped
 * with the package), not from a copy. Parsing the YAML costs ~250 ms, so the parsed document is
 * cached as JSON under the user's cache directory, keyed by the file's hash (a changed spec
 * misses the cache by itself).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** openapi.yaml of this package: next to cli/ in the repository, next to dist/ when built. */
export function findSpecPath(): string {
  if (process.env.SOBOT_CC_SPEC) return process.env.SOBOT_CC_SPEC;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'openapi.yaml');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('openapi.yaml not found next to the sobot-cc package');
}

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'sobot-cc');
}

let loaded: JsonObject | undefined;

export async function loadSpec(): Promise<JsonObject> {
  if (loaded) return loaded;
  const path = findSpecPath();
  const text = readFileSync(path, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 24);
  const cached = join(cacheDir(), `openapi-${hash}.json`);
  try {
    loaded = JSON.parse(readFileSync(cached, 'utf8')) as JsonObject;
    return loaded;
  } catch {
    // no cache yet (or unreadable): parse below
  }
  const { parse } = await import('yaml');
  loaded = parse(text) as JsonObject;
  try {
    mkdirSync(dirname(cached), { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(loaded));
    renameSync(tmp, cached); // atomic: a concurrent reader sees the whole file or none
  } catch {
    // a read-only home is fine: parse every time
  }
  return loaded;
}
