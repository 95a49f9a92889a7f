import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../../src/check/schemes.js';
import { yaml } from '../helpers.js';
import { check, found } from './check-helpers.js';

const argued = (scheme: string, premises: string) => yaml`
  argmap: 1
  theses: [lane]
  statements: { lane: Lane., p1: P1, p2: P2, p3: P3, p4: P4 }
  arguments:
    reason:
      supports: lane
      premises: [${premises}]
      scheme: ${scheme}
`;

describe('the scheme catalogue', () => {
  it('has the schemes, premise ranges, roles and questions the format promises', () => {
    const ranges = Object.fromEntries(SCHEMES.map((s) => [s.id, [s.premises.min, s.premises.max ?? null]]));
    expect(ranges).toEqual({
      'expert-opinion': [2, 3],
      'position-to-know': [2, 3],
      'witness-testimony': [2, 3],
      'popular-opinion': [1, 2],
      'positive-consequences': [1, 2],
      'negative-consequences': [1, 2],
      'practical-reasoning': [2, 3],
      analogy: [2, 3],
      precedent: [2, 2],
      example: [1, null],
      sign: [1, 2],
      'cause-to-effect': [1, 2],
      'correlation-to-cause': [1, 2],
      'evidence-to-hypothesis': [1, 2],
      'ad-hominem': [1, 2],
      bias: [1, 2],
      'inconsistent-commitment': [2, 2],
    });
    for (const scheme of SCHEMES) {
      expect(scheme.title, scheme.id).not.toBe('');
      expect(scheme.roles.length, scheme.id).toBeGreaterThanOrEqual(scheme.premises.min);
      expect(scheme.questions.length, scheme.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('unknown-scheme', () => {
  it('warns at a scheme name argmap does not know, with a suggestion', () => {
    const [finding] = check(argued('expert-opinon', 'p1, p2')).filter((d) => d.code === 'unknown-scheme');
    expect(finding).toMatchObject({ severity: 'warning', line: 8, column: 13, hint: 'Did you mean "expert-opinion"?' });
  });

  it('accepts every scheme in the catalogue', () => {
    for (const scheme of SCHEMES) expect(found(argued(scheme.id, 'p1, p2'), 'unknown-scheme'), scheme.id).toEqual([]);
  });
});

describe('scheme-premises', () => {
  it('warns at the scheme when there are too few or too many premises, naming the roles', () => {
    const [few] = check(argued('analogy', 'p1')).filter((d) => d.code === 'scheme-premises');
    expect(few).toMatchObject({ severity: 'warning', line: 8, column: 13, message: 'Argument "reason" has 1 premise, but the analogy scheme takes 2 or 3.' });
    expect(few!.hint).toContain('similarity: Case C2 is like C1 in the respects that matter.');
    expect(found(argued('precedent', 'p1, p2, p3'), 'scheme-premises')).toEqual(['warning 8:13']);
  });

  it('accepts counts within the range, and any count from the minimum up for open ranges', () => {
    expect(found(argued('analogy', 'p1, p2, p3'), 'scheme-premises')).toEqual([]);
    expect(found(argued('example', 'p1, p2, p3, p4'), 'scheme-premises')).toEqual([]);
    expect(found(argued('made-up', 'p1'), 'scheme-premises')).toEqual([]);
  });
});

describe('critical-question', () => {
  const questions = (text: string) =>
    check(text, { rules: { 'critical-question': 'info' } })
      .filter((d) => d.code === 'critical-question')
      .map((d) => d.message.replace(/^Open critical question for "reason" \(analogy\): /, ''));

  it('is off unless asked for', () => {
    expect(found(argued('analogy', 'p1, p2'), 'critical-question')).toEqual([]);
  });

  it('lists every question of the scheme when nothing in the map takes any up, at the scheme', () => {
    expect(found(argued('analogy', 'p1, p2'), 'critical-question', { rules: { 'critical-question': 'info' } })).toEqual([
      'info 8:13',
      'info 8:13',
      'info 8:13',
    ]);
  });

  it('counts an undercut, a reason about a premise, and an argument on the other side as taking questions up', () => {
    const base = argued('analogy', 'p1, p2');
    expect(questions(base)).toEqual([
      'Are there relevant differences between the two cases?',
      'Does the claim really hold in the case compared with?',
      'Is there another similar case in which the claim does not hold?',
    ]);
    expect(questions(`${base}  differ: { undercuts: reason, premises: [p3] }\n`)).toEqual([
      'Does the claim really hold in the case compared with?',
      'Is there another similar case in which the claim does not hold?',
    ]);
    expect(questions(`${base}  doubt: { attacks: p1, premises: [p3] }\n  other: { attacks: lane, premises: [p4] }\n`)).toEqual([
      'Are there relevant differences between the two cases?',
    ]);
  });

  it('counts a backing (an argument that supports the argument) as taking up the inference question', () => {
    const base = argued('analogy', 'p1, p2');
    expect(questions(`${base}  spot-on: { supports: reason, premises: [p3] }\n`)).toEqual([
      'Does the claim really hold in the case compared with?',
      'Is there another similar case in which the claim does not hold?',
    ]);
    // Near miss: a support of one of its premises is a premise question, not the inference.
    expect(questions(`${base}  for-p1: { supports: p1, premises: [p3] }\n`)).toEqual([
      'Are there relevant differences between the two cases?',
      'Is there another similar case in which the claim does not hold?',
    ]);
  });

  it("a backing with a scheme: its counter question is taken up by an undercut of what it backs, and the hint says so", () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., p1: P1, p2: P2, p3: P3, p4: P4 }
      arguments:
        reason: { supports: lane, premises: [p1] }
        backing: { supports: reason, premises: [p2, p3], scheme: analogy }
    `;
    const open = () => check(text, { rules: { 'critical-question': 'info' } }).filter((d) => d.code === 'critical-question');
    const counter = open().find((d) => d.message.includes('another similar case'))!;
    expect(counter.hint).toBe('Nothing in the map argues on the other side of "reason". If the text weighs such a consideration, map it as an argument with "undercuts: reason".');
    const undercut = `${text}  cut: { undercuts: reason, premises: [p4] }\n`;
    expect(check(undercut, { rules: { 'critical-question': 'info' } }).filter((d) => d.code === 'critical-question' && d.message.includes('another similar case'))).toEqual([]);
  });
});
