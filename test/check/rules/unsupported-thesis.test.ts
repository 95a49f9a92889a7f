import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('unsupported-thesis', {
  valid: [
    {
      name: 'a thesis with an argument for it',
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
      name: 'at the thesis entry when no argument supports it, even if one attacks it',
      yaml: yaml`
        argmap: 1
        theses: [lane, cheap]
        statements: { lane: Lane., safer: Safer., cheap: Cheap., costly: Costly. }
        arguments:
          safety: { supports: lane, premises: [safer] }
          cost: { attacks: cheap, premises: [costly] }
      `,
      errors: ['unsupported-thesis 2:16'],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('unsupported-thesis').example,
      errors: [
        {
          at: 'unsupported-thesis 2:16',
          message: 'Thesis "cheap" has no argument for it.',
          hint: 'Map the reasons the text gives, as an argument with "supports: cheap". If the text gives none, it asserts the thesis bare; that is worth knowing.',
          related: ['6:3 the statement'],
        },
      ],
    },
  ],
});
