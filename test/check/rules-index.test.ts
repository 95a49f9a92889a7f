import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_METADATA } from '../../src/index.js';

const folder = new URL('./rules/', import.meta.url);

describe('the rules of src/check/rules/index.ts', () => {
  it('each have a test file in test/check/rules/, named by the id, that tests that rule with the rule tester', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.test.ts'));
    expect(files.sort()).toEqual(RULE_METADATA.map((rule) => `${rule.id}.test.ts`).sort());
    for (const rule of RULE_METADATA) {
      expect(readFileSync(new URL(`${rule.id}.test.ts`, folder), 'utf8'), rule.id).toContain(`testRule('${rule.id}', {`);
    }
  });

  // The rule tests run each rule at its default level; this pins the defaults down.
  it('have these default levels', () => {
    expect(Object.fromEntries(RULE_METADATA.map((rule) => [rule.id, rule.level]))).toEqual({
      'circular-reasoning': 'error',
      'support-and-attack': 'error',
      'inconsistent-premises': 'error',
      'undercut-target': 'error',
      'unsupported-thesis': 'warning',
      'disconnected-statement': 'warning',
      'no-thesis': 'warning',
      'unanswered-attack': 'info',
      'single-premise': 'info',
      'duplicate-statement': 'warning',
      'quote-not-found': 'error',
      'missing-quote': 'info',
      'implicit-quote': 'warning',
      'source-unreadable': 'warning',
      'unknown-scheme': 'warning',
      'scheme-premises': 'warning',
      'critical-question': 'off',
      'unendorsed-report': 'warning',
      'expected-label': 'error',
    });
  });
});
