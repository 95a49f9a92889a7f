import { describe, expect, it } from 'vitest';
import { aggregate, combine, evaluate } from '../../src/evaluate/index.js';
import { argumentOf, bagMap, mapOf, statementOf } from './maps.js';

const strengthsOf = (map: Parameters<typeof evaluate>[0]) => Object.fromEntries(evaluate(map, { semantics: 'dfquad' }).strengths!);

describe('DF-QuAD', () => {
  it('aggregates and combines as Rago et al. define', () => {
    expect(aggregate([])).toBe(0);
    expect(aggregate([0.2, 0.4, 0.5])).toBeCloseTo(1 - 0.8 * 0.6 * 0.5, 12);
    expect(combine(0.5, 0.3, 0.3)).toBe(0.5);
    expect(combine(0.5, 0.84, 0)).toBeCloseTo(0.08, 12);
    expect(combine(0.5, 0, 0.724)).toBeCloseTo(0.862, 12);
  });

  it('on the e-democracy example of the paper, by hand: A1 0.862, A2 0.85, P2 0.08', () => {
    const map = bagMap(
      { A1: 0.5, A2: 0.5, P1: 0.7, P2: 0.5, P3: 0.9, C1: 0.2, C2: 0.2, C3: 0.6, C4: 0.5 },
      [['C1', 'A2'], ['C2', 'P2'], ['C3', 'P2'], ['C4', 'P2']],
      [['P1', 'A1'], ['P2', 'A1'], ['P3', 'A2']],
    );
    const strengths = strengthsOf(map);
    // P2: attackers aggregate to 1 − 0.8·0.4·0.5 = 0.84, so 0.5 − 0.5·0.84; A1: supporters 1 − 0.3·0.92 = 0.724.
    expect(strengths.P2).toBeCloseTo(0.08, 9);
    expect(strengths.A1).toBeCloseTo(0.5 + 0.5 * (1 - 0.3 * (1 - 0.08)), 9);
    expect(strengths.A2).toBeCloseTo(0.85, 9);
    expect(strengths.C1).toBe(0.2);
  });

  it('linked premises multiply, undercuts weaken the argument, weights set base scores', () => {
    const map = mapOf(
      [statementOf('t'), statementOf('p'), statementOf('q', 0.8), statementOf('r')],
      [argumentOf('a', 'support', 't', ['p', 'q']), argumentOf('u', 'undercut', 'a', ['r'], 0.6)],
    );
    const strengths = strengthsOf(map);
    // u = 0.6 · 0.5 = 0.3; a = (1 − 1·0.3) · 0.5 · 0.8 = 0.28; t = 0.5 + 0.5 · 0.28 = 0.64.
    expect(strengths.u).toBeCloseTo(0.3, 12);
    expect(strengths.a).toBeCloseTo(0.28, 12);
    expect(strengths.t).toBeCloseTo(0.64, 12);
  });

  it('a contradiction is a mutual attack, iterated until it settles', () => {
    const map = mapOf([statementOf('p', 0.8), statementOf('q', 0.4)], [], [['p', 'q']]);
    const evaluation = evaluate(map, { semantics: 'dfquad' });
    expect(evaluation.converged).toBe(true);
    const { p, q } = Object.fromEntries(evaluation.strengths!);
    // The fixed point of p = 0.8 − 0.8q and q = 0.4 − 0.4p.
    expect(p).toBeCloseTo(0.48 / 0.68, 9);
    expect(q).toBeCloseTo(0.4 - 0.4 * (0.48 / 0.68), 9);
  });
});
