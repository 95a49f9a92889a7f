import type { Argument } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const supportAndAttack: Rule = {
  id: 'support-and-attack',
  level: 'error',
  description: 'A statement is a premise both for and against the same claim.',
  example: `argmap: 1
theses: [ban]
statements:
  ban: The city should ban cars from the centre.
  quiet: A car-free centre would be quiet.
arguments:
  calm: { supports: ban, premises: [quiet] }
  dull: { attacks: ban, premises: [quiet] }
`,
  check({ index, report }) {
    // Only a statement that is a premise of two or more arguments can be on
    // both sides; most are premises of one, and are skipped at once.
    for (const [id, users] of index.premiseOf) {
      if (users.length < 2) continue;
      const sides = new Map<string, { support?: Argument; attack?: Argument }>();
      for (const argument of users) {
        if (argument.kind === 'undercut') continue;
        const seen = sides.get(argument.target.id) ?? {};
        if (seen[argument.kind]) continue;
        seen[argument.kind] = argument;
        sides.set(argument.target.id, seen);
        const other = argument.kind === 'support' ? seen.attack : seen.support;
        if (!other) continue;
        const [forIt, againstIt] = argument.kind === 'support' ? [argument, other] : [other, argument];
        report({
          message: `${q(id)} is a premise both for and against ${q(argument.target.id)}: in ${q(forIt.id)} and in ${q(againstIt.id)}.`,
          span: premiseRef(argument, id).span,
          hint: 'A reason cannot count both for and against the same claim. Decide which side it is on; if it really says two things, split it into two statements.',
          related: [{ message: `also a premise of ${q(other.id)}, which ${other.kind}s it`, span: premiseRef(other, id).span }],
        });
      }
    }
  },
};

const premiseRef = (argument: Argument, id: string) => argument.premises.find((premise) => premise.id === id)!;
