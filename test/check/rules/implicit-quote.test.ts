import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('implicit-quote', {
  valid: [
    {
      name: 'an implicit statement without a quote, and an explicit one with',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: { text: Build the lane., quote: build it }
          safer: { text: Safer., implicit: true }
        arguments:
          safety: { supports: lane, premises: [safer] }
      `,
    },
  ],
  invalid: [
    {
      name: 'at the quote of a statement marked implicit',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: Build the lane.
          safer: { text: Safer., implicit: true, quote: it is safer }
        arguments:
          safety: { supports: lane, premises: [safer] }
      `,
      errors: ['implicit-quote 5:49'],
    },
    {
      name: 'once per statement, at its first quote',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: { text: Lane., implicit: true, quote: [one, two] }
      `,
      errors: ['implicit-quote 4:48'],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('implicit-quote').example,
      errors: [
        {
          at: 'implicit-quote 8:12',
          message: 'Statement "safer" is marked implicit, but has a quote.',
          hint: 'An implicit statement is one the text leaves unsaid, so there are no words of the text to quote. Drop "implicit: true" if the text says it, or the quote if it does not.',
        },
      ],
    },
  ],
});
