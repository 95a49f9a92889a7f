import type { MapIndex } from '../../model/graph.js';
import type { ArgMap } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { listIds, q } from '../words.js';

export const unansweredAttack: Rule = {
  id: 'unanswered-attack',
  level: 'info',
  description: 'An attack on a thesis that nothing in the map answers.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  costly: The lane costs too much.
arguments:
  safety: { supports: lane, premises: [safer] }
  cost: { attacks: lane, premises: [costly] }
`,
  check({ map, index, report }) {
    const answered = answeredArguments(map, index);
    for (const attack of map.arguments) {
      if (attack.kind !== 'attack' || !index.theses.has(attack.target.id) || answered.has(attack.id)) continue;
      const premises = attack.premises.map((premise) => premise.id);
      report({
        message: `Nothing in the map answers ${q(attack.id)}, an attack on the thesis ${q(attack.target.id)}.`,
        span: attack.span,
        hint: `If the text replies, map the reply: an argument that attacks ${premises.length === 1 ? 'its premise' : 'one of its premises'} (${listIds(premises, 3)}) or the reasons for them, or one with "undercuts: ${attack.id}". If the text lets it stand, that is worth knowing.`,
      });
    }
  },
};

/**
 * The arguments that something pushes back on: an argument is answered when
 * it is undercut or one of its premises is answered; a statement is answered
 * when it is attacked or an argument for it is answered. Computed as a least
 * fixpoint by propagating from what is attacked, so cycles are harmless and
 * the cost is linear.
 */
function answeredArguments(map: ArgMap, index: MapIndex): Set<string> {
  const statements = new Set<string>();
  const args = new Set<string>();
  const pending: string[] = [];
  const answerStatement = (id: string) => {
    if (statements.has(id)) return;
    statements.add(id);
    pending.push(id);
  };
  const answerArgument = (id: string) => {
    if (args.has(id)) return;
    args.add(id);
    const argument = index.arguments.get(id)!;
    if (argument.kind === 'support' && !argument.backing) answerStatement(argument.target.id);
  };
  for (const argument of map.arguments) {
    if (argument.kind === 'attack') answerStatement(argument.target.id);
    else if (argument.kind === 'undercut' && index.arguments.has(argument.target.id)) answerArgument(argument.target.id);
  }
  while (pending.length > 0) {
    for (const user of index.premiseOf.get(pending.pop()!) ?? []) answerArgument(user.id);
  }
  return args;
}
