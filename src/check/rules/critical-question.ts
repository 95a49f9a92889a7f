import type { MapIndex } from '../../model/graph.js';
import type { Argument } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { findScheme, type QuestionKind } from '../schemes.js';
import { q } from '../words.js';

export const criticalQuestion: Rule = {
  id: 'critical-question',
  level: 'off',
  description: "A critical question of an argument's scheme that nothing in the map takes up (on with --questions).",
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane on Elm Street.
  riverton: Crashes in Riverton halved after it built a bike lane.
  alike: { text: Elm Street is like Riverton's main street., implicit: true }
arguments:
  like-riverton:
    supports: lane
    premises: [riverton, alike]
    scheme: analogy
`,
  check({ map, index, report }) {
    for (const argument of map.arguments) {
      const scheme = argument.scheme && findScheme(argument.scheme.value);
      if (!scheme) continue;
      const taken = takenUp(index, argument);
      for (const question of scheme.questions) {
        if (taken[question.kind]) continue;
        report({
          message: `Open critical question for ${q(argument.id)} (${scheme.id}): ${question.text}`,
          span: argument.scheme!.span,
          hint: HOW_TO_ANSWER[question.kind](argument),
        });
      }
    }
  },
};

/** Which kinds of critical question the map takes up for an argument (see schemes.ts). */
function takenUp(index: MapIndex, argument: Argument): Record<QuestionKind, boolean> {
  const aimedAt = (id: string) => index.argumentsAt.get(id) ?? [];
  // A backing (a support aimed at an argument) is answered on the other side by an undercut of that argument.
  const opposite = argument.backing ? 'undercut' : argument.kind === 'support' ? 'attack' : 'support';
  return {
    // Backing an argument takes up its inference as much as undercutting it does.
    inference: aimedAt(argument.id).some((other) => other.kind === 'undercut' || other.backing === true),
    premise: argument.premises.some((premise) => aimedAt(premise.id).some((other) => other.kind !== 'undercut')),
    counter: argument.kind !== 'undercut' && aimedAt(argument.target.id).some((other) => other.kind === opposite),
  };
}

const HOW_TO_ANSWER: Record<QuestionKind, (argument: Argument) => string> = {
  inference: (argument) =>
    `Nothing undercuts or backs ${q(argument.id)}. If the text takes the question up, map the reply as an argument with "undercuts: ${argument.id}" (or "supports: ${argument.id}", if it vouches for the step).`,
  premise: (argument) =>
    `No premise of ${q(argument.id)} is argued for or against. If the text takes the question up, map the reply as an argument that supports or attacks one of them.`,
  counter: (argument) =>
    `Nothing in the map argues on the other side of ${q(argument.target.id)}. If the text weighs such a consideration, map it as an argument with "${argument.backing ? 'undercuts' : argument.kind === 'support' ? 'attacks' : 'supports'}: ${argument.target.id}".`,
};
