// End to end through the Spectral CLI: the repository's .spectral.yaml, and the ruleset
// reused from another repository that has sobot-cc installed in node_modules.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from './support/spectral.js';
import { runCli, SPECTRAL } from './support/run.js';

function codes(stdout: string): string[] {
  return [...new Set((JSON.parse(stdout) as Array<{ code: string }>).map((r) => r.code))].sort();
}

describe('spectral CLI with the repository .spectral.yaml', () => {
  it('passes the canonical fixture at --fail-severity=warn', () => {
    const run = runCli(SPECTRAL, ['lint', join(fixturesDir, 'valid.yaml'), '--fail-severity=warn', '--format', 'json', '--quiet']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('fails a failing fixture with the rule code', () => {
    const run = runCli(SPECTRAL, ['lint', join(fixturesDir, 'sobot-operation-id.fail.yaml'), '--format', 'json', '--quiet']);
    expect(run.status).toBe(1);
    expect(codes(run.stdout)).toContain('sobot-operation-id');
  });
});

// What `npm install sobot-cc` gives another repository decides which `extends` forms work:
// the package must ship lint/ (package.json "files"), and the bare specifier
// `sobot-cc/lint/...` additionally needs "exports" to expose ./lint/* (Spectral resolves it
// with require.resolve). The relative path into node_modules needs only the files.
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { files?: string[]; exports?: Record<string, unknown> };
const shipsLint = !pkg.files || pkg.files.some((f) => f === 'lint' || f.startsWith('lint/'));
const exportsLint = !pkg.exports || Object.keys(pkg.exports).some((k) => k === './lint/*' || k === './*');

describe('the ruleset reused from another repository', () => {
  let consumer: string;

  beforeAll(() => {
    // A fresh project with sobot-cc "installed": its package.json and the lint/ directory.
    consumer = mkdtempSync(join(tmpdir(), 'sobot-lint-consumer-'));
    const installed = join(consumer, 'node_modules', 'sobot-cc');
    mkdirSync(installed, { recursive: true });
    cpSync(join(repoRoot, 'package.json'), join(installed, 'package.json'));
    cpSync(join(repoRoot, 'lint'), join(installed, 'lint'), { recursive: true });
    cpSync(join(fixturesDir, 'valid.yaml'), join(consumer, 'valid.yaml'));
    cpSync(join(fixturesDir, 'sobot-batch-metadata.fail.yaml'), join(consumer, 'bad.yaml'));
  });

  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  const lintWith = (extendsEntry: string) => {
    writeFileSync(join(consumer, '.spectral.yaml'), `extends:\n  - ${extendsEntry}\n`);
    const good = runCli(SPECTRAL, ['lint', 'valid.yaml', '--fail-severity=warn', '--format', 'json', '--quiet'], consumer);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    const bad = runCli(SPECTRAL, ['lint', 'bad.yaml', '--format', 'json', '--quiet'], consumer);
    expect(bad.stderr).toBe('');
    expect(bad.status).toBe(1);
    expect(codes(bad.stdout)).toContain('sobot-batch-metadata');
  };

  it('resolves `extends: ./node_modules/sobot-cc/lint/spectral/ruleset.yaml` and its custom functions', () => {
    lintWith('./node_modules/sobot-cc/lint/spectral/ruleset.yaml');
  });

  it('resolves `extends: sobot-cc/lint/spectral/ruleset.yaml` through package.json "exports"', () => {
    expect(exportsLint, 'package.json "exports" must expose "./lint/*"').toBe(true);
    lintWith('sobot-cc/lint/spectral/ruleset.yaml');
  });

  it('is shipped: package.json "files" includes lint/', () => {
    expect(shipsLint, 'add "lint" to package.json "files", or an installed sobot-cc has no ruleset').toBe(true);
  });
});
