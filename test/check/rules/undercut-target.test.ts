import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('undercut-target', {
  valid: [
    {
      name: 'an undercut aimed at an argument',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., safer: Safer., no-data: No data. }
        arguments:
          safety: { supports: lane, premises: [safer] }
          gap: { undercuts: safety, premises: [no-data] }
      `,
    },
  ],
  invalid: [
    {
      name: 'an undercut aimed at a statement, naming the arguments for it',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., safer: Safer., no-data: No data. }
        arguments:
          safety: { supports: lane, premises: [safer] }
          gap: { undercuts: lane, premises: [no-data] }
      `,
      errors: [
        {
          at: 'undercut-target 6:21',
          hint: 'An undercut denies that an argument\'s premises lead to its conclusion. To deny the statement itself, write "attacks: lane". To deny that a reason leads to it, undercut an argument for it: "safety".',
        },
      ],
    },
    {
      name: 'an undercut aimed at a statement no argument supports: the hint names none',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., no-data: No data. }
        arguments:
          gap: { undercuts: lane, premises: [no-data] }
      `,
      errors: [
        {
          at: 'undercut-target 5:21',
          hint: 'An undercut denies that an argument\'s premises lead to its conclusion. To deny the statement itself, write "attacks: lane".',
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('undercut-target').example,
      errors: [
        {
          at: 'undercut-target 9:27',
          message: 'Argument "study-gap" undercuts "safer", which is a statement, not an argument.',
          hint: 'An undercut denies that an argument\'s premises lead to its conclusion. To deny the statement itself, write "attacks: safer".',
        },
      ],
    },
  ],
});
