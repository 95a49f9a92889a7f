import type { Rule } from '../rule.js';
import { q } from '../words.js';

export const singlePremise: Rule = {
  id: 'single-premise',
  level: 'info',
  description: 'An argument has a single premise: a possible unstated premise.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, report }) {
    for (const argument of map.arguments) {
      // An undercut names one reason the inference fails; that is its usual shape.
      if (argument.kind === 'undercut' || argument.premises.length !== 1) continue;
      const [premise] = argument.premises;
      report({
        message: `Argument ${q(argument.id)} has a single premise; an unstated premise may be missing.`,
        span: premise!.span,
        hint: `Most reasons need a link to the conclusion that the text leaves unsaid ("if ${premise!.id}, then ${argument.target.id}"). Add it as a statement with "implicit: true", or set "single-premise: off" under "checks:" if your maps leave such links out.`,
      });
    }
  },
};
