import { ruleMeta, testRule } from '../rule-tester.js';
import { argued } from './scheme-argument.js';

testRule('scheme-premises', {
  valid: [
    { name: 'a count within the range', yaml: argued('analogy', 'p1, p2, p3') },
    { name: 'any count from the minimum up, for an open range', yaml: argued('example', 'p1, p2, p3, p4') },
    { name: 'a scheme argmap does not know (unknown-scheme reports it)', yaml: argued('made-up', 'p1') },
  ],
  invalid: [
    {
      name: 'too few premises, at the scheme, naming the roles',
      yaml: argued('analogy', 'p1'),
      errors: [
        {
          at: 'scheme-premises 8:13',
          message: 'Argument "reason" has 1 premise, but the analogy scheme takes 2 or 3.',
          hint: 'Its premises are: base case: A holds in case C1. similarity: Case C2 is like C1 in the respects that matter. relevance (optional): Those respects bear on whether A holds. Add the missing one; if the text leaves it unsaid, add it with "implicit: true".',
        },
      ],
    },
    {
      name: 'too many premises',
      yaml: argued('precedent', 'p1, p2, p3'),
      errors: [
        {
          at: 'scheme-premises 8:13',
          message: 'Argument "reason" has 3 premises, but the precedent scheme takes exactly 2.',
          hint: 'Its premises are: precedent: In the earlier case C1, A was done (or decided). similarity: The present case C2 is like C1 in the respects that matter. Check the scheme, or split the argument into separate ones.',
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('scheme-premises').example,
      errors: [{ at: 'scheme-premises 10:13', message: 'Argument "like-riverton" has 1 premise, but the analogy scheme takes 2 or 3.' }],
    },
  ],
});
