import { yaml } from '../../helpers.js';
import { ruleMeta, testRule, type ExpectedFinding } from '../rule-tester.js';

const letter = 'Dear editor,\n\nElm Street is the “most dangerous” road in town. The county recorded\nfourteen crashes there last year.\n';

/** A map of the letter whose first statement has the given quote; the second's quote is in the letter. */
const quoted = (quote: string) => yaml`
  argmap: 1
  source: { file: letter.txt }
  theses: [dangerous]
  statements:
    dangerous: { text: Elm Street is dangerous., quote: ${quote} }
    crashes: { text: There were 14 crashes., quote: recorded fourteen  crashes }
  arguments:
    count: { supports: dangerous, premises: [crashes] }
`;

const noWords: ExpectedFinding = {
  at: 'quote-not-found 5:55',
  message: 'The quote of "dangerous" has no words, so it cannot be found in the source text letter.txt.',
  hint: 'Quote the words of the passage: marks alone would match almost anywhere, and "..." only marks an omission.',
  related: [],
};

testRule('quote-not-found', {
  valid: [
    {
      name: 'quotes that differ only in typographic quotes, spacing and line breaks',
      yaml: quoted(`'the "most dangerous" road in town.'`),
      source: letter,
    },
    { name: 'nothing is checked without a source text', yaml: quoted('Not in the letter at all') },
    {
      name: 'nothing is checked when the source could not be read',
      yaml: quoted('Not in the letter at all'),
      source: { file: 'letter.txt', error: 'cannot read letter.txt: no such file' },
    },
  ],
  invalid: [
    {
      name: 'a quote missing from the source, at the quote, with the nearest passage and its line',
      yaml: quoted('The county counted fourteen crashes there'),
      source: letter,
      errors: [
        {
          at: 'quote-not-found 5:55',
          message: 'The quote of "dangerous" is not in the source text letter.txt.',
          hint: 'The nearest passage (line 3) reads: "The county recorded fourteen crashes there". Copy the words exactly; "..." marks an omission.',
          related: [{ message: 'the nearest passage', file: 'letter.txt', line: 3, column: 50, endLine: 4, endColumn: 23 }],
        },
      ],
    },
    // A quote with no words would match anywhere or nowhere: it is reported as such.
    ...[`','`, `'"'`, `'...'`, `'[...]'`].map((quote) => ({
      name: `a quote with no words: ${quote}`,
      yaml: quoted(quote),
      source: letter,
      errors: [noWords],
    })),
    {
      name: 'a quote with no passage near it: no nearest passage to show',
      yaml: quoted('zebra quantum'),
      source: letter,
      errors: [
        {
          at: 'quote-not-found 5:55',
          message: 'The quote of "dangerous" is not in the source text letter.txt.',
          hint: 'No passage of the source is close to it. Copy the words exactly; "..." marks an omission.',
          related: [],
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('quote-not-found').example,
      source: 'Crashes fell by half after the lane was built.',
      errors: [
        {
          at: 'quote-not-found 8:12',
          message: 'The quote of "lane" is not in the source text source.txt.',
          hint: 'The nearest passage (line 1) reads: "Crashes fell by half after the lane was built.". Copy the words exactly; "..." marks an omission.',
          related: [{ message: 'the nearest passage', file: 'source.txt', line: 1, column: 1, endLine: 1, endColumn: 47 }],
        },
      ],
    },
  ],
});
