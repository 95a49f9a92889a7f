import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('duplicate-statement', {
  valid: [
    {
      name: 'texts that differ in a word',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: Build the lane.
          safer: The lane makes Elm Street safer.
          safer-2: The lane makes Oak Street safer.
        arguments:
          safety: { supports: lane, premises: [safer, safer-2] }
      `,
    },
  ],
  invalid: [
    {
      name: 'at the second text when two say the same, ignoring case, spacing and punctuation',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: Build the lane.
          safer: The lane makes Elm Street safer.
          safer-2: "  the lane makes elm street — safer!"
        arguments:
          safety: { supports: lane, premises: [safer, safer-2] }
      `,
      errors: [{ at: 'duplicate-statement 6:12', related: ['5:10 the text of "safer"'] }],
    },
    {
      name: 'each later copy, against the first, with accents kept and case and punctuation ignored; texts of marks only are no claims',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: Build the café.
          a: BUILD THE CAFÉ!
          b: build the cafe
          c: "Build the  café"
          d: "?!"
          e: "!?"
      `,
      errors: [
        { at: 'duplicate-statement 5:6', message: 'Statements "lane" and "a" say the same thing.', related: ['4:9 the text of "lane"'] },
        { at: 'duplicate-statement 7:6', message: 'Statements "lane" and "c" say the same thing.', related: ['4:9 the text of "lane"'] },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('duplicate-statement').example,
      errors: [
        {
          at: 'duplicate-statement 6:12',
          message: 'Statements "safer" and "safer-2" say the same thing.',
          hint: 'Keep "safer" and use it wherever "safer-2" is used: one statement can be a premise of many arguments.',
          related: ['5:10 the text of "safer"'],
        },
      ],
    },
  ],
});
