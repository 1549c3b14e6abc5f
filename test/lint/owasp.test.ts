// The OWASP API Security ruleset (Spectral's, pinned) finds nothing in the contract, and the
// exclusions in lint/spectral/owasp.yaml are exactly the ones documented there and in
// lint/README.md — so a rule cannot be switched off quietly. A fixture proves the ruleset is
// live: the same rules still fire on a document that breaks them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from './support/spectral.js';

const require = createRequire(import.meta.url);
const { Spectral, Document } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');
const { getRuleset } = require('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset.js');
const { getResolver } = require('@stoplight/spectral-cli/dist/services/linter/utils/getResolver.js');

const OWASP = join(repoRoot, 'lint/spectral/owasp.yaml');

/** Rules off everywhere, each with its reason in owasp.yaml. */
const OFF = [
  'owasp:api4:2023-array-limit',
  'owasp:api4:2023-integer-limit',
  'owasp:api4:2023-integer-limit-legacy',
  'owasp:api4:2023-rate-limit',
  'owasp:api4:2023-rate-limit-responses-429',
  'owasp:api4:2023-string-limit',
  'owasp:api4:2023-string-restricted',
  'owasp:api8:2023-define-error-responses-500',
  'owasp:api8:2023-define-error-validation',
];

let spectral: Promise<any> | undefined;
function linter() {
  spectral ??= (async () => {
    const s = new Spectral({ resolver: getResolver() });
    s.setRuleset(await getRuleset(OWASP));
    return s;
  })();
  return spectral;
}

async function lint(file: string) {
  const doc = new Document(readFileSync(file, 'utf8'), Parsers.Yaml, file);
  return ((await (await linter()).run(doc)) as any[]).map((r) => ({ code: String(r.code), path: r.path.join('.') }));
}

describe('the OWASP API Security ruleset (lint/spectral/owasp.yaml)', () => {
  it('finds nothing in openapi.yaml', async () => {
    expect(await lint(join(repoRoot, 'openapi.yaml'))).toEqual([]);
  });

  it('turns off exactly the documented rules, each with its reason written above it, and lint/README.md lists them', async () => {
    const ruleset = (await linter()).ruleset;
    const off = Object.entries(ruleset.rules as Record<string, any>)
      .filter(([name, rule]) => name.startsWith('owasp:') && !rule.enabled)
      .map(([name]) => name)
      .sort();
    expect(off).toEqual(OFF);
    const text = readFileSync(OWASP, 'utf8');
    const readme = readFileSync(join(repoRoot, 'lint/README.md'), 'utf8');
    const lines = text.split('\n');
    for (const name of OFF) {
      let line = lines.findIndex((l) => l.trim() === `${name}: off`);
      expect(line, name).toBeGreaterThan(0);
      // a group of rules shares the comment above its first line
      while (/^\s*owasp:\S+: off$/.test(lines[line - 1]!)) line--;
      expect(lines[line - 1]!.trim().startsWith('#'), `${name} has a reason above it`).toBe(true);
      expect(readme, `lint/README.md names ${name}`).toContain(name);
    }
    // scoped exclusions: the token operation only
    expect(text).toContain('files: ["**#/paths/~1tokens~1company/post"]');
    expect(readme).toContain('owasp:api2:2023-write-restricted');
    expect(readme).toContain('owasp:api8:2023-define-error-responses-401');
  });

  it('is live: the rules left on still fire, and the token-only exclusions apply to no other operation', async () => {
    const codes = new Set((await lint(resolve(fixturesDir, 'owasp.fail.yaml'))).map((f) => `${f.code} ${f.path}`));
    expect(codes).toContain('owasp:api2:2023-write-restricted paths./queue.post.security');
    expect(codes).toContain('owasp:api8:2023-define-error-responses-401 paths./queue.post.responses');
    expect(codes).toContain('owasp:api9:2023-inventory-access servers.0');
    expect(codes).toContain('owasp:api9:2023-inventory-environment servers.0.description');
    expect([...codes].some((c) => c.startsWith('owasp:api2:2023-write-restricted paths./tokens/company'))).toBe(false);
  });
});
