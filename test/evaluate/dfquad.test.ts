import { describe, expect, it } from 'vitest';
import { aggregate, combine, evaluate } from '../../src/evaluate/index.js';
import { buildGraph, type EvaluationGraph } from '../../src/evaluate/graph.js';
import fc from 'fast-check';
import { arbitraryBacking, argumentOf, backingOf, bagMap, mapOf, statementOf } from './maps.js';

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

  it('a backing is a supporter of the argument node: it offsets undercuts and raises a base score below 1', () => {
    const statements = [statementOf('t'), statementOf('p'), statementOf('r'), statementOf('k', 0.8)];
    const undercut = argumentOf('u', 'undercut', 'a', ['r']);
    const backing = backingOf('b', 'a', ['k']);
    // u = 0.5, b = 0.8. Without b: a = (1 − 0.5) · 0.5 = 0.25. With it: combine(1, 0.5, 0.8) = 1, so a = 0.5.
    const without = strengthsOf(mapOf(statements, [argumentOf('a', 'support', 't', ['p']), undercut]));
    const backed = strengthsOf(mapOf(statements, [argumentOf('a', 'support', 't', ['p']), undercut, backing]));
    expect(without.a).toBeCloseTo(0.25, 12);
    expect(backed.a).toBeCloseTo(0.5, 12);
    expect(backed.t).toBeCloseTo(0.5 + 0.5 * 0.5, 12);
    // A base score below 1 rises: combine(0.6, 0, 0.8) = 0.6 + 0.4 · 0.8 = 0.92, times p's 0.5.
    const weighted = strengthsOf(mapOf(statements, [argumentOf('a', 'support', 't', ['p'], 0.6), backing]));
    expect(weighted.a).toBeCloseTo(0.92 * 0.5, 12);
    // With the default weight 1 and no undercut, there is nothing to raise.
    expect(strengthsOf(mapOf(statements, [argumentOf('a', 'support', 't', ['p']), backing])).a).toBeCloseTo(0.5, 12);
  });

  it('on an acyclic map, backing never lowers the strength of what it backs', () => {
    // On a cycle it may: the backed argument can weaken, through the cycle, what it rests on.
    fc.assert(
      fc.property(arbitraryBacking, ({ map, backed }) => {
        if (!isAcyclic(buildGraph(backed))) return;
        const before = evaluate(map, { semantics: 'dfquad' });
        const after = evaluate(backed, { semantics: 'dfquad' });
        for (const argument of backed.arguments.slice(map.arguments.length)) {
          const target = argument.target.id;
          if (!before.strengths!.has(target)) continue;
          expect(after.strengths!.get(target)!).toBeGreaterThanOrEqual(before.strengths!.get(target)! - 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** True when no node reads itself through premises, undercutters, backers, supporters or attackers. */
function isAcyclic(graph: EvaluationGraph): boolean {
  const reads = graph.ids.map((_, node) => [graph.premises, graph.undercutters, graph.backers, graph.supporters, graph.attackers].flatMap((lists) => lists[node]!));
  const waiting = reads.map((list) => list.length);
  const readers = graph.ids.map((): number[] => []);
  reads.forEach((list, node) => list.forEach((read) => readers[read]!.push(node)));
  const done = waiting.flatMap((count, node) => (count === 0 ? [node] : []));
  for (let head = 0; head < done.length; head++) for (const reader of readers[done[head]!]!) if (--waiting[reader]! === 0) done.push(reader);
  return done.length === graph.ids.length;
}
