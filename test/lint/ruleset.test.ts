// The ruleset as a whole: its own rules are all present, errors, documented and tested;
// (rules.test.ts shows the canonical fixture clean under EVERY rule, spectral:oas included); the top-level
// .spectral.yaml is just the shared ruleset; misconfigured options are rejected on load.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CASES } from './rule-cases.js';
import { fixturesDir, repoRoot, rulesetPath } from './support/spectral.js';

const require = createRequire(import.meta.url);
const { getRuleset } = require('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset.js');

const OWN_RULES = [
  'sobot-batch-metadata',
  'sobot-either-or-schema',
  'sobot-enum-described',
  'sobot-envelope-failure',
  'sobot-envelope-success',
  'sobot-example-properties-declared',
  'sobot-extension-shape',
  'sobot-failure-example-specific',
  'sobot-idempotency-key-header',
  'sobot-idempotent-matches-header',
  'sobot-language-header',
  'sobot-list-has-paging',
  'sobot-media-examples',
  'sobot-operation-destructive-flag',
  'sobot-operation-documented',
  'sobot-operation-id',
  'sobot-operation-safe-flag',
  'sobot-operation-secured',
  'sobot-operation-tag',
  'sobot-parameter-described',
  'sobot-property-described',
  'sobot-request-bounded',
  'sobot-sdk-method',
  'sobot-security-scheme',
  'sobot-timezone-header',
];

describe('lint/spectral/ruleset.yaml', () => {
  it('defines exactly the documented own rules, each an error with a description and a message naming it', async () => {
    const ruleset = await getRuleset(rulesetPath);
    const own = Object.keys(ruleset.rules).filter((name) => name.startsWith('sobot-')).sort();
    expect(own).toEqual(OWN_RULES);
    for (const name of own) {
      const rule = ruleset.rules[name];
      expect(rule.severity, `${name} severity`).toBe(0); // DiagnosticSeverity.Error
      expect(rule.description, `${name} description`).toMatch(/\S/);
      expect(rule.message?.template ?? rule.message, `${name} message`).toContain(`[${name}]`);
    }
  });

  it('still extends spectral:oas recommended', async () => {
    const ruleset = await getRuleset(rulesetPath);
    expect(ruleset.rules['operation-operationId-unique']?.enabled).toBe(true);
    expect(ruleset.rules['oas3-schema']?.enabled).toBe(true);
  });

  it.each(OWN_RULES)('%s has a row in the rule table (rule-cases.ts) and its failing fixtures exist', (name) => {
    const row = RULE_CASES[name];
    expect(row, `${name} has no row in test/lint/rule-cases.ts`).toBeDefined();
    for (const { fixture } of row!.fail) expect(existsSync(join(fixturesDir, fixture)), fixture).toBe(true);
  });

  it('is what the top-level .spectral.yaml loads', async () => {
    expect(readFileSync(join(repoRoot, '.spectral.yaml'), 'utf8')).toMatch(/^\s*-\s*\.\/lint\/spectral\/ruleset\.yaml\s*$/m);
    const top = await getRuleset(join(repoRoot, '.spectral.yaml'));
    const shared = await getRuleset(rulesetPath);
    expect(Object.keys(top.rules).sort()).toEqual(Object.keys(shared.rules).sort());
  });

  it('rejects contradictory function options when the ruleset is loaded', async () => {
    // Spectral throws an AggregateError of RulesetValidationErrors, each with a JSON path.
    const error = await getRuleset(join(fixturesDir, 'rulesets/conflicting-options.yaml')).then(
      () => undefined,
      (e: unknown) => e as { errors?: Array<{ path: string[] }> },
    );
    expect(error?.errors?.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['rules.bad-header-rule.then.functionOptions']);
  });
});
