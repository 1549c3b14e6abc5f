// redocly.yaml must be understood by BOTH Redocly generations that read it:
// @redocly/cli 2.x (`npm run lint:redocly`) and the @redocly/openapi-core 1.x that
// openapi-typescript 7 bundles (it lints with redocly.yaml before generating and stops on
// an error). For each: the canonical fixture is clean, and redocly.fail.yaml trips the
// rules this project adds on top of recommended-strict — proof the `extends` chain
// (redocly.yaml -> lint/redocly/redocly.yaml -> recommended-strict) was read.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from './support/spectral.js';
import { OPENAPI_TS, REDOCLY, runCli } from './support/run.js';

const require = createRequire(import.meta.url);
const coreV1 = require('@redocly/openapi-core');

interface Problem {
  ruleId: string;
  severity: string;
}

// The added rules redocly.fail.yaml trips (each is off or weaker in recommended-strict, or needs the
// stricter example option).
const ADDED_RULES = ['no-invalid-media-type-examples', 'no-invalid-schema-examples', 'operation-description', 'operation-singular-tag', 'parameter-description'];

describe('redocly.yaml with @redocly/cli 2.x', () => {
  const lint = (file: string) => {
    const run = runCli(REDOCLY, ['lint', join(fixturesDir, file), '--format', 'json']);
    return { ...run, problems: JSON.parse(run.stdout).problems as Problem[] };
  };

  it('passes the canonical fixture', () => {
    const { status, problems } = lint('valid.yaml');
    expect(problems).toEqual([]);
    expect(status).toBe(0);
  });

  it('reports the added rules as errors', () => {
    const { status, problems } = lint('redocly.fail.yaml');
    expect(status).not.toBe(0);
    expect([...new Set(problems.map((p: Problem) => p.ruleId))].sort()).toEqual(ADDED_RULES);
    expect(problems.every((p: Problem) => p.severity === 'error')).toBe(true);
  });
});

describe('redocly.yaml with Redocly core 1.x (as openapi-typescript loads it)', () => {
  it('is bundled by openapi-typescript at 1.x', () => {
    expect(require('@redocly/openapi-core/package.json').version).toMatch(/^1\./);
  });

  it('resolves the extends chain into strict rules', async () => {
    const config = await coreV1.loadConfig({ configPath: join(repoRoot, 'redocly.yaml') });
    const rules = config.styleguide.rules.oas3_0;
    expect(rules['operation-singular-tag']).toBe('error');
    expect(rules['no-invalid-media-type-examples']).toEqual({ severity: 'error', allowAdditionalProperties: false });
    expect(rules['no-unused-components']).toBe('error'); // from recommended-strict
  });

  it('passes the canonical fixture and reports the added rules on the failing one', async () => {
    const config = await coreV1.loadConfig({ configPath: join(repoRoot, 'redocly.yaml') });
    expect(await coreV1.lint({ ref: join(fixturesDir, 'valid.yaml'), config })).toEqual([]);
    const problems: Problem[] = await coreV1.lint({ ref: join(fixturesDir, 'redocly.fail.yaml'), config });
    // Core 1.x misses the additional-property example error when the schema is a $ref
    // (2.x catches it); everything else matches.
    expect([...new Set(problems.map((p) => p.ruleId))].sort()).toEqual(ADDED_RULES.filter((r) => r !== 'no-invalid-media-type-examples'));
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('lets openapi-typescript generate from the canonical fixture with this config', () => {
    const run = runCli(OPENAPI_TS, [join(fixturesDir, 'valid.yaml'), '--redocly', join(repoRoot, 'redocly.yaml')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('export interface paths');
  });
});
