/**
 * The contract at run time: `--help` texts and flag types come from the spec itself, as
 * `npm run generate` writes it to generated/openapi.json (bundled into the CLI), not from a copy.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import spec from '../../generated/openapi.json' with { type: 'json' };

export type { Json, JsonObject } from '../../lint/spec-reader/index.js';
import type { JsonObject } from '../../lint/spec-reader/index.js';

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

export async function loadSpec(): Promise<JsonObject> {
  return spec as unknown as JsonObject;
}
