import type { Statement } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const duplicateStatement: Rule = {
  id: 'duplicate-statement',
  level: 'warning',
  description: 'Two statements have the same text (ignoring case, spaces and punctuation).',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  safer-2: "The lane makes the street safer!"
arguments:
  safety: { supports: lane, premises: [safer] }
  again: { supports: lane, premises: [safer-2] }
`,
  check({ map, report }) {
    const first = new Map<string, Statement>();
    for (const statement of map.statements) {
      const key = normaliseText(statement.text);
      if (key === '') continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, statement);
        continue;
      }
      report({
        message: `Statements ${q(earlier.id)} and ${q(statement.id)} say the same thing.`,
        span: statement.textSpan,
        hint: `Keep ${q(earlier.id)} and use it wherever ${q(statement.id)} is used: one statement can be a premise of many arguments.`,
        related: [{ message: `the text of ${q(earlier.id)}`, span: earlier.textSpan }],
      });
    }
  },
};

/** Case, Unicode compatibility forms, punctuation and spacing do not make a different claim. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}
