import { createLocator } from '../../diagnostics/locate.js';
import { findQuote } from '../quotes.js';
import type { Rule } from '../rule.js';
import { excerpt, q } from '../words.js';

export const quoteNotFound: Rule = {
  id: 'quote-not-found',
  level: 'error',
  description: 'A quote is not in the source text (typographic quotes, dashes and spacing aside).',
  example: `# source.txt: "Crashes fell by half after the lane was built."
argmap: 1
source: { file: source.txt }
theses: [lane]
statements:
  lane:
    text: Build the bike lane.
    quote: Crashes fell by a third after the lane was built.
  safer: { text: The lane makes the street safer., implicit: true }
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, source, sourceIndex, report }) {
    const index = sourceIndex();
    if (!source || !index) return;
    let locate: ReturnType<typeof createLocator>['locate'] | undefined;
    for (const statement of map.statements) {
      for (const quote of statement.quotes) {
        const match = findQuote(index, quote.value);
        if (match.found) continue;
        const nearest = match.nearest;
        let where = '';
        if (nearest) {
          locate ??= createLocator(source.file, index.text).locate;
          where = ` (line ${locate(nearest).line})`;
        }
        report({
          message: `The quote of ${q(statement.id)} is not in the source text ${excerpt(source.file, 60)}.`,
          span: quote.span,
          hint: nearest
            ? `The nearest passage${where} reads: "${excerpt(nearest.text, 160)}". Copy the words exactly; "..." marks an omission.`
            : 'No passage of the source is close to it. Copy the words exactly; "..." marks an omission.',
          related: nearest ? [{ message: 'the nearest passage', span: nearest, inSource: true }] : [],
        });
      }
    }
  },
};
