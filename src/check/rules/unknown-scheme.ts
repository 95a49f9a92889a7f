import { limitedDidYouMean } from '../../text/suggest.js';
import type { Rule } from '../rule.js';
import { SCHEMES, findScheme } from '../schemes.js';
import { q } from '../words.js';

export const unknownScheme: Rule = {
  id: 'unknown-scheme',
  level: 'warning',
  description: 'An argument names a scheme that is not in the catalogue.',
  example: `argmap: 1
theses: [lane]
statements:
  lane: Build the bike lane.
  engineers: The city's engineers say the lane is safe.
  engineers-know: The city's engineers are experts on street safety.
arguments:
  engineers-say:
    supports: lane
    premises: [engineers, engineers-know]
    scheme: expert-opinon
`,
  check({ map, report }) {
    const ids = SCHEMES.map((scheme) => scheme.id);
    const suggest = limitedDidYouMean();
    for (const argument of map.arguments) {
      const scheme = argument.scheme;
      if (!scheme || findScheme(scheme.value)) continue;
      report({
        message: `Argument ${q(argument.id)} names the scheme ${q(scheme.value)}, which argmap does not know.`,
        span: scheme.span,
        hint:
          suggest(scheme.value, ids) ??
          'argmap knows the schemes listed in docs/rules.md (expert-opinion, analogy, practical-reasoning…). Another name is fine for your own use, but gets no checks.',
      });
    }
  },
};
