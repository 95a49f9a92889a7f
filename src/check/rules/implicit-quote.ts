import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const implicitQuote: Rule = {
  id: 'implicit-quote',
  level: 'warning',
  description: 'A statement marked implicit (unstated) carries a quote.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer:
    text: The lane makes the street safer.
    implicit: true
    quote: the lane will make Elm Street safer
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, report }) {
    for (const statement of map.statements) {
      if (!statement.implicit || statement.quotes.length === 0) continue;
      report({
        message: `Statement ${q(statement.id)} is marked implicit, but has a quote.`,
        span: statement.quotes[0]!.span,
        hint: 'An implicit statement is one the text leaves unsaid, so there are no words of the text to quote. Drop "implicit: true" if the text says it, or the quote if it does not.',
      });
    }
  },
};
