import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

/** A thesis attacked by an argument that a grant answers: lane is in, cost and costly are out. */
const expecting = (expect: string) => yaml`
  argmap: 1
  theses: [lane]
  statements: { lane: Lane., safer: Safer., costly: Costly., grant: A grant pays. }
  arguments:
    safety: { supports: lane, premises: [safer] }
    cost: { attacks: lane, premises: [costly] }
    grant-pays: { attacks: costly, premises: [grant] }
  ${expect}
`;

testRule('expected-label', {
  valid: [
    { name: 'a map without "expect:"', yaml: expecting('') },
    { name: 'labels of statements and arguments as argmap eval gives them', yaml: expecting('expect: { in: [lane, grant-pays], out: [costly, cost] }') },
  ],
  invalid: [
    {
      name: 'each label that differs, at its id, with the reason as the hint',
      yaml: expecting('expect: { in: [lane, costly], out: [grant-pays], undecided: safety }'),
      errors: [
        {
          at: 'expected-label 8:22',
          message: '"costly" is expected to be in, but the map makes it out.',
          hint: 'costly is out: attacked by grant-pays, which is in. argmap eval --why costly shows the whole derivation.',
        },
        'expected-label 8:37',
        'expected-label 8:61',
      ],
    },
    {
      name: 'an undecided label, in a circle of attack and support',
      yaml: yaml`
        argmap: 1
        theses: [a]
        statements: { a: A, b: B }
        arguments:
          ab: { supports: a, premises: [b] }
          ba: { attacks: b, premises: [a] }
        expect: { in: [a], undecided: [b] }
      `,
      errors: [
        {
          at: 'expected-label 7:16',
          message: '"a" is expected to be in, but the map makes it undecided.',
          hint: 'a is undecided: no argument for it holds, and ab is undecided. argmap eval --why a shows the whole derivation.',
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('expected-label').example,
      errors: [
        {
          at: 'expected-label 11:8',
          message: '"lane" is expected to be in, but the map makes it out.',
          hint: 'lane is out: attacked by cost, which is in. argmap eval --why lane shows the whole derivation.',
        },
      ],
    },
  ],
});
