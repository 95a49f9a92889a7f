import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('support-and-attack', {
  valid: [
    {
      name: 'a statement that supports one claim and attacks another',
      yaml: yaml`
        argmap: 1
        theses: [ban]
        statements: { ban: Ban cars., quiet: It would be quiet., noisy: It is noisy. }
        arguments:
          calm: { supports: ban, premises: [quiet] }
          hush: { attacks: noisy, premises: [quiet] }
      `,
    },
    {
      name: 'a premise of an argument that is also a premise of an undercut of it (inconsistent-premises reports that)',
      yaml: yaml`
        argmap: 1
        theses: [ban]
        statements: { ban: Ban., quiet: Quiet., other: Other. }
        arguments:
          calm: { supports: ban, premises: [quiet, other] }
          cut: { undercuts: calm, premises: [quiet] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a premise for and against the same claim, at the second use',
      yaml: yaml`
        argmap: 1
        theses: [ban]
        statements: { ban: Ban cars., quiet: It would be quiet., other: Other. }
        arguments:
          calm: { supports: ban, premises: [quiet, other] }
          dull: { attacks: ban, premises: [quiet] }
      `,
      errors: [
        {
          at: 'support-and-attack 6:36',
          message: '"quiet" is a premise both for and against "ban": in "calm" and in "dull".',
          related: ['5:37 also a premise of "calm", which supports it'],
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('support-and-attack').example,
      errors: [
        {
          at: 'support-and-attack 8:36',
          hint: 'A reason cannot count both for and against the same claim. Decide which side it is on; if it really says two things, split it into two statements.',
        },
      ],
    },
  ],
});
