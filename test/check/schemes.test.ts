import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../../src/index.js';

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
