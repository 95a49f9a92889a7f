import type { Rule } from '../rule.js';
import { listIds } from '../words.js';

const MAX_CANDIDATE_NOTES = 10;

export const noThesis: Rule = {
  id: 'no-thesis',
  level: 'warning',
  description: 'The map declares no thesis; the candidates (claims supported but supporting nothing) are named.',
  example: `argmap: 1
statements:
  lane: Build the bike lane.
  safer: The lane makes the street safer.
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, index, report }) {
    if (map.theses.length > 0 || map.statements.length === 0) return;
    // A root: something argues about it, and it is no premise of anything.
    const roots = map.statements.filter((statement) => index.argumentsAt.has(statement.id) && !index.premiseOf.has(statement.id));
    const ids = roots.map((root) => root.id);
    report({
      message: roots.length > 0 ? `The map declares no thesis. Candidates: ${listIds(ids)}.` : 'The map declares no thesis.',
      span: (roots[0] ?? map.statements[0]!).span,
      hint:
        roots.length > 0
          ? `Add "theses: [${ids.slice(0, 3).join(', ')}]" with the conclusions the text argues for. Candidates are the claims that something argues for or against and that support nothing further.`
          : 'Add "theses: [id]" with the conclusions the text argues for.',
      related: roots.slice(0, MAX_CANDIDATE_NOTES).map((root) => ({ message: 'a candidate thesis', span: root.span })),
    });
  },
};
