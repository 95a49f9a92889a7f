import type { Rule } from '../rule.js';
import { findScheme, premiseRange } from '../schemes.js';
import { plural, q } from '../words.js';

export const schemePremises: Rule = {
  id: 'scheme-premises',
  level: 'warning',
  description: "An argument's number of premises does not fit its scheme (implicit premises count).",
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane on Elm Street.
  riverton: Crashes in Riverton halved after it built a bike lane.
arguments:
  like-riverton:
    supports: lane
    premises: [riverton]
    scheme: analogy
`,
  check({ map, report }) {
    for (const argument of map.arguments) {
      const scheme = argument.scheme && findScheme(argument.scheme.value);
      if (!scheme) continue;
      const count = argument.premises.length;
      const { min, max = Infinity } = scheme.premises;
      if (count >= min && count <= max) continue;
      const roles = scheme.roles.map(({ role, form }) => `${role}: ${form}`).join(' ');
      report({
        message: `Argument ${q(argument.id)} has ${plural(count, 'premise')}, but the ${scheme.id} scheme takes ${premiseRange(scheme.premises)}.`,
        span: argument.scheme!.span,
        hint:
          count < min
            ? `Its premises are: ${roles} Add the missing one; if the text leaves it unsaid, add it with "implicit: true".`
            : `Its premises are: ${roles} Check the scheme, or split the argument into separate ones.`,
      });
    }
  },
};
