import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

const map = (premise: string, argument = '') => yaml`
  argmap: 1
  speakers:
    me: { name: The author, role: author }
    mayor: { name: The mayor, role: cited }
    critic: { name: A critic, role: commenter }
  theses: [lane]
  statements:
    lane: Build the bike lane.
    cheap: { text: The lane costs little., ${premise} }
  arguments:
    cost: { supports: lane, premises: [cheap]${argument} }
`;

testRule('unendorsed-report', {
  valid: [
    { name: 'the author endorses the reported claim', yaml: map('said-by: mayor, endorsed-by: me') },
    { name: 'the author is among those who endorse it', yaml: map('said-by: mayor, endorsed-by: [critic, me]') },
    { name: 'the author asserts it too', yaml: map('said-by: mayor, speaker: me') },
    { name: "the argument is not the author's", yaml: map('said-by: mayor', ', speaker: mayor') },
    { name: "reported from the author alone is the author's own claim", yaml: map('said-by: me') },
    {
      name: 'a map without an author speaker',
      yaml: yaml`
        argmap: 1
        speakers: { mayor: The mayor }
        theses: [lane]
        statements:
          lane: Build the bike lane.
          cheap: { text: The lane costs little., said-by: mayor }
        arguments:
          cost: { supports: lane, premises: [cheap] }
      `,
    },
  ],
  invalid: [
    { name: "the rule's example", yaml: ruleMeta('unendorsed-report').example, errors: ['unendorsed-report 10:38'] },
    {
      name: "the premise of an author's argument that is only reported from someone else, at the premise, with where it is reported",
      yaml: map('said-by: mayor'),
      errors: [
        {
          at: 'unendorsed-report 11:38',
          message: 'Argument "cost" is the author\'s, but its premise "cheap" is only reported from The mayor.',
          hint: 'If the author accepts it, add "endorsed-by: me" to "cheap" (or "speaker: me", if the author asserts it too). If not, the argument is not the author\'s: give it the right "speaker:".',
          related: ['9:51 reported here'],
        },
      ],
    },
    { name: 'reported from several others', yaml: map('said-by: [mayor, critic]'), errors: ['unendorsed-report 11:38'] },
    { name: 'endorsed by someone else only', yaml: map('said-by: mayor, endorsed-by: critic'), errors: ['unendorsed-report 11:38'] },
    { name: 'asserted by someone else', yaml: map('said-by: mayor, speaker: critic'), errors: ['unendorsed-report 11:38'] },
    { name: "the argument said to be the author's explicitly", yaml: map('said-by: mayor', ', speaker: me'), errors: ['unendorsed-report 11:38'] },
  ],
});
