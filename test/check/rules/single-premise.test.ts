import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('single-premise', {
  valid: [
    {
      name: 'linked premises, and an undercut with one reason',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., safer: Safer., link: Link., no-data: No data. }
        arguments:
          safety: { supports: lane, premises: [safer, link] }
          gap: { undercuts: safety, premises: [no-data] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a support or attack with one premise, at that premise',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., safer: Safer., costly: Costly. }
        arguments:
          safety: { supports: lane, premises: [safer] }
          cost: { attacks: lane, premises: costly }
      `,
      errors: ['single-premise 5:40', 'single-premise 6:36'],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('single-premise').example,
      errors: [
        {
          at: 'single-premise 7:40',
          message: 'Argument "safety" has a single premise; an unstated premise may be missing.',
          hint: 'Most reasons need a link to the conclusion that the text leaves unsaid ("if safer, then lane"). Add it as a statement with "implicit: true", or set "single-premise: off" under "checks:" if your maps leave such links out.',
        },
      ],
    },
  ],
});
