// Every own Spectral rule against its documents (test/lint/rule-cases.ts): each failing document
// gets exactly its expected findings, all errors naming the rule; the one valid document
// passes every rule at once (its per-rule coverage is written in the table, not re-run per rule).
import { describe, expect, it } from 'vitest';
import { RULE_CASES } from './rule-cases.js';
import { expectExactly, lintFile, ownRuleNames } from './support/spectral.js';

const failing = Object.entries(RULE_CASES).flatMap(([rule, { fail }]) =>
  fail.map((doc) => [rule, doc.flags, doc] as const),
);

describe('own Spectral rules', () => {
  it('the table has a row, with at least one failing document, for every own rule of the ruleset', async () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual((await ownRuleNames()).sort());
    for (const [rule, { fail }] of Object.entries(RULE_CASES)) expect(fail.length, rule).toBeGreaterThan(0);
  });

  it('the valid document passes every rule, own and inherited', async () => {
    expect(await lintFile('valid.yaml')).toEqual([]);
  });

  it.each(failing)('%s flags %s', async (rule, _flags, doc) => {
    expect(doc.expected.length, 'a failing document expects at least one finding').toBeGreaterThan(0);
    await expectExactly(rule, doc.fixture, doc.expected.map(([path, fragment]) => [path, fragment]));
  });
});
