import type { Rule } from '../rule.js';
import { excerpt } from '../words.js';

export const sourceUnreadable: Rule = {
  id: 'source-unreadable',
  level: 'warning',
  description: 'The source text named by "source: file:" cannot be read, so quotes were not checked.',
  example: `argmap: 1
source: { file: no-such-file.txt }
theses: [lane]
statements:
  lane: { text: Build the bike lane., quote: Build the lane }
  safer: { text: The lane makes the street safer., implicit: true }
arguments:
  safety: { supports: lane, premises: [safer] }
`,
  check({ map, source, report }) {
    if (!source || !('error' in source)) return;
    report({
      message: `The source text was not read (${excerpt(source.error, 200)}), so quotes were not checked.`,
      span: map.source?.file?.span ?? { start: 0, end: 0 },
      hint: 'The path in "file:" is relative to the map\'s folder. Fix it, or give the text with --source FILE.',
    });
  },
};
