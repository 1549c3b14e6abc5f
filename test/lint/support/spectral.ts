// Lints fixtures with the project's Spectral ruleset, loaded by the Spectral CLI's own
// loader (`getRuleset`: YAML migration + rollup bundling with the CLI's builtins), so a
// test sees exactly what `npx spectral lint` sees — including how `functionsDir`
// functions and `extends` are resolved. The CLI is pinned (6.16.3); if a CLI upgrade moves
// this internal module, these imports fail loudly rather than testing something else.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const { Spectral, Document } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');
const { getRuleset } = require('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset.js');
const { getResolver } = require('@stoplight/spectral-cli/dist/services/linter/utils/getResolver.js');

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const fixturesDir = resolve(here, '../fixtures');
export const rulesetPath = join(repoRoot, 'lint/spectral/ruleset.yaml');

export interface Finding {
  code: string;
  /** Dotted JSON path, e.g. `paths./x.get.operationId`. */
  path: string;
  message: string;
  severity: number;
}

let spectralPromise: Promise<any> | undefined;

/** One Spectral instance per test file: bundling the ruleset takes about a second. */
function linter(): Promise<any> {
  spectralPromise ??= (async () => {
    const spectral = new Spectral({ resolver: getResolver() });
    spectral.setRuleset(await getRuleset(rulesetPath));
    return spectral;
  })();
  return spectralPromise;
}

/** All findings for a document file (absolute, or relative to test/lint/fixtures). */
export async function lintFile(file: string): Promise<Finding[]> {
  const source = resolve(fixturesDir, file);
  const document = new Document(readFileSync(source, 'utf8'), Parsers.Yaml, source);
  const results = await (await linter()).run(document);
  return results
    .map((r: any) => ({ code: String(r.code), path: r.path.join('.'), message: r.message, severity: r.severity }))
    .sort((a: Finding, b: Finding) => a.code.localeCompare(b.code) || a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
}

/** Findings of one rule only. */
export async function findings(rule: string, file: string): Promise<Finding[]> {
  return (await lintFile(file)).filter((f) => f.code === rule);
}

/** Findings of one rule, as `path` strings only (the common assertion). */
export async function paths(rule: string, file: string): Promise<string[]> {
  return (await findings(rule, file)).map((f) => f.path);
}

/** The ids of the rules the ruleset itself defines (not inherited from spectral:oas). */
export async function ownRuleNames(): Promise<string[]> {
  const spectral = await linter();
  return Object.keys(spectral.ruleset.rules).filter((name) => name.startsWith('sobot-'));
}

/**
 * Assert that `rule` reports exactly `expected` on `file`: one `[path, message fragment]`
 * per finding, nothing more (so the "fine" cases inside a failing fixture are proven
 * silent), and every finding is an error.
 */
export async function expectExactly(rule: string, file: string, expected: Array<[string, string]>): Promise<void> {
  const found = await findings(rule, file);
  expect(found.map((f) => f.path)).toEqual(expected.map(([path]) => path).sort((a, b) => a.localeCompare(b)));
  // Paths may repeat (two problems at one place): match fragments within each path group.
  for (const [path, fragment] of expected) {
    const messages = found.filter((f) => f.path === path).map((f) => f.message);
    expect(messages.some((m) => m.includes(fragment)), `${path}: no message containing "${fragment}" in ${JSON.stringify(messages)}`).toBe(true);
  }
  expect(found.every((f) => f.severity === 0), 'every finding is an error').toBe(true);
  expect(found.every((f) => f.message.startsWith(`[${rule}]`)), 'every message names its rule').toBe(true);
}
