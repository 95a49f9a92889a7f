import { findQuotes } from '../../quotes/index.js';
import type { Rule } from '../rule.js';
import { excerpt, q } from '../words.js';

export const quoteNotFound: Rule = {
  id: 'quote-not-found',
  level: 'error',
  description: 'A quote is not in the source text (typographic quotes, dashes and spacing aside), or has no words to find.',
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
  check({ map, source, sourceIndex, locateInSource, report }) {
    const index = sourceIndex();
    if (!source || !index) return;
    const quotes = map.statements.flatMap((statement) => statement.quotes.map((quote) => ({ statement, quote })));
    const matches = findQuotes(index, quotes.map(({ quote }) => quote.value));
    quotes.forEach(({ statement, quote }, i) => {
      const match = matches[i]!;
      if (match.found) return;
      if (match.wordless) {
        report({
          message: `The quote of ${q(statement.id)} has no words, so it cannot be found in the source text ${excerpt(source.file, 60)}.`,
          span: quote.span,
          hint: 'Quote the words of the passage: marks alone would match almost anywhere, and "..." only marks an omission.',
        });
        return;
      }
      const nearest = match.nearest;
      report({
        message: `The quote of ${q(statement.id)} is not in the source text ${excerpt(source.file, 60)}.`,
        span: quote.span,
        hint: nearest
          ? `The nearest passage (line ${locateInSource(nearest).line}) reads: "${excerpt(nearest.text, 160)}". Copy the words exactly; "..." marks an omission.`
          : 'No passage of the source is close to it. Copy the words exactly; "..." marks an omission.',
        related: nearest ? [{ message: 'the nearest passage', span: nearest, inSource: true }] : [],
      });
    });
  },
};
