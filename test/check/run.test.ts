import { describe, expect, it } from 'vitest';
import { checkMap, checkText, parseRuleSetting, RULE_METADATA } from '../../src/check/run.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { yaml } from '../helpers.js';
import { check } from './check-helpers.js';

const lonely = (checks: string) => yaml`
  argmap: 1
  theses: [lane]
  statements: { lane: Lane., safer: Safer., trees: Trees. }
  arguments:
    safety: { supports: lane, premises: [safer] }
  ${checks}
`;
const codes = (text: string, options?: Parameters<typeof check>[1]) => check(text, options).map((d) => `${d.code} ${d.severity}`);

describe('the rule list', () => {
  it('has the agreed ids, each with a level, a one-line description and an example', () => {
    expect(RULE_METADATA.map((rule) => rule.id)).toEqual([
      'circular-reasoning',
      'support-and-attack',
      'inconsistent-premises',
      'undercut-target',
      'unsupported-thesis',
      'disconnected-statement',
      'no-thesis',
      'unanswered-attack',
      'unendorsed-report',
      'single-premise',
      'duplicate-statement',
      'quote-not-found',
      'missing-quote',
      'implicit-quote',
      'source-unreadable',
      'unknown-scheme',
      'scheme-premises',
      'critical-question',
      'expected-label',
    ]);
    for (const rule of RULE_METADATA) {
      expect(rule.description, rule.id).toMatch(/^[A-Z].*\S$/);
      expect(rule.description, rule.id).not.toContain('\n');
    }
  });

  it("triggers each rule with the rule's own example (the one docs/rules.md shows)", () => {
    for (const rule of RULE_METADATA) {
      const source =
        rule.id === 'source-unreadable'
          ? { file: 'no-such-file.txt', error: 'cannot read no-such-file.txt: no such file' }
          : { file: 'source.txt', text: 'Crashes fell by half after the lane was built.' };
      const found = check(rule.example, { source, rules: { [rule.id]: 'info' } }).map((d) => d.code);
      expect(found, rule.id).toContain(rule.id);
    }
  });
});

describe('severity settings', () => {
  it('uses the default level, the map\'s "checks:", and the run\'s settings, in that order of strength', () => {
    expect(codes(lonely(''))).toEqual(['disconnected-statement warning', 'single-premise info']);
    expect(codes(lonely('checks: { disconnected-statement: error, single-premise: off }'))).toEqual(['disconnected-statement error']);
    expect(codes(lonely('checks: { disconnected-statement: warn }'))).toContain('disconnected-statement warning');
    expect(codes(lonely('checks: { disconnected-statement: error }'), { rules: { 'disconnected-statement': 'off' } })).toEqual([
      'single-premise info',
    ]);
  });

  it('warns about an unknown rule in "checks:", at its key, with a suggestion', () => {
    const [finding] = check(lonely('checks: { single-premis: off }')).filter((d) => d.code === 'unknown-rule');
    expect(finding).toMatchObject({ severity: 'warning', line: 6, column: 11, hint: 'Did you mean "single-premise"?' });
  });

  it('refuses an unknown rule from the caller: that is a bug in the caller, not in the map', () => {
    const { map } = parseMap(lonely(''), 'm.yaml');
    expect(() => checkMap(map, lonely(''), { rules: { nope: 'off' } })).toThrow('unknown rule "nope"');
  });

  it('reads ID=LEVEL settings, with "warn" for "warning", and explains mistakes in one line', () => {
    expect(parseRuleSetting('single-premise=warn')).toEqual({ rule: 'single-premise', level: 'warning' });
    expect(parseRuleSetting('single-premise=off')).toEqual({ rule: 'single-premise', level: 'off' });
    expect(parseRuleSetting('single-premis=off')).toEqual({ error: 'Unknown rule "single-premis". Did you mean "single-premise"?' });
    expect(parseRuleSetting('single-premise')).toEqual({ error: 'Give a level for "single-premise": single-premise=off, info, warning (warn) or error.' });
    expect(parseRuleSetting('single-premise=loud')).toMatchObject({ error: expect.stringContaining('Give a level') });
  });
});

describe('checkText', () => {
  it('runs the rules only when parsing found no errors, and keeps parse warnings either way', () => {
    const warned = lonely('').replace('premises: [safer]', 'premises: [safer, safer]');
    expect(checkText(warned, 'm.yaml').map((d) => d.code)).toEqual(['disconnected-statement', 'single-premise', 'duplicate-ref']);
    const broken = lonely('').replace('premises: [safer]', 'premises: [safr]');
    expect(checkText(broken, 'm.yaml').map((d) => d.code)).toEqual(['unknown-ref']);
  });

  it('locates findings in a map saved with a byte-order mark', () => {
    const [finding] = checkText(`\ufeff${lonely('')}`, 'm.yaml').filter((d) => d.code === 'disconnected-statement');
    expect(finding).toMatchObject({ line: 3, column: 43 });
  });
});
