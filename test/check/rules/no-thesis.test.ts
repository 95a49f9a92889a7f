import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('no-thesis', {
  valid: [
    {
      name: 'theses are declared',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., safer: Safer. }
        arguments:
          safety: { supports: lane, premises: [safer] }
      `,
    },
  ],
  invalid: [
    {
      name: 'at the first candidate root, naming every candidate',
      yaml: yaml`
        argmap: 1
        statements:
          p: P
          lane: Lane.
          safer: Safer.
          cheap: Cheap.
        arguments:
          safety: { supports: lane, premises: [safer] }
          why: { supports: safer, premises: [p] }
          cost: { attacks: cheap, premises: [p] }
      `,
      errors: [
        {
          at: 'no-thesis 4:3',
          message: 'The map declares no thesis. Candidates: "lane" and "cheap".',
          related: ['4:3 a candidate thesis', '6:3 a candidate thesis'],
        },
      ],
    },
    {
      name: 'with no candidate (nothing argues about anything), at the first statement',
      yaml: yaml`
        argmap: 1
        statements: { a: A, b: B }
      `,
      errors: [{ at: 'no-thesis 2:15', message: 'The map declares no thesis.', hint: 'Add "theses: [id]" with the conclusions the text argues for.', related: [] }],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('no-thesis').example,
      errors: [
        {
          at: 'no-thesis 3:3',
          message: 'The map declares no thesis. Candidates: "lane".',
          hint: 'Add "theses: [lane]" with the conclusions the text argues for. Candidates are the claims that something argues for or against and that support nothing further.',
          related: ['3:3 a candidate thesis'],
        },
      ],
    },
  ],
});
