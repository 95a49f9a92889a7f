import { SCHEMES } from '../../../src/index.js';
import { ruleMeta, testRule } from '../rule-tester.js';
import { argued } from './scheme-argument.js';

testRule('unknown-scheme', {
  valid: SCHEMES.map((scheme) => ({ name: `the catalogue's ${scheme.id}`, yaml: argued(scheme.id, 'p1, p2') })),
  invalid: [
    {
      name: 'a scheme name argmap does not know, with a suggestion',
      yaml: argued('expert-opinon', 'p1, p2'),
      errors: [{ at: 'unknown-scheme 8:13', hint: 'Did you mean "expert-opinion"?' }],
    },
    {
      name: 'a name like no scheme: the hint points to the list instead',
      yaml: argued('my-own-thing', 'p1, p2'),
      errors: [
        {
          at: 'unknown-scheme 8:13',
          message: 'Argument "reason" names the scheme "my-own-thing", which argmap does not know.',
          hint: 'argmap knows the schemes listed in docs/rules.md (expert-opinion, analogy, practical-reasoning…). Another name is fine for your own use, but gets no checks.',
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('unknown-scheme').example,
      errors: [
        {
          at: 'unknown-scheme 11:13',
          message: 'Argument "engineers-say" names the scheme "expert-opinon", which argmap does not know.',
          hint: 'Did you mean "expert-opinion"?',
        },
      ],
    },
  ],
});
