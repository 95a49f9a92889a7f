import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('disconnected-statement', {
  valid: [
    {
      name: 'theses, premises, targets and contradictions count as connections',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., safer: Safer., target: Target., other: Other. }
        arguments:
          safety: { supports: target, premises: [safer] }
        contradictions:
          - [other, lane]
      `,
    },
  ],
  invalid: [
    {
      name: 'at the id of a statement nothing refers to',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements:
          lane: Lane.
          safer: Safer.
          trees: Trees.
        arguments:
          safety: { supports: lane, premises: [safer] }
      `,
      errors: ['disconnected-statement 6:3'],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('disconnected-statement').example,
      errors: [
        {
          at: 'disconnected-statement 6:3',
          message: 'Statement "trees" is not connected to anything.',
          hint: 'Use it as a premise or a target of an argument, or list it under "theses:". If the map does not need it, remove it.',
        },
      ],
    },
  ],
});
