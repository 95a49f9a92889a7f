import { evaluate, explain } from '../../evaluate/index.js';
import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const expectedLabel: Rule = {
  id: 'expected-label',
  level: 'error',
  description: 'A label under "expect:" is not the one argmap eval gives.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  costly: The lane costs too much.
arguments:
  safety: { supports: lane, premises: [safer] }
  cost: { attacks: lane, premises: [costly] }
expect:
  in: [lane]
`,
  check({ map, report }) {
    if (map.expect === undefined || map.expect.length === 0) return;
    const evaluation = evaluate(map);
    for (const { ref, label } of map.expect) {
      const actual = evaluation.labels.get(ref.id);
      if (actual === undefined || actual === label) continue;
      const why = explain(map, evaluation, ref.id)![0]!;
      report({
        message: `${q(ref.id)} is expected to be ${label}, but the map makes it ${actual}.`,
        span: ref.span,
        hint: `${ref.id} is ${actual}: ${why.because}. argmap eval --why ${ref.id} shows the whole derivation.`,
      });
    }
  },
};
