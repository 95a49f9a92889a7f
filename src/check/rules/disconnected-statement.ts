import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const disconnectedStatement: Rule = {
  id: 'disconnected-statement',
  level: 'warning',
  description: 'A statement is connected to nothing: no argument, thesis or contradiction uses it.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  trees: The street has old trees.
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, index, report }) {
    const inContradiction = new Set(map.contradictions.flatMap((declared) => declared.between.map((side) => side.id)));
    for (const statement of map.statements) {
      const { id } = statement;
      if (index.premiseOf.has(id) || index.argumentsAt.has(id) || index.theses.has(id) || inContradiction.has(id)) continue;
      report({
        message: `Statement ${q(id)} is not connected to anything.`,
        span: statement.span,
        hint: 'Use it as a premise or a target of an argument, or list it under "theses:". If the map does not need it, remove it.',
      });
    }
  },
};
