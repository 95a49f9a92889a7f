import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const unsupportedThesis: Rule = {
  id: 'unsupported-thesis',
  level: 'warning',
  description: 'A thesis has no argument for it.',
  example: `argmap: 1
theses: [lane, cheap]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  cheap: The lane is cheap.
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, index, report }) {
    for (const thesis of map.theses) {
      if ((index.argumentsAt.get(thesis.id) ?? []).some((argument) => argument.kind === 'support')) continue;
      report({
        message: `Thesis ${q(thesis.id)} has no argument for it.`,
        span: thesis.span,
        hint: `Map the reasons the text gives, as an argument with "supports: ${thesis.id}". If the text gives none, it asserts the thesis bare; that is worth knowing.`,
        related: [{ message: 'the statement', span: index.statements.get(thesis.id)!.span }],
      });
    }
  },
};
