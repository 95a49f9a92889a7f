import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

/** An attack on the thesis, with a reason for its premise, and one more argument. */
const attacked = (reply: string) => yaml`
  argmap: 1
  theses: [lane]
  statements: { lane: Lane., safer: Safer., costly: Costly., figures: Figures., grant: Grant. }
  arguments:
    safety: { supports: lane, premises: [safer] }
    cost: { attacks: lane, premises: [costly] }
    why-costly: { supports: costly, premises: [figures] }
    ${reply}
`;

testRule('unanswered-attack', {
  valid: [
    { name: 'an undercut answers the attack', yaml: attacked('reply: { undercuts: cost, premises: [grant] }') },
    { name: 'an attack on its premise answers it', yaml: attacked('reply: { attacks: costly, premises: [grant] }') },
    { name: 'an attack on the reasons behind its premise answers it', yaml: attacked('reply: { attacks: figures, premises: [grant] }') },
  ],
  invalid: [
    {
      name: 'an attack on a thesis that nothing answers, at the attacking argument',
      yaml: attacked('other: { supports: safer, premises: [grant] }'),
      errors: ['unanswered-attack 6:3'],
    },
    {
      name: 'only attacks on a thesis; the hint names every premise of the attack',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., s: S, c1: C1, c2: C2, x: X }
        arguments:
          safety: { supports: lane, premises: [s] }
          cost: { attacks: lane, premises: [c1, c2] }
          side: { attacks: s, premises: [x] }
      `,
      errors: [
        {
          at: 'unanswered-attack 6:3',
          hint: 'If the text replies, map the reply: an argument that attacks one of its premises ("c1" and "c2") or the reasons for them, or one with "undercuts: cost". If the text lets it stand, that is worth knowing.',
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('unanswered-attack').example,
      errors: [
        {
          at: 'unanswered-attack 9:3',
          message: 'Nothing in the map answers "cost", an attack on the thesis "lane".',
          hint: 'If the text replies, map the reply: an argument that attacks its premise ("costly") or the reasons for them, or one with "undercuts: cost". If the text lets it stand, that is worth knowing.',
        },
      ],
    },
  ],
});
