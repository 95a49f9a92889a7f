import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, explain, type Label } from '../../src/evaluate/index.js';
import { buildGraph, type EvaluationGraph } from '../../src/evaluate/graph.js';
import { parseMap, type ArgMap } from '../../src/index.js';
import { yaml } from '../helpers.js';
import { arbitraryBacking, arbitraryMap, argumentOf, mapOf, statementOf } from './maps.js';

function labelsOf(text: string): Record<string, Label> {
  const { map, diagnostics } = parseMap(text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return Object.fromEntries(evaluate(map).labels);
}

/** The rules of docs/evaluation.md, read directly: the label a node's neighbours give it. */
function ruleLabel(graph: EvaluationGraph, labels: Label[], node: number): Label {
  const any = (list: number[], label: Label) => list.some((other) => labels[other] === label);
  const all = (list: number[], label: Label) => list.every((other) => labels[other] === label);
  if (node >= graph.statementCount) {
    const [premises, undercutters] = [graph.premises[node]!, graph.undercutters[node]!];
    if (any(premises, 'out') || any(undercutters, 'in')) return 'out';
    return all(premises, 'in') && all(undercutters, 'out') ? 'in' : 'undecided';
  }
  const [attackers, supporters] = [graph.attackers[node]!, graph.supporters[node]!];
  if (any(attackers, 'in') || (supporters.length > 0 && all(supporters, 'out'))) return 'out';
  return all(attackers, 'out') && (supporters.length === 0 || any(supporters, 'in')) ? 'in' : 'undecided';
}

/** The least fixed point the slow way: apply the rules to every node from all-undecided until nothing changes. */
function naiveLabels(map: ArgMap): Label[] {
  const graph = buildGraph(map);
  let labels: Label[] = graph.ids.map(() => 'undecided');
  for (;;) {
    const next = labels.map((_, node) => ruleLabel(graph, labels, node));
    if (next.every((label, node) => label === labels[node])) return labels;
    labels = next;
  }
}

describe('grounded labelling: hand-worked cases', () => {
  const base = yaml`
    argmap: 1
    statements:
      t: Thesis
      p: Premise
      q: Objection
  `;

  it('a statement nothing supports or attacks stands; a supported thesis stands', () => {
    expect(labelsOf(`${base}arguments:\n  a: { supports: t, premises: [p] }\n`)).toEqual({ t: 'in', p: 'in', q: 'in', a: 'in' });
  });

  it('rebut: an attack that holds defeats the conclusion', () => {
    expect(labelsOf(`${base}arguments:\n  a: { supports: t, premises: [p] }\n  r: { attacks: t, premises: [q] }\n`)).toEqual({ t: 'out', p: 'in', q: 'in', a: 'in', r: 'in' });
  });

  it('undermine: a premise attacked out takes its argument and, with no other support, the conclusion', () => {
    expect(labelsOf(`${base}arguments:\n  a: { supports: t, premises: [p] }\n  r: { attacks: p, premises: [q] }\n`)).toEqual({ t: 'out', p: 'out', q: 'in', a: 'out', r: 'in' });
  });

  it('undercut: the argument falls, its premises stand', () => {
    expect(labelsOf(`${base}arguments:\n  a: { supports: t, premises: [p] }\n  u: { undercuts: a, premises: [q] }\n`)).toEqual({ t: 'out', p: 'in', q: 'in', a: 'out', u: 'in' });
  });

  it('reinstatement: an attacker defeated by a counter-attack leaves the thesis standing', () => {
    const text = `${base.replace('q: Objection', 'q: Objection\n  z: Counter')}arguments:\n  r: { attacks: t, premises: [q] }\n  c: { attacks: q, premises: [z] }\n`;
    expect(labelsOf(text)).toEqual({ t: 'in', p: 'in', q: 'out', z: 'in', r: 'out', c: 'in' });
  });

  it('linked premises: one premise out and the argument is out', () => {
    const text = `${base}arguments:\n  a: { supports: t, premises: [p, q] }\n  r: { attacks: q, premises: [p] }\n`;
    expect(labelsOf(text)).toMatchObject({ q: 'out', a: 'out', t: 'out', r: 'in' });
  });

  it('odd and even attack cycles, support cycles and contradictions stay undecided', () => {
    const odd = frameworkLabels(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']]);
    expect(odd).toEqual({ a: 'undecided', b: 'undecided', c: 'undecided' });
    expect(frameworkLabels(['a', 'b'], [['a', 'b'], ['b', 'a']])).toEqual({ a: 'undecided', b: 'undecided' });
    expect(frameworkLabels(['a'], [['a', 'a']])).toEqual({ a: 'undecided' });
    const circular = mapOf([statementOf('x'), statementOf('y')], [argumentOf('xy', 'support', 'y', ['x']), argumentOf('yx', 'support', 'x', ['y'])]);
    expect(Object.fromEntries(evaluate(circular).labels)).toEqual({ x: 'undecided', y: 'undecided', xy: 'undecided', yx: 'undecided' });
    expect(labelsOf(`${base}contradictions:\n  - [p, q]\n`)).toEqual({ t: 'in', p: 'undecided', q: 'undecided' });
    // A contradiction settled from outside: q falls to an attack, so p stands.
    expect(labelsOf(`${base}arguments:\n  r: { attacks: q, premises: [t] }\ncontradictions:\n  - [p, q]\n`)).toEqual({ t: 'in', p: 'in', q: 'out', r: 'in' });
  });

  it('a chain 100,000 statements deep, without recursion', () => {
    const depth = 100_000;
    const statements = Array.from({ length: depth }, (_, i) => statementOf(`s${i}`));
    const args = Array.from({ length: depth - 1 }, (_, i) => argumentOf(`a${i}`, 'support', `s${i}`, [`s${i + 1}`]));
    args.push(argumentOf('r', 'attack', `s${depth - 1}`, ['s0']));
    const evaluation = evaluate(mapOf(statements, args));
    // The attack on the deepest premise comes from the top of the chain: a support cycle, all undecided.
    expect(evaluation.labels.get('s0')).toBe('undecided');
    const why = explain(mapOf(statements, args), evaluation, 's0')!;
    expect(why.at(-1)!.because).toMatch(/^a cycle that nothing settles: s0 → a0 → s1 → /);
    const straight = evaluate(mapOf(statements, args.slice(0, -1)));
    expect(straight.labels.get('s0')).toBe('in');
    expect(explain(mapOf(statements, args.slice(0, -1)), straight, 's0')).toHaveLength(2 * depth - 1);
  });
});

function frameworkLabels(names: string[], attacks: [string, string][]): Record<string, Label> {
  const map = mapOf(
    names.map((name) => statementOf(name)),
    attacks.map(([from, to], i) => argumentOf(`x${i}`, 'attack', to, [from])),
  );
  const labels = evaluate(map).labels;
  return Object.fromEntries(names.map((name) => [name, labels.get(name)!]));
}

describe('grounded labelling: properties on generated maps', () => {
  it('is a fixed point of the rules, and the least one (the naive iteration reaches the same)', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const graph = buildGraph(map);
        const labels = [...evaluate(map).labels.values()];
        labels.forEach((label, node) => expect(ruleLabel(graph, labels, node)).toBe(label));
        expect(labels).toEqual(naiveLabels(map));
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of statements and arguments in the file', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.integer(), (map, seed) => {
        const shuffled = { ...map, statements: shuffle(map.statements, seed), arguments: shuffle(map.arguments, seed + 1) };
        expect(new Map([...evaluate(shuffled).labels].sort())).toEqual(new Map([...evaluate(map).labels].sort()));
      }),
      { numRuns: 200 },
    );
  });

  it('an unattacked new supporter never lowers the statement it supports (out < undecided < in)', () => {
    // Only that statement: support can strengthen its attacks on others, which is the point of it.
    const rank = { out: 0, undecided: 1, in: 2 };
    fc.assert(
      fc.property(arbitraryMap, fc.nat(), (map, pick) => {
        const target = map.statements[pick % map.statements.length]!.id;
        const before = evaluate(map).labels.get(target)!;
        const after = evaluate({ ...map, statements: [...map.statements, statementOf('new')], arguments: [...map.arguments, argumentOf('new-support', 'support', target, ['new'])] }).labels.get(target)!;
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
        if (before === 'in') expect(after).toBe('in');
      }),
      { numRuns: 1000 },
    );
  });

  it('backing an argument changes no label but its own (backing is not needed to stand)', () => {
    fc.assert(
      fc.property(arbitraryBacking, ({ map, backed }) => {
        const before = evaluate(map).labels;
        const after = evaluate(backed).labels;
        for (const [id, label] of before) expect(after.get(id)).toBe(label);
        // The backings themselves are arguments like any other: in when their premises are.
        for (const argument of backed.arguments.slice(map.arguments.length)) {
          expect(after.get(argument.id)).toBe(after.get(argument.premises[0]!.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('explains every label with a derivation that ends', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const evaluation = evaluate(map);
        for (const [id, label] of evaluation.labels) {
          const lines = explain(map, evaluation, id)!;
          expect(lines[0]).toMatchObject({ id, label, depth: 0 });
          // Every line's label is the node's own, and an explanation never names a node twice without pointing back.
          for (const line of lines) expect(line.label).toBe(evaluation.labels.get(line.id));
          const explainedTwice = lines.filter((line) => !line.seeAbove).map((line) => line.id);
          expect(new Set(explainedTwice).size).toBe(explainedTwice.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
