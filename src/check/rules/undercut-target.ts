import type { Rule } from '../rule.js';
import { listIds, q } from '../words.js';

export const undercutTarget: Rule = {
  id: 'undercut-target',
  level: 'error',
  description: 'An undercut is aimed at a statement; undercuts deny an argument\'s inference.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
  no-data: The safety study had no data for this street.
arguments:
  safety: { supports: lane, premises: [safer] }
  study-gap: { undercuts: safer, premises: [no-data] }
`,
  check({ map, index, report }) {
    for (const argument of map.arguments) {
      if (argument.kind !== 'undercut' || !index.statements.has(argument.target.id)) continue;
      const target = argument.target.id;
      const supports = (index.argumentsAt.get(target) ?? []).filter((other) => other.kind === 'support').map((other) => other.id);
      const instead = supports.length > 0 ? ` To deny that a reason leads to it, undercut an argument for it: ${listIds(supports, 3)}.` : '';
      report({
        message: `Argument ${q(argument.id)} undercuts ${q(target)}, which is a statement, not an argument.`,
        span: argument.target.span,
        hint: `An undercut denies that an argument's premises lead to its conclusion. To deny the statement itself, write "attacks: ${target}".${instead}`,
      });
    }
  },
};
