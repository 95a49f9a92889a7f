import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const missingQuote: Rule = {
  id: 'missing-quote',
  level: 'info',
  description: "A statement the source's author makes explicitly has no quote (only when the map names its source).",
  example: `argmap: 1
source: { file: source.txt }
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: { text: The lane makes the street safer., implicit: true }
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, source, report }) {
    if (!map.source?.file && !source) return;
    for (const statement of map.statements) {
      if (statement.implicit || statement.quotes.length > 0) continue;
      // Without an author speaker, statements without a speaker are the text's own voice.
      if (statement.speaker !== map.authorSpeaker) continue;
      report({
        message: `Statement ${q(statement.id)} is the author's, but has no quote.`,
        span: statement.span,
        hint: 'Add "quote:" with the author\'s own words, so a reader can check the paraphrase against the source; or mark it "implicit: true" if the text never says it.',
      });
    }
  },
};
