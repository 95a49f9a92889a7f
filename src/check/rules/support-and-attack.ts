import type { Argument, Ref } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { q } from '../words.js';

interface Use {
  argument: Argument;
  premise: Ref;
}

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
  check({ map, report }) {
    // Keyed by premise and target: the first use on each side. One pass over
    // every premise reference, so the cost is linear in the map's size.
    const uses = new Map<string, { support?: Use; attack?: Use }>();
    for (const argument of map.arguments) {
      if (argument.kind === 'undercut') continue;
      for (const premise of argument.premises) {
        const key = `${premise.id}\u0000${argument.target.id}`;
        const sides = uses.get(key) ?? {};
        if (sides[argument.kind]) continue;
        sides[argument.kind] = { argument, premise };
        uses.set(key, sides);
        const other = argument.kind === 'support' ? sides.attack : sides.support;
        if (!other) continue;
        const [forUse, againstUse] = argument.kind === 'support' ? [{ argument, premise }, other] : [other, { argument, premise }];
        report({
          message: `${q(premise.id)} is a premise both for and against ${q(argument.target.id)}: in ${q(forUse.argument.id)} and in ${q(againstUse.argument.id)}.`,
          span: premise.span,
          hint: 'A reason cannot count both for and against the same claim. Decide which side it is on; if it really says two things, split it into two statements.',
          related: [{ message: `also a premise of ${q(other.argument.id)}, which ${other.argument.kind}s it`, span: other.premise.span }],
        });
      }
    }
  },
};
